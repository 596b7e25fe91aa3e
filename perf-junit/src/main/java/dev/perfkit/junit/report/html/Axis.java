package dev.perfkit.junit.report.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * One axis of a chart: its label (with the unit), its range, linear or logarithmic, and its ticks. Maps a value to a
 * fraction of the axis's length, 0 at the low end and 1 at the high end, clamped. Immutable.
 */
public final class Axis {

    /** One tick: the value it marks and its label. */
    public record Tick(double value, String label) {}

    private final String label;
    private final double min;
    private final double max;
    private final boolean log;
    private final List<Tick> ticks;

    private Axis(String label, double min, double max, boolean log, List<Tick> ticks) {
        if (!(max > min) || (log && !(min > 0))) {
            throw new IllegalArgumentException(
                    "empty or invalid range [" + min + ", " + max + "]" + (log ? " (log)" : ""));
        }
        this.label = label;
        this.min = min;
        this.max = max;
        this.log = log;
        this.ticks = List.copyOf(ticks);
    }

    /**
     * A linear axis from {@code min} to {@code max} (widened when they are equal) with about five ticks at round
     * values, labelled by {@code format}.
     */
    public static Axis linear(String label, double min, double max, DoubleFunction<String> format) {
        if (!(max > min)) {
            double pad = min == 0 ? 1 : Math.abs(min) * 0.1;
            min -= pad;
            max += pad;
        }
        double step = niceStep((max - min) / 5);
        List<Tick> ticks = new ArrayList<>();
        for (double v = Math.ceil(min / step) * step; v <= max + step * 1e-9; v += step) {
            double clean = Math.abs(v) < step * 1e-9 ? 0 : v;
            ticks.add(new Tick(clean, format.apply(clean)));
        }
        return new Axis(label, min, max, false, ticks);
    }

    /**
     * A logarithmic axis from {@code min} to {@code max} (both positive; widened when equal) with ticks at powers of
     * ten, and at 2 and 5 times them when the range spans at most three powers of ten.
     */
    public static Axis log(String label, double min, double max, DoubleFunction<String> format) {
        if (!(max > min)) {
            min /= 2;
            max *= 2;
        }
        List<Tick> ticks = new ArrayList<>();
        int lo = (int) Math.floor(Math.log10(min));
        int hi = (int) Math.ceil(Math.log10(max));
        boolean fine = hi - lo <= 3;
        for (int e = lo; e <= hi; e++) {
            for (double m : fine ? new double[] {1, 2, 5} : new double[] {1}) {
                double v = m * Math.pow(10, e);
                if (v >= min * (1 - 1e-9) && v <= max * (1 + 1e-9)) {
                    ticks.add(new Tick(v, format.apply(v)));
                }
            }
        }
        return new Axis(label, min, max, true, ticks);
    }

    /** An axis with the given ticks, for scales whose labels are not the values (percentiles on a 1/(1-q) scale). */
    public static Axis withTicks(String label, double min, double max, boolean log, List<Tick> ticks) {
        return new Axis(label, min, max, log, ticks);
    }

    private static double niceStep(double raw) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / magnitude;
        return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10) * magnitude;
    }

    /** Where {@code value} lies on the axis: 0 at the low end, 1 at the high end, clamped to [0, 1]; 0 for NaN. */
    public double fraction(double value) {
        double f =
                log ? (Math.log(value) - Math.log(min)) / (Math.log(max) - Math.log(min)) : (value - min) / (max - min);
        return Double.isNaN(f) ? 0 : Math.max(0, Math.min(1, f));
    }

    /** The label, with the unit: {@code latency (µs)}. */
    public String label() {
        return label;
    }

    /** The low end. */
    public double min() {
        return min;
    }

    /** The high end. */
    public double max() {
        return max;
    }

    /** Whether the axis is logarithmic. */
    public boolean isLog() {
        return log;
    }

    /** The ticks, low to high. */
    public List<Tick> ticks() {
        return ticks;
    }

    /** A number as tick labels show it: at most three significant digits, no exponent, no trailing zeros. */
    public static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) v);
        }
        return new java.math.BigDecimal(v)
                .round(new java.math.MathContext(3))
                .stripTrailingZeros()
                .toPlainString();
    }
}
