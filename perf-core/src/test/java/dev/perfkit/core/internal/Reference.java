package dev.perfkit.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfkit.TimerSnapshot;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The plain model a timer is checked against: a sorted list of the accepted (clamped) values. */
final class Reference {
    final List<Long> values = new ArrayList<>();
    final long highest;
    long overflow;
    long rejected;

    Reference(long highest) {
        this.highest = highest;
    }

    void record(long v) {
        if (v < 0) {
            rejected++;
        } else if (v > highest) {
            overflow++;
            values.add(highest);
        } else {
            values.add(v);
        }
    }

    void recordWithInterval(long v, long interval) {
        record(v);
        if (interval > 0 && v >= 0 && v <= highest) { // a clamped value gets no synthetic samples
            for (long m = v - interval; m >= interval; m -= interval) {
                values.add(m);
            }
        }
    }

    long total() {
        long t = 0;
        for (long v : values) {
            t += v;
        }
        return t;
    }

    /** Asserts the snapshot agrees: exact scalars, percentiles within the stated precision. */
    void assertAgrees(TimerSnapshot s) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        assertEquals(sorted.size(), s.count(), "count");
        assertEquals(total(), s.totalNanos(), "total");
        assertEquals(overflow, s.overflowCount(), "overflow");
        assertEquals(rejected, s.rejectedCount(), "rejected");
        if (sorted.isEmpty()) {
            assertEquals(0, s.minNanos());
            assertEquals(0, s.maxNanos());
            return;
        }
        assertEquals(sorted.get(0), s.minNanos(), "min");
        assertEquals(sorted.get(sorted.size() - 1), s.maxNanos(), "max");
        for (double p : new double[] {0, 1, 10, 25, 50, 75, 90, 99, 99.9, 99.99, 100}) {
            long truth = sorted.get((int) TimerSnapshot.rankOf(p, sorted.size()) - 1);
            long reported = s.valueAtPercentile(p);
            assertTrue(
                    reported >= truth && reported - truth <= (truth >> s.precisionBits()),
                    "p" + p + ": reported " + reported + ", true " + truth + ", precision 2^-" + s.precisionBits());
        }
    }

    /** Everything a snapshot says about its samples (the ticks do not move: the ticker is scripted). */
    static String describe(TimerSnapshot s) {
        StringBuilder b = new StringBuilder()
                .append("count=")
                .append(s.count())
                .append(" total=")
                .append(s.totalNanos())
                .append(" min=")
                .append(s.minNanos())
                .append(" max=")
                .append(s.maxNanos())
                .append(" overflow=")
                .append(s.overflowCount())
                .append(" rejected=")
                .append(s.rejectedCount())
                .append(" buckets=");
        for (int i = 0; i < s.bucketCount(); i++) {
            b.append(s.bucketValue(i)).append('x').append(s.bucketCountAt(i)).append(' ');
        }
        return b.toString();
    }
}
