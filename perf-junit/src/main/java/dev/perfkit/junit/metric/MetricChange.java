package dev.perfkit.junit.metric;

/**
 * One row of the Performance Optimization Report as values: a metric before and after, the estimated factor with its
 * interval or, against a kept baseline, the tolerance, and, when a budget applies to it, the budget and its check.
 * Immutable; the report package words it.
 *
 * @param metric the figure
 * @param before the baseline's value
 * @param after the candidate's value
 * @param estimate the factor estimate; null for a row against a kept baseline
 * @param minFactor the relative budget, {@code NaN} if none
 * @param check the verdict against the budget (or, against a kept baseline, {@link Check#FAIL} for a regression and
 *     {@link Check#PASS} otherwise); null when the row has no budget
 * @param significant whether the change is significant: the interval excludes 1, or a kept figure moved beyond the
 *     tolerance
 * @param tolerance against a kept baseline, the relative change allowed; otherwise {@code NaN}
 */
public record MetricChange(
        Metric metric,
        double before,
        double after,
        RatioEstimate estimate,
        double minFactor,
        Check check,
        boolean significant,
        double tolerance) {

    /**
     * A row of a comparison; {@code minFactor} is the relative budget ({@code NaN} for none), and the check is then
     * computed from the estimate.
     */
    public static MetricChange compared(
            Metric metric, double before, double after, RatioEstimate estimate, double minFactor) {
        Check check = Double.isNaN(minFactor) ? null : estimate.against(minFactor);
        return new MetricChange(metric, before, after, estimate, minFactor, check, estimate.significant(), Double.NaN);
    }

    /**
     * A row comparing a figure with a kept baseline's, one value each, without an interval: a change beyond
     * {@code tolerance} (relative, in the metric's direction) is significant, and a loss beyond it fails.
     */
    public static MetricChange kept(Metric metric, double before, double after, double tolerance) {
        double factor = metric.kind().direction().factor(before, after);
        boolean worse = factor < 1 / (1 + tolerance);
        boolean better = factor > 1 + tolerance;
        return new MetricChange(
                metric, before, after, null, Double.NaN, worse ? Check.FAIL : Check.PASS, worse || better, tolerance);
    }

    /** Whether this row compares with a kept baseline rather than a candidate measured beside it. */
    public boolean isKept() {
        return estimate == null;
    }

    /** The factor after against before, in the metric's direction: above 1 is an improvement. */
    public double factor() {
        return metric.kind().direction().factor(before, after);
    }

    /**
     * This row with its verdict withheld because the rounds were not stationary: a budgeted row's check becomes
     * {@link Check#UNSTABLE}; a row without a budget is returned as it is.
     */
    public MetricChange unstable() {
        return check == null
                ? this
                : new MetricChange(metric, before, after, estimate, minFactor, Check.UNSTABLE, significant, tolerance);
    }
}
