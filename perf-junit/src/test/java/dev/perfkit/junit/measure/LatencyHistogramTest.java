package dev.perfkit.junit.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfkit.TimerSnapshot;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The harness's histogram against a sorted array of the same values (the reference model). */
class LatencyHistogramTest {

    @Test
    void percentilesAreNeverBelowTheTruthAndWithinThePrecisionAbove() {
        SplittableRandom random = new SplittableRandom(21);
        for (int run = 0; run < 50; run++) {
            int n = 1 + random.nextInt(5_000);
            long[] values = new long[n];
            LatencyHistogram h = new LatencyHistogram(8);
            for (int i = 0; i < n; i++) {
                // log-uniform over 1 ns .. 100 s
                values[i] = (long) Math.exp(random.nextDouble() * Math.log(1e11));
                h.record(values[i]);
            }
            long[] sorted = values.clone();
            Arrays.sort(sorted);
            TimerSnapshot s = h.snapshot("t", 0, 1);
            assertEquals(n, s.count());
            assertEquals(Arrays.stream(values).sum(), s.totalNanos());
            assertEquals(sorted[0], s.minNanos());
            assertEquals(sorted[n - 1], s.maxNanos());
            for (double p : new double[] {0.1, 50, 90, 99, 99.9, 100}) {
                long truth = sorted[(int) TimerSnapshot.rankOf(p, n) - 1];
                long got = h.valueAtPercentile(p);
                assertTrue(got >= truth && got <= truth + truth / 256, p + ": " + got + " vs " + truth);
                assertEquals(got, s.valueAtPercentile(p), "the snapshot agrees with the histogram at p" + p);
            }
        }
    }

    @Test
    void clampsNegativesAndOverflowAndAddsAndResets() {
        LatencyHistogram a = new LatencyHistogram(8);
        a.record(-5);
        a.record(Long.MAX_VALUE);
        LatencyHistogram b = new LatencyHistogram(8);
        b.record(1_000);
        b.add(a);
        TimerSnapshot s = b.snapshot("t", 0, 1);
        assertEquals(3, s.count());
        assertEquals(1, s.overflowCount());
        assertEquals(0, s.minNanos());
        assertEquals(LatencyHistogram.MAX_NANOS, s.maxNanos());
        b.reset();
        assertEquals(0, b.count());
        assertEquals(0, b.valueAtPercentile(50));
    }
}
