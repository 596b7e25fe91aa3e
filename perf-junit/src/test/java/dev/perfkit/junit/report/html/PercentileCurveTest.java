package dev.perfkit.junit.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfkit.TimerSnapshot;
import dev.perfkit.junit.report.format.PercentileCurve;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The percentile points of a known distribution: 1 ns to n ns, once each. */
class PercentileCurveTest {

    /** The values 1..n, each once. */
    static TimerSnapshot uniform(int n) {
        long[] values = LongStream.rangeClosed(1, n).toArray();
        long[] counts = LongStream.rangeClosed(1, n).map(v -> 1).toArray();
        return TimerSnapshot.of("t", LongStream.rangeClosed(1, n).sum(), 1, n, 0, 0, 0, 0, 8, values, counts);
    }

    @Test
    void pointsRunFromTheMinimumToTheMaximumThroughTheReportedPercentiles() {
        List<PercentileCurve.Point> curve = PercentileCurve.of(uniform(1000));
        assertEquals(new PercentileCurve.Point(0, 1), curve.get(0));
        assertEquals(new PercentileCurve.Point(100, 1000), curve.get(curve.size() - 1));
        assertTrue(curve.contains(new PercentileCurve.Point(50, 500)), curve::toString);
        assertTrue(curve.contains(new PercentileCurve.Point(90, 900)), curve::toString);
        assertTrue(curve.contains(new PercentileCurve.Point(99, 990)), curve::toString);
        assertTrue(curve.contains(new PercentileCurve.Point(99.9, 999)), curve::toString);
        // two points per halving of 1 - q up to 1/(1-q) <= 1000 (k = 0 .. 9.5: 20 points), 90, 99, 99.9, and the max
        assertEquals(24, curve.size(), curve::toString);
        for (int i = 1; i < curve.size(); i++) {
            assertTrue(curve.get(i).percentile() > curve.get(i - 1).percentile(), curve::toString);
            assertTrue(curve.get(i).nanos() >= curve.get(i - 1).nanos(), curve::toString);
        }
    }

    @Test
    void manySamplesStayWithinTheBound() {
        int n = 1 << 20;
        List<PercentileCurve.Point> curve = PercentileCurve.of(uniform(n));
        assertTrue(curve.size() <= PercentileCurve.MAX_POINTS + 4 && curve.size() >= 30, curve::toString);
        assertEquals(
                99.9,
                curve.stream()
                        .filter(p -> p.percentile() == 99.9)
                        .findFirst()
                        .orElseThrow()
                        .percentile());
    }

    @Test
    void theScaleIsOneOverOneMinusQ() {
        assertEquals(1, PercentileCurve.scale(0, 100));
        assertEquals(10, PercentileCurve.scale(90, 100), 1e-9);
        assertEquals(1000, PercentileCurve.scale(99.9, 100), 1e-6);
        assertEquals(200, PercentileCurve.scale(100, 100), "the maximum one step beyond the sample count");
        assertEquals(List.of(), PercentileCurve.of(TimerSnapshot.empty("t", 0, 0, 8)));
    }
}
