package dev.perfkit.junit.commits.result;

import dev.perfkit.junit.metric.Metric;
import dev.perfkit.junit.metric.RatioEstimate;

/**
 * One test and one metric compared between the commits: each side's value, the factor head / base with its interval
 * and the verdict. Immutable; the report package words it.
 *
 * @param test the test, {@code Class.method}
 * @param metric the metric: the latency percentile, allocation or SQL statements per call
 * @param base the base's median over the rounds (ns, bytes or statements per call)
 * @param head the head's median over the rounds
 * @param factor head / base, estimated from the paired rounds (above 1: the head costs more)
 * @param verdict the verdict, see {@link CommitVerdict}
 * @param beyond whether the test fails the run: only the latency percentile can, when {@link CommitVerdict#beyond}
 *     says so; allocation and SQL statements are reported, not enforced
 * @param detectable the smallest change the interval could tell from none, relative: its wider half about the factor
 */
public record CommitChange(
        String test,
        Metric metric,
        double base,
        double head,
        RatioEstimate factor,
        CommitVerdict verdict,
        boolean beyond,
        double detectable) {

    /** A row from {@code factor} (head / base), judged against {@code maxSlowdown}. */
    public static CommitChange of(
            String test, Metric metric, double base, double head, RatioEstimate factor, double maxSlowdown) {
        CommitVerdict verdict = CommitVerdict.of(factor.low(), factor.high(), maxSlowdown);
        return new CommitChange(
                test,
                metric,
                base,
                head,
                factor,
                verdict,
                metric.isPercentile() && CommitVerdict.beyond(verdict, factor.estimate(), maxSlowdown),
                factor.relativeHalfWidth());
    }

    /**
     * This row with the verdict {@link CommitVerdict#INCONCLUSIVE}, for rounds that held more than one regime: the
     * interval describes a mixture, so it decides nothing.
     */
    public CommitChange unstable() {
        return new CommitChange(test, metric, base, head, factor, CommitVerdict.INCONCLUSIVE, false, detectable);
    }

    /** The metric's name in {@code summary.json}: {@code p50}, {@code alloc.bytes}, {@code sql.statements}. */
    public String metricName() {
        return metric.equals(Metric.ALLOCATION) ? "alloc.bytes" : metric.name();
    }
}
