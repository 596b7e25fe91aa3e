package dev.perfkit.memory;

import dev.perfkit.Units;
import java.util.Arrays;
import java.util.Objects;

/**
 * The verdict of a leak check and its evidence: the settled heap before the first fitted round and after each one,
 * the least-squares line through those readings against the number of runs, and the threshold it was judged by.
 *
 * <p>The verdict follows from the evidence alone, with {@code k = } {@value #STD_ERRORS}:
 * <ol>
 *   <li>{@link LeakVerdict#LEAK} when {@code slope - k * slopeStdError > threshold}: the heap grows per run by more
 *       than the threshold, beyond the noise;</li>
 *   <li>{@link LeakVerdict#NO_LEAK} when {@code slope + k * slopeStdError <= threshold};</li>
 *   <li>{@link LeakVerdict#INCONCLUSIVE} otherwise (the noise is too large to tell; run more ops per round), and
 *       when the check could not be made here ({@link #isSupported()} is false).</li>
 * </ol>
 *
 * <p>Immutable and thread-safe. An unsupported report holds no evidence: its figure accessors throw
 * {@link IllegalStateException} with the reason.
 */
public final class LeakReport {

    /** How many standard errors of the slope separate a verdict from the threshold. */
    public static final double STD_ERRORS = 3.0;

    private final LeakOptions options;
    private final long[] settledBytes;
    private final LinearFit fit;
    private final String source;
    private final LeakVerdict verdict;
    private final String unsupportedReason;

    private LeakReport(
            LeakOptions options, long[] settledBytes, LinearFit fit, String source, String unsupportedReason) {
        this.options = options;
        this.settledBytes = settledBytes;
        this.fit = fit;
        this.source = source;
        this.unsupportedReason = unsupportedReason;
        this.verdict = fit == null ? LeakVerdict.INCONCLUSIVE : judge(fit, options.thresholdBytesPerOp());
    }

    /**
     * Creates a report from its evidence; the verdict follows as the class description says.
     *
     * @param options how the check ran
     * @param settledBytes the settled heap before the first fitted round and after each, {@code options.rounds() + 1}
     *     readings, each at least 0
     * @param fit the least-squares line through {@code (i * options.opsPerRound(), settledBytes[i])}
     * @param source how the heap was read; see {@link RetainedResult#source()}
     * @return the report
     * @throws IllegalArgumentException if the number of readings or fitted points does not match the options
     */
    public static LeakReport of(LeakOptions options, long[] settledBytes, LinearFit fit, String source) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(fit, "fit");
        Objects.requireNonNull(source, "source");
        long[] copy = settledBytes.clone();
        if (copy.length != options.rounds() + 1 || fit.points() != copy.length) {
            throw new IllegalArgumentException("expected " + (options.rounds() + 1)
                    + " readings and fitted points, got " + copy.length + " readings and " + fit.points() + " points");
        }
        for (long b : copy) {
            if (b < 0) {
                throw new IllegalArgumentException("settled heap readings must not be negative, got " + b);
            }
        }
        return new LeakReport(options, copy, fit, source, null);
    }

    /**
     * Creates a report saying that the check could not be made here, and why; its verdict is inconclusive.
     *
     * @param reason a sentence for people that says why the heap could not be measured
     * @param options how the check was to run
     * @return an inconclusive report
     */
    public static LeakReport unsupported(String reason, LeakOptions options) {
        return new LeakReport(
                Objects.requireNonNull(options, "options"), new long[0], null, "", MemoryArgumentChecks.reason(reason));
    }

    /**
     * {@return the verdict {@code fit} earns against {@code thresholdBytesPerOp}, as the class description says}
     *
     * @param fit the line fitted through the settled heap readings
     * @param thresholdBytesPerOp the growth per run, in bytes, above which the operation leaks
     */
    public static LeakVerdict judge(LinearFit fit, double thresholdBytesPerOp) {
        double margin = STD_ERRORS * fit.slopeStdError();
        if (fit.slope() - margin > thresholdBytesPerOp) {
            return LeakVerdict.LEAK;
        }
        return fit.slope() + margin <= thresholdBytesPerOp ? LeakVerdict.NO_LEAK : LeakVerdict.INCONCLUSIVE;
    }

    /** {@return true when the check was made; false when {@link #unsupportedReason()} says why not} */
    public boolean isSupported() {
        return unsupportedReason == null;
    }

    /** {@return why the check could not be made; empty when it was} */
    public String unsupportedReason() {
        return unsupportedReason == null ? "" : unsupportedReason;
    }

    /** {@return the verdict; {@link LeakVerdict#INCONCLUSIVE} when unsupported} */
    public LeakVerdict verdict() {
        return verdict;
    }

    /** {@return how the check ran} */
    public LeakOptions options() {
        return options;
    }

    /** {@return how the heap was read; empty when unsupported} See {@link RetainedResult#source()}. */
    public String source() {
        return source;
    }

    /**
     * {@return the fitted growth of the settled heap per run, in bytes (the slope of {@link #fit()}); may be negative}
     *
     * @throws IllegalStateException with the reason, if the report is unsupported
     */
    public double bytesPerOp() {
        return fit().slope();
    }

    /**
     * {@return the least-squares line through the readings against the number of runs}
     *
     * @throws IllegalStateException with the reason, if the report is unsupported
     */
    public LinearFit fit() {
        if (fit == null) {
            throw new IllegalStateException("leak check not made: " + unsupportedReason);
        }
        return fit;
    }

    /**
     * {@return the settled heap in bytes before the first fitted round (index 0) and after each fitted round; a copy}
     *
     * @throws IllegalStateException with the reason, if the report is unsupported
     */
    public long[] settledBytes() {
        fit();
        return settledBytes.clone();
    }

    /**
     * {@return one line for people: the verdict, the growth per run with its error, and the threshold; or the reason}
     */
    public String summary() {
        if (fit == null) {
            return "INCONCLUSIVE: unsupported: " + unsupportedReason;
        }
        return String.format(
                java.util.Locale.ROOT,
                "%s: heap grows %s/op ± %s (r² %.3f) over %d rounds of %d ops;" + " threshold %s/op",
                verdict,
                Units.formatBytes(fit.slope()),
                Units.formatBytes(fit.slopeStdError()),
                fit.rSquared(),
                options.rounds(),
                options.opsPerRound(),
                Units.formatBytes(options.thresholdBytesPerOp()));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LeakReport r
                && options.equals(r.options)
                && Arrays.equals(settledBytes, r.settledBytes)
                && Objects.equals(fit, r.fit)
                && source.equals(r.source)
                && Objects.equals(unsupportedReason, r.unsupportedReason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(options, Arrays.hashCode(settledBytes), fit, source, unsupportedReason);
    }

    /** The {@link #summary()} followed by the settled readings and how they were taken. */
    @Override
    public String toString() {
        if (fit == null) {
            return summary();
        }
        StringBuilder sb = new StringBuilder(summary())
                .append("; settled heap (")
                .append(source)
                .append("):");
        for (long b : settledBytes) {
            sb.append(' ').append(Units.formatBytes(b));
        }
        return sb.toString();
    }
}
