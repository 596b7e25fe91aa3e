package dev.perfkit.junit.commits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfkit.junit.commits.result.CommitChange;
import dev.perfkit.junit.commits.result.CommitVerdict;
import dev.perfkit.junit.metric.Metric;
import dev.perfkit.junit.metric.RatioEstimate;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The verdict rule on intervals of head / base with known answers, at the edges and on generated intervals. */
class CommitVerdictTest {

    private static final double MAX = 0.05;

    @Test
    void anIntervalAboveOneIsSlowerHoweverSmallTheChange() {
        assertEquals(CommitVerdict.SLOWER, CommitVerdict.of(1.001, 1.003, MAX));
        assertEquals(CommitVerdict.SLOWER, CommitVerdict.of(2.9, 3.1, MAX));
        assertEquals(CommitVerdict.SLOWER, CommitVerdict.of(1.01, 1.5, MAX)); // wide, but all above 1
    }

    @Test
    void anIntervalBelowOneIsFaster() {
        assertEquals(CommitVerdict.FASTER, CommitVerdict.of(0.5, 0.999, MAX));
        assertEquals(CommitVerdict.FASTER, CommitVerdict.of(0.8, 0.99, MAX));
    }

    @Test
    void anIntervalAroundOneWithinTheThresholdIsNoChange() {
        assertEquals(CommitVerdict.NO_CHANGE, CommitVerdict.of(0.99, 1.01, MAX));
        assertEquals(CommitVerdict.NO_CHANGE, CommitVerdict.of(1 / 1.05, 1.05, MAX)); // the edges belong to the band
        assertEquals(CommitVerdict.NO_CHANGE, CommitVerdict.of(1, 1, 0)); // exactly 1 with no threshold at all
    }

    @Test
    void anIntervalAroundOneWiderThanTheThresholdIsInconclusive() {
        assertEquals(CommitVerdict.INCONCLUSIVE, CommitVerdict.of(0.99, 1.06, MAX));
        assertEquals(CommitVerdict.INCONCLUSIVE, CommitVerdict.of(0.94, 1.01, MAX));
        assertEquals(CommitVerdict.INCONCLUSIVE, CommitVerdict.of(0.5, 2, MAX));
    }

    @Test
    void onlyASlowdownEstimatedBeyondTheThresholdFailsTheRun() {
        assertTrue(CommitVerdict.beyond(CommitVerdict.SLOWER, 1.06, MAX));
        assertFalse(CommitVerdict.beyond(CommitVerdict.SLOWER, 1.04, MAX)); // real, but within the threshold
        assertFalse(CommitVerdict.beyond(CommitVerdict.SLOWER, 1.05, MAX)); // at the threshold: not beyond
        assertFalse(CommitVerdict.beyond(CommitVerdict.INCONCLUSIVE, 1.5, MAX)); // not shown to exist
        assertFalse(CommitVerdict.beyond(CommitVerdict.FASTER, 0.5, MAX));
    }

    @Test
    void onlyTheLatencyRowOfASlowerTestFailsTheRun() {
        RatioEstimate slower = new RatioEstimate(1.2, 1.3, 1.5, 0.98, 20);
        CommitChange time = CommitChange.of("A.b", Metric.latency(50), 100, 130, slower, MAX);
        CommitChange bytes = CommitChange.of("A.b", Metric.ALLOCATION, 100, 130, slower, MAX);
        assertEquals(CommitVerdict.SLOWER, time.verdict());
        assertTrue(time.beyond());
        assertEquals(CommitVerdict.SLOWER, bytes.verdict());
        assertFalse(bytes.beyond(), "allocation is reported, not enforced");
        assertEquals("alloc.bytes", bytes.metricName());
        assertEquals("p50", time.metricName());
        assertEquals(0.2 / 1.3, time.detectable(), 1e-12); // 1.5 / 1.3 - 1, the wider half
    }

    @Test
    void roundsWithTwoRegimesDecideNothing() {
        CommitChange slower =
                CommitChange.of("A.b", Metric.latency(50), 100, 300, new RatioEstimate(2.9, 3, 3.1, 0.98, 20), MAX);
        assertTrue(slower.beyond());
        CommitChange unstable = slower.unstable();
        assertEquals(CommitVerdict.INCONCLUSIVE, unstable.verdict());
        assertFalse(unstable.beyond());
        assertEquals(slower.factor(), unstable.factor());
    }

    /**
     * Generated intervals against a reference written the other way round: by where the interval lies relative to
     * 1 and to the band.
     */
    @Test
    void generatedIntervalsGetTheReferenceVerdict() {
        Random random = new Random(23);
        java.util.Map<CommitVerdict, Integer> seen = new java.util.EnumMap<>(CommitVerdict.class);
        for (int i = 0; i < 20_000; i++) {
            double max = random.nextDouble() * 0.2;
            double centre = Math.exp(random.nextGaussian() * 0.1);
            double half = Math.exp(random.nextDouble() * 0.15);
            double low = centre / half;
            double high = centre * half;
            CommitVerdict expected;
            boolean containsOne = low <= 1 && 1 <= high;
            if (!containsOne) {
                expected = low > 1 ? CommitVerdict.SLOWER : CommitVerdict.FASTER;
            } else if (high <= 1 + max && low * (1 + max) >= 1) {
                expected = CommitVerdict.NO_CHANGE;
            } else {
                expected = CommitVerdict.INCONCLUSIVE;
            }
            assertEquals(expected, CommitVerdict.of(low, high, max), low + ", " + high + ", " + max);
            seen.merge(expected, 1, Integer::sum);
        }
        for (CommitVerdict v : CommitVerdict.values()) {
            assertTrue(seen.getOrDefault(v, 0) > 100, () -> "too few generated intervals for " + v + ": " + seen);
        }
    }
}
