package dev.perfkit.core.hdr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfkit.PerfRegistry;
import dev.perfkit.RegistryConfig;
import dev.perfkit.Timer;
import dev.perfkit.TimerSnapshot;
import dev.perfkit.core.internal.ScriptedTicker;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.EncodableHistogram;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogReader;
import org.junit.jupiter.api.Test;

/** Snapshots written in HdrHistogram's formats are read back by HdrHistogram itself. */
class HdrInterchangeTest {

    private final ScriptedTicker ticker = new ScriptedTicker();
    private final PerfRegistry registry =
            PerfRegistry.create(RegistryConfig.builder().ticker(ticker).build());

    @Test
    void aSnapshotDecodesAsTheSameHistogram() throws Exception {
        Timer t = registry.timer("checkout");
        for (int i = 1; i <= 1000; i++) {
            t.recordNanos(i * 1_000L);
        }
        TimerSnapshot s = t.snapshot();
        Histogram h = Histogram.decodeFromCompressedByteBuffer(ByteBuffer.wrap(HdrHistograms.toCompressedBytes(s)), 0);
        assertEquals(s.count(), h.getTotalCount());
        for (double p : new double[] {1, 50, 90, 99, 99.9}) {
            long ours = s.valueAtPercentile(p);
            long theirs = h.getValueAtPercentile(p);
            // HdrHistogram reports its (finer) bucket's value for our bucket's highest value: within its own precision
            assertTrue(Math.abs(theirs - ours) <= ours / 100, "p" + p + ": " + ours + " vs " + theirs);
        }
        for (int i = 0; i < s.bucketCount(); i++) {
            assertEquals(s.bucketCountAt(i), h.getCountAtValue(s.bucketValue(i)), "bucket " + s.bucketValue(i));
        }
    }

    @Test
    void intervalsWrittenAsAnHlogAreReadBackByHistogramLogReader() {
        Timer a = registry.timer("a b,c"); // a name HdrHistogram's tags cannot hold as it is
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<Long> counts = new ArrayList<>();
        try (HlogWriter log = HlogWriter.create(bytes, a.tick(), 1_700_000_000_000L)) {
            for (int interval = 1; interval <= 3; interval++) {
                for (int i = 0; i < interval * 100; i++) {
                    a.recordNanos(500 + i);
                }
                ticker.advance(1_000_000_000L);
                if (interval == 2) {
                    TimerSnapshot s = a.intervalSnapshot();
                    log.write(s);
                } else {
                    log.writeInterval(a); // the recycling read
                }
                counts.add(interval * 100L);
            }
        }
        HistogramLogReader reader = new HistogramLogReader(new ByteArrayInputStream(bytes.toByteArray()));
        List<Long> read = new ArrayList<>();
        double lastStart = -1;
        EncodableHistogram e;
        while ((e = reader.nextIntervalHistogram()) != null) {
            Histogram h = (Histogram) e;
            read.add(h.getTotalCount());
            assertEquals("a_b_c", h.getTag());
            assertTrue(h.getMinValue() >= 500 && h.getMinValue() <= 500 + (500 >> 6), "min " + h.getMinValue());
            assertTrue(h.getStartTimeStamp() / 1000.0 > lastStart, "intervals in order");
            lastStart = h.getStartTimeStamp() / 1000.0;
        }
        assertEquals(counts, read);
        assertEquals(1_700_000_000.0, reader.getStartTimeSec(), 0.001);
        assertNull(reader.nextIntervalHistogram());
        assertNotNull(a.snapshot());
        assertEquals(600, a.snapshot().count(), "the cumulative snapshot holds every interval");
    }
}
