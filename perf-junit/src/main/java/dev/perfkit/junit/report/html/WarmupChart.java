package dev.perfkit.junit.report.html;

import dev.perfkit.Units;
import dev.perfkit.junit.measure.WarmupOutcome;
import dev.perfkit.junit.perftest.Measurement;

/**
 * How a performance test warmed up and then measured: the median latency of every warm-up window against the time
 * since the warm-up started, a marker where the warm-up ended (settled, or stopped at its cap or fixed length), and
 * the medians of the measurement's windows after it, drawn one window length apart. Stateless.
 */
public final class WarmupChart {

    private WarmupChart() {}

    /** The chart, or null when no window was completed (a warm-up of a few calls). */
    public static SvgChart chart(String id, Measurement m) {
        WarmupOutcome w = m.warmup();
        long[] ends = w.windowEndsNanos();
        long[] medians = w.windowMedians();
        long[] measured = m.windowMedians();
        if (ends.length == 0 && measured.length == 0) {
            return null;
        }
        long window = m.plan().windowNanos();
        long end = Math.max(w.nanos(), ends.length == 0 ? 0 : ends[ends.length - 1]);
        double lastX = end + (double) measured.length * window;
        double lo = Double.MAX_VALUE;
        double hi = 0;
        for (long v : medians) {
            lo = Math.min(lo, (double) v);
            hi = Math.max(hi, (double) v);
        }
        for (long v : measured) {
            lo = Math.min(lo, (double) v);
            hi = Math.max(hi, (double) v);
        }
        TimeScale xUnit = TimeScale.of(lastX);
        TimeScale yUnit = TimeScale.of(hi);
        Axis x = Axis.linear(
                "time since the warm-up started (" + xUnit.symbol() + ")", 0, Math.max(lastX, 1), xUnit::label);
        boolean log = lo > 0 && hi / lo > 20;
        Axis y = log
                ? Axis.log(
                        "window median latency (" + yUnit.symbol() + ", log scale)", lo / 1.2, hi * 1.2, yUnit::label)
                : Axis.linear("window median latency (" + yUnit.symbol() + ")", 0, Math.max(1, hi * 1.1), yUnit::label);
        double[] wx = new double[ends.length];
        double[] wy = new double[ends.length];
        String[] wl = new String[ends.length];
        for (int i = 0; i < ends.length; i++) {
            wx[i] = ends[i];
            wy[i] = medians[i];
            wl[i] = "warm-up window ending at " + Units.formatNanos(ends[i]) + ": median "
                    + Units.formatNanos(medians[i]);
        }
        double[] mx = new double[measured.length];
        double[] my = new double[measured.length];
        String[] ml = new String[measured.length];
        for (int i = 0; i < measured.length; i++) {
            mx[i] = end + (i + 1.0) * window;
            my[i] = measured[i];
            ml[i] = "measurement window " + (i + 1) + ": median " + Units.formatNanos(measured[i]);
        }
        String ended = !w.untilSteady()
                ? "fixed warm-up ended at " + Units.formatNanos(w.nanos())
                : w.settled()
                        ? "settled at " + Units.formatNanos(w.nanos())
                        : "stopped at the cap, " + Units.formatNanos(w.nanos()) + ", never settled";
        return new SvgChart(
                        id,
                        "Warm-up and measurement windows",
                        "Median latency of " + ends.length + " warm-up windows and " + measured.length
                                + " measurement windows over time; the warm-up " + ended + ".",
                        x,
                        y)
                .add(Series.line("warm-up window medians", Palette.ORANGE, wx, wy, wl))
                .add(Series.line("measurement window medians", Palette.BLUE, mx, my, ml))
                .vertical(
                        "end of warm-up: " + ended,
                        w.settled() || !w.untilSteady() ? Palette.GREEN : Palette.RED,
                        (double) w.nanos());
    }
}
