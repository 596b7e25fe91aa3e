package dev.perfkit.junit.report.html;

/**
 * The unit a time axis is labelled in, chosen from the largest value so that tick labels stay short: {@code ns},
 * {@code µs}, {@code ms} or {@code s}. Immutable.
 *
 * @param symbol the unit's symbol
 * @param nanos nanoseconds per unit
 */
public record TimeScale(String symbol, double nanos) {

    /** The unit for values up to {@code maxNanos}. */
    public static TimeScale of(double maxNanos) {
        return maxNanos >= 1e9
                ? new TimeScale("s", 1e9)
                : maxNanos >= 1e6
                        ? new TimeScale("ms", 1e6)
                        : maxNanos >= 1e3 ? new TimeScale("µs", 1e3) : new TimeScale("ns", 1);
    }

    /** A tick label for {@code valueNanos} in this unit, without the unit: {@code 2.5}. */
    public String label(double valueNanos) {
        return Axis.number(valueNanos / nanos);
    }
}
