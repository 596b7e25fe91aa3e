package dev.perfkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;

class TimerSnapshotTest {

    private static TimerSnapshot tenToHundred() {
        long[] values = new long[10];
        long[] counts = new long[10];
        for (int i = 0; i < 10; i++) {
            values[i] = (i + 1) * 10L;
            counts[i] = 1;
        }
        return TimerSnapshot.of("t", 550, 10, 100, 0, 0, 0, 1_000_000_000, 6, values, counts);
    }

    @Test
    void percentilesPickTheBucketHoldingTheRank() {
        TimerSnapshot s = tenToHundred();
        assertEquals(10, s.valueAtPercentile(0));
        assertEquals(10, s.valueAtPercentile(10));
        assertEquals(20, s.valueAtPercentile(10.0001));
        assertEquals(50, s.valueAtPercentile(50));
        assertEquals(100, s.valueAtPercentile(99.9));
        assertEquals(100, s.valueAtPercentile(100));
        assertEquals(55.0, s.meanNanos());
        assertEquals(10.0, s.ratePerSecond(), 1e-9);
    }

    @Test
    void theBuilderMakesTheSameSnapshotAsOfAndWriteToReplaysIt() {
        TimerSnapshot.Builder b = TimerSnapshot.builder("t", 6, 4)
                .totalNanos(550)
                .minMaxNanos(10, 100)
                .overflowAndRejected(0, 0)
                .ticks(0, 1_000_000_000);
        for (int i = 0; i < 10; i++) {
            b.bucket((i + 1) * 10L, 1); // beyond the capacity of 4: the builder grows
        }
        TimerSnapshot built = b.build();
        assertEquals(tenToHundred(), built);
        StringBuilder seen = new StringBuilder();
        built.writeTo(new SnapshotSink() {
            @Override
            public void begin(
                    String name,
                    int precisionBits,
                    long startTick,
                    long endTick,
                    long count,
                    long totalNanos,
                    long minNanos,
                    long maxNanos,
                    long overflowCount,
                    long rejectedCount) {
                seen.append(name)
                        .append(' ')
                        .append(count)
                        .append(' ')
                        .append(totalNanos)
                        .append(' ')
                        .append(minNanos)
                        .append('-')
                        .append(maxNanos)
                        .append(':');
            }

            @Override
            public void bucket(long highestValue, long count) {
                seen.append(' ').append(highestValue).append('x').append(count);
            }
        });
        assertEquals("t 10 550 10-100: 10x1 20x1 30x1 40x1 50x1 60x1 70x1 80x1 90x1 100x1", seen.toString());
    }

    @Test
    void theBuilderRejectsBucketsOutOfOrderOrEmpty() {
        TimerSnapshot.Builder b = TimerSnapshot.builder("t", 6, 2).bucket(10, 1);
        IllegalArgumentException order = assertThrows(IllegalArgumentException.class, () -> b.bucket(10, 1));
        assertEquals("bucket values must ascend strictly, but 10 follows 10", order.getMessage());
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class, () -> b.bucket(20, 0));
        assertEquals("bucket counts must be positive, got 0 at 20", empty.getMessage());
        assertEquals(1, b.build().count());
    }

    @Test
    void rankIgnoresFloatingPointNoise() {
        assertEquals(7, TimerSnapshot.rankOf(7, 100));
        assertEquals(29, TimerSnapshot.rankOf(29, 100));
        assertEquals(1, TimerSnapshot.rankOf(0, 100));
        assertEquals(100, TimerSnapshot.rankOf(100, 100));
    }

    /** A way to compute the rank of percentile {@code p} among {@code count} samples. */
    interface Rank {
        long of(double p, long count);
    }

    /** The rank property: 1,000 generated percentiles and counts, shrunk to the smallest falsifying pair. */
    static void checkRankIsTheSmallestCoveringTheFraction(Rank rank) {
        qt().withExamples(1_000)
                .forAll(doubles().between(0, 100), longs().between(1, 1_000_000))
                .checkAssert((p, count) -> {
                    long r = rank.of(p, count);
                    assertTrue(r >= 1 && r <= count, "rank " + r + " within [1, " + count + "]");
                    assertTrue(r * 100.0 >= p * count * (1 - 1e-9), "rank covers p");
                    assertTrue(r == 1 || (r - 1) * 100.0 < p * count * (1 + 1e-9), "rank is the smallest");
                });
    }

    @Test
    void rankIsTheSmallestCoveringTheFraction() {
        checkRankIsTheSmallestCoveringTheFraction(TimerSnapshot::rankOf);
    }

    @Test
    void theRankPropertyCatchesAPlantedOffByOne() {
        // The planted bug: rounding the rank down instead of up, a classic percentile mistake.
        AssertionError e = assertThrows(
                AssertionError.class,
                () -> checkRankIsTheSmallestCoveringTheFraction(
                        (p, count) -> Math.max(1, (long) Math.floor(p * count / 100))));
        assertTrue(e.getMessage().startsWith("Property falsified after "), e.getMessage());
        assertTrue(e.getMessage().contains("Smallest found falsifying value(s) :-"), e.getMessage());
        assertTrue(e.getMessage().contains("rank covers p"), e.getMessage());
    }

    @Test
    void rejectsBadInputWithItsReason() {
        TimerSnapshot s = tenToHundred();
        assertEquals(
                "percentile must be within [0, 100], got 101.0",
                assertThrows(IllegalArgumentException.class, () -> s.valueAtPercentile(101))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> s.valueAtPercentile(Double.NaN));
        assertEquals(
                "bucketValues must ascend strictly, but [1] = 5 follows 5",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> TimerSnapshot.of(
                                        "t", 0, 0, 0, 0, 0, 0, 0, 6, new long[] {5, 5}, new long[] {1, 1}))
                        .getMessage());
    }

    @Test
    void emptySnapshotReadsAsZeros() {
        TimerSnapshot s = TimerSnapshot.empty("t", 5, 10, 6);
        assertTrue(s.isEmpty());
        assertEquals(0, s.valueAtPercentile(99));
        assertEquals(0, s.meanNanos());
        assertEquals("t: no samples", s.toString());
    }
}
