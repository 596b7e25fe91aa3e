package dev.perfkit.junit.metric;

import java.util.Locale;

/**
 * The improvement factor of a candidate over a baseline, estimated from paired rounds, with its confidence interval.
 * Factors above 1 mean the candidate is better in the metric's own direction ({@code 2.0} = twice as fast, or half
 * the bytes, or twice the throughput). Immutable.
 */
public final class RatioEstimate {
    private final double low;
    private final double estimate;
    private final double high;
    private final double confidence;
    private final int rounds;
    private final String unit;

    /** An estimate with its interval, at {@code confidence} (0 to 1) over {@code rounds} paired rounds. */
    public RatioEstimate(double low, double estimate, double high, double confidence, int rounds) {
        this(low, estimate, high, confidence, rounds, "rounds");
    }

    /**
     * An estimate with its interval, at {@code confidence} (0 to 1) over {@code rounds} units of evidence, such as
     * {@code "JVMs"} for an interval across fresh JVMs.
     */
    public RatioEstimate(double low, double estimate, double high, double confidence, int rounds, String unit) {
        this.unit = unit;
        this.low = low;
        this.estimate = estimate;
        this.high = high;
        this.confidence = confidence;
        this.rounds = rounds;
    }

    /** The lower confidence bound of the factor. */
    public double low() {
        return low;
    }

    /** The point estimate of the factor. */
    public double estimate() {
        return estimate;
    }

    /** The upper confidence bound of the factor. */
    public double high() {
        return high;
    }

    /** The confidence level of the interval, e.g. 0.9875. */
    public double confidence() {
        return confidence;
    }

    /** What one unit of {@link #rounds()} is: {@code rounds} (paired rounds in one JVM) or {@code JVMs}. */
    public String unit() {
        return unit;
    }

    /** The number of units of evidence used: paired rounds, or JVMs for an interval across JVMs. */
    public int rounds() {
        return rounds;
    }

    /** Pass when the whole interval is at least {@code minFactor}, fail when all of it is below, else inconclusive. */
    public Check against(double minFactor) {
        if (low >= minFactor) {
            return Check.PASS;
        }
        if (high < minFactor) {
            return Check.FAIL;
        }
        return Check.INCONCLUSIVE;
    }

    /**
     * The interval's wider half about the estimate, relative: {@code max(high / estimate - 1, 1 - low / estimate)},
     * the smallest change the interval could tell from none; NaN when the estimate is not positive.
     */
    public double relativeHalfWidth() {
        return estimate > 0 ? Math.max(high / estimate - 1, 1 - low / estimate) : Double.NaN;
    }

    /** The reciprocal factor with its interval, such as the new code's time over the old code's for a speed-up. */
    public RatioEstimate inverse() {
        return new RatioEstimate(1 / high, 1 / estimate, 1 / low, confidence, rounds, unit);
    }

    /** Whether the interval excludes 1, i.e. the change is significant in either direction. */
    public boolean significant() {
        return low > 1 || high < 1;
    }

    @Override
    public String toString() {
        String level = java.math.BigDecimal.valueOf(confidence * 100)
                .setScale(2, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
        return String.format(
                Locale.ROOT,
                "%.2fx [%.2fx, %.2fx] at %s%% confidence over %d %s",
                estimate,
                low,
                high,
                level,
                rounds,
                unit);
    }
}
