package dev.perfkit.core.internal.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.perfkit.memory.LeakOptions;
import dev.perfkit.memory.LeakReport;
import dev.perfkit.memory.LeakVerdict;
import dev.perfkit.memory.MemoryProbe;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Leak verdicts on the real JVM for a leak, for garbage only, and for a bounded cache. */
class LeakDetectionTest {

    private static final List<byte[]> LEAKED = new ArrayList<>();
    private static final Map<Integer, byte[]> CACHE = new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, byte[]> eldest) {
            return size() > 200;
        }
    };

    private final MemoryProbe probe = MemoryProbe.create();
    private int calls;

    @AfterEach
    void release() {
        LEAKED.clear();
        CACHE.clear();
    }

    private LeakReport check(Runnable op) {
        LeakReport report = probe.leak(op, LeakOptions.defaults());
        assumeTrue(report.isSupported(), report::unsupportedReason);
        return report;
    }

    @Test
    void appendingOneKibToAStaticListIsALeakOfAboutOneKibPerOp() {
        LeakReport report = check(() -> LEAKED.add(new byte[1024]));
        assertEquals(LeakVerdict.LEAK, report.verdict(), report::toString);
        // 1040 bytes per array plus about 5 per list slot (4-byte reference, capacity growing by half).
        assertEquals(1045, report.bytesPerOp(), 15, report::toString);
    }

    @Test
    void garbageOnlyIsNoLeak() {
        LeakReport report = check(() -> {
            byte[] garbage = new byte[1024];
            garbage[calls++ & 1023] = 1;
            String s = "op " + calls;
            calls += s.length() & 1;
        });
        assertEquals(LeakVerdict.NO_LEAK, report.verdict(), report::toString);
    }

    @Test
    void boundedCacheThatFillsDuringWarmUpIsNoLeak() {
        LeakReport report = check(() -> CACHE.computeIfAbsent(calls++ % 500, k -> new byte[1024]));
        assertEquals(LeakVerdict.NO_LEAK, report.verdict(), report::toString);
    }
}
