package dev.perfkit.core.internal.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.perfkit.Ticker;
import dev.perfkit.memory.MemoryProbe;
import dev.perfkit.memory.RetainedResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Retained heap on the real JVM: what an operation keeps counts, what it drops does not. */
class RetainedHeapTest {

    private static final int TEN_MIB = 10 << 20;
    private static Object kept;

    private final MemoryProbe probe = MemoryProbe.create();

    @AfterEach
    void release() {
        kept = null;
    }

    @Test
    void tenMibArrayKeptInAStaticFieldIsRetainedWithinOnePercent() {
        RetainedResult r = probe.retained(() -> kept = new byte[TEN_MIB]);
        assumeTrue(r.isSupported(), r::unsupportedReason);
        assertEquals(TEN_MIB, (double) r.retainedBytes(), TEN_MIB * 0.01, r::toString);
    }

    @Test
    void resultOfASupplierCountsAsRetained() {
        RetainedResult r = probe.retained(() -> new byte[TEN_MIB]);
        assumeTrue(r.isSupported(), r::unsupportedReason);
        assertEquals(TEN_MIB, (double) r.retainedBytes(), TEN_MIB * 0.01, r::toString);
    }

    @Test
    void allocatingAndDropping100MibRetainsAboutNothing() {
        RetainedResult r = probe.retained(() -> {
            long sum = 0;
            for (int i = 0; i < 100; i++) {
                byte[] chunk = new byte[1 << 20];
                chunk[i] = 1;
                sum += chunk.length;
            }
            assertEquals(100L << 20, sum);
        });
        assumeTrue(r.isSupported(), r::unsupportedReason);
        assertTrue(Math.abs(r.retainedBytes()) < 256 << 10, r::toString);
    }

    @Test
    void releasingMemoryGivesANegativeFigure() {
        kept = new byte[TEN_MIB];
        RetainedResult r = probe.retained(() -> kept = null);
        assumeTrue(r.isSupported(), r::unsupportedReason);
        assertEquals(-TEN_MIB, (double) r.retainedBytes(), TEN_MIB * 0.01, r::toString);
    }

    @Test
    void classHistogramIsPreferredAndExact() {
        RetainedResult r = probe.retained(() -> kept = new byte[TEN_MIB]);
        assumeTrue(r.isSupported() && r.source().equals(HistogramGauge.SOURCE), r::toString);
        // byte[] of 10 MiB plus its 16-byte header; other threads may add a little.
        assertEquals(TEN_MIB + 16, (double) r.retainedBytes(), 16 << 10, r::toString);
    }

    @Test
    void heapUsedAfterGcIsTheFallback() {
        CoreMemoryProbe fallback =
                new CoreMemoryProbe(JmxAllocationCounter.create(), new GcUsageGauge(), Ticker.system());
        // Ten 1 MiB arrays: below G1's humongous size for any region size, so counted at their size.
        RetainedResult r = fallback.retained(() -> {
            byte[][] chunks = new byte[10][];
            for (int i = 0; i < chunks.length; i++) {
                chunks[i] = new byte[1 << 20];
            }
            return chunks;
        });
        assumeTrue(r.isSupported(), r::unsupportedReason);
        assertEquals(GcUsageGauge.SOURCE, r.source());
        assertEquals(TEN_MIB, (double) r.retainedBytes(), TEN_MIB * 0.01, r::toString);
    }
}
