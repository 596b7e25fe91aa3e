package dev.perfkit.junit.report.format;

import dev.perfkit.TimerSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A latency distribution as percentile points for the standard latency plot (HdrHistogram's): percentiles evenly
 * spaced on the {@code 1/(1-q)} scale, from 0 up to the last percentile the sample count resolves
 * ({@code 1/(1-q) <= count}), plus the reported percentiles in that range and the maximum (100). The JSON result and
 * the HTML plot both show these points, so they agree. Stateless.
 */
public final class PercentileCurve {

    /** The most points of a curve. */
    public static final int MAX_POINTS = 40;

    /** One point: a percentile (0 to 100) and the latency at it. */
    public record Point(double percentile, long nanos) {}

    private PercentileCurve() {}

    /**
     * The points of {@code latency}, by percentile, at most {@link #MAX_POINTS} plus the reported percentiles; empty
     * without samples.
     */
    public static List<Point> of(TimerSnapshot latency) {
        List<Point> out = new ArrayList<>();
        long n = latency.count();
        if (n == 0) {
            return out;
        }
        TreeSet<Double> percentiles = new TreeSet<>();
        double halvings = Math.log((double) n) / Math.log(2);
        // two points per halving of 1 - q, fewer when the sample count is huge
        double step = Math.max(0.5, halvings / (MAX_POINTS - 2));
        for (double k = 0; k <= halvings + 1e-9; k += step) {
            percentiles.add(percentile(1 - Math.pow(2, -k)));
        }
        for (double p : PerfTestText.PERCENTILES) {
            if (1 / (1 - p / 100) <= n * (1 + 1e-9)) { // 99.9 % of 1000 samples, despite rounding
                percentiles.add(p);
            }
        }
        percentiles.add(100.0);
        for (double p : percentiles) {
            out.add(new Point(
                    p, p == 0 ? latency.minNanos() : p == 100 ? latency.maxNanos() : latency.valueAtPercentile(p)));
        }
        return out;
    }

    /** {@code q} (0 to 1) as a percentile rounded to 6 significant decimals, so that JSON shows it cleanly. */
    private static double percentile(double q) {
        return Math.round(q * 100 * 1e6) / 1e6;
    }

    /**
     * Where a percentile lies on the {@code 1/(1-q)} scale: 1 at 0, 10 at 90, 100 at 99; the maximum (100) is put at
     * twice the sample count, one step beyond the last resolved percentile.
     */
    public static double scale(double percentile, long count) {
        return percentile >= 100 ? 2.0 * Math.max(1, count) : 1 / (1 - percentile / 100);
    }
}
