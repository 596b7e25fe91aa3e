package dev.perfkit.junit.metric;

import dev.perfkit.Units;
import java.util.Locale;

/**
 * The kinds of value a {@link Metric} has, each with its unit, its direction, its formatting and its words for
 * better and worse.
 */
public enum MetricKind {
    /** A latency in nanoseconds: lower is better, "faster" / "slower". */
    TIME("ns", Direction.LOWER_IS_BETTER, "faster", "slower"),
    /** Bytes per call: lower is better, "less" / "more". */
    MEMORY("B/op", Direction.LOWER_IS_BETTER, "less", "more"),
    /** Calls per second: higher is better, "higher" / "lower". */
    THROUGHPUT("ops/s", Direction.HIGHER_IS_BETTER, "higher", "lower"),
    /** Events (queries, cache misses, ...) per call: lower is better, "fewer" / "more". */
    COUNT("events/op", Direction.LOWER_IS_BETTER, "fewer", "more"),
    /** CPU time per call in nanoseconds: lower is better, "less" / "more"; formatted as {@link #TIME}. */
    CPU_TIME("ns", Direction.LOWER_IS_BETTER, "less", "more");

    private final String unit;
    private final Direction direction;
    private final String better;
    private final String worse;

    MetricKind(String unit, Direction direction, String better, String worse) {
        this.unit = unit;
        this.direction = direction;
        this.better = better;
        this.worse = worse;
    }

    /** The unit of the values, as JSON writes it: {@code ns}, {@code B/op}, {@code ops/s}, {@code events/op}. */
    public String unit() {
        return unit;
    }

    /** The metric's direction. */
    public Direction direction() {
        return direction;
    }

    /** Whether the values are durations, which a time scale stretches. */
    public boolean isDuration() {
        return this == TIME || this == CPU_TIME;
    }

    /** True when a budget is a minimum (the value must be at least the limit), false when a maximum. */
    public boolean isMinimum() {
        return direction == Direction.HIGHER_IS_BETTER;
    }

    /** The word for an improvement: {@code faster}, {@code less}, {@code higher}, {@code fewer}. */
    public String better() {
        return better;
    }

    /** The word for a loss: {@code slower}, {@code more}, {@code lower}. */
    public String worse() {
        return worse;
    }

    /**
     * Formats a value with its unit as budget tables show it: {@code 2.63 ms}, {@code 5210/s}, {@code 912 B/op},
     * {@code 2.00/op}; {@code n/a} for NaN.
     */
    public String format(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        return switch (this) {
            case TIME, CPU_TIME -> Units.formatNanos(value);
            case THROUGHPUT -> Rates.format(value);
            case MEMORY -> Units.formatBytes(value) + "/op";
            case COUNT -> Rates.number(value) + "/op";
        };
    }

    /**
     * Formats a value compactly for a table cell: {@code 85.3ms}, {@code 128MiB}, {@code 800 ops/s}, {@code 2.00/op}.
     */
    public String cell(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        return switch (this) {
            case TIME, CPU_TIME -> Units.formatNanos(value).replace(" ", "");
            case MEMORY -> Units.formatBytes(value).replace(" ", "");
            case THROUGHPUT ->
                (value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.3g", value))
                        + " ops/s";
            case COUNT -> Rates.number(value) + "/op";
        };
    }
}
