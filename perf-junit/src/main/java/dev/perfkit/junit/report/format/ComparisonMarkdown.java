package dev.perfkit.junit.report.format;

import dev.perfkit.junit.compare.SequentialVerdict;
import dev.perfkit.junit.metric.Check;
import dev.perfkit.junit.metric.Metric;
import dev.perfkit.junit.metric.MetricChange;
import dev.perfkit.junit.metric.RatioEstimate;
import dev.perfkit.profile.ProfileDiff;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * The words around a comparison's table: the verdict sentence, the failure headline, and the whole report file (the
 * {@link OptimizationReport} plus what could not be measured, the verdict and how it was measured). Stateless.
 */
public final class ComparisonMarkdown {

    private ComparisonMarkdown() {}

    /**
     * The verdict as a sentence: {@code 1 of 2 relative budgets missed (20 rounds, 98.33% intervals, stopped:
     * decisive)}, or {@code no relative budget; figures only (10 rounds, ...)}.
     */
    public static String verdict(SequentialVerdict r) {
        int budgets = r.budgets();
        String of = budgets == 1 ? " of 1 relative budget " : " of " + budgets + " relative budgets ";
        Check o = r.outcome();
        String what = o == null
                ? "no relative budget; figures only"
                : o == Check.PASS
                        ? budgets + of + "met"
                        : o == Check.FAIL
                                ? r.count(Check.FAIL) + of + "missed"
                                : o == Check.UNSTABLE
                                        ? "no verdict: the rounds were not stationary (" + r.stability() + ")"
                                        : r.count(Check.INCONCLUSIVE) + of + "neither met nor missed";
        String level = BigDecimal.valueOf(r.confidence() * 100)
                .setScale(2, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
        return what + " (" + r.rounds() + " rounds, " + level + "% intervals, stopped: "
                + r.stop().label() + ")";
    }

    /**
     * The smallest change the verdict's intervals could tell from none, relative: the widest half-width of a budgeted
     * metric's interval about its estimate (of every metric's when none has a budget); NaN without an interval.
     */
    public static double detectable(SequentialVerdict r, Map<Metric, Double> budgets) {
        double widest = Double.NaN;
        for (MetricChange row : r.reportRows()) {
            RatioEstimate e = row.estimate();
            if (e == null || !(e.estimate() > 0) || (!budgets.isEmpty() && !budgets.containsKey(row.metric()))) {
                continue;
            }
            double half = e.relativeHalfWidth();
            if (Double.isFinite(half) && !(half <= widest)) {
                widest = half;
            }
        }
        return widest;
    }

    /** The report file: the seed's report, the metrics not measured, the verdict and the measuring details. */
    public static String markdown(
            String bottleneck, String change, SequentialVerdict r, Map<Metric, Double> budgets, String details) {
        StringBuilder out = new StringBuilder(OptimizationReport.markdown(bottleneck, change, r.reportRows()));
        for (Map.Entry<Metric, String> e : r.unmeasurable().entrySet()) {
            out.append("- ").append(e.getKey().label()).append(": ").append(e.getValue());
            Double budget = budgets.get(e.getKey());
            if (budget != null) {
                out.append("; budget: at least ")
                        .append(Phrases.trim(budget))
                        .append("x ")
                        .append(e.getKey().kind().better())
                        .append(": not checked");
            }
            out.append('\n');
        }
        Check o = r.outcome();
        out.append("\n**Verdict: ")
                .append(o == null ? "none" : o.name())
                .append("**: ")
                .append(verdict(r))
                .append("\n\n");
        out.append(details.strip()).append('\n');
        return out.toString();
    }

    /**
     * The profile section under the report: where each side's time went in extra calls after the rounds, side by side,
     * and their JFR files; empty for {@code null}.
     */
    public static String profile(ProfileDiff diff) {
        if (diff == null) {
            return "";
        }
        if (!diff.before().isAvailable() || !diff.after().isAvailable()) {
            return "\n### Profile\nNone: "
                    + (diff.before().isAvailable() ? diff.after() : diff.before()).unavailableReason() + "\n";
        }
        StringBuilder out = new StringBuilder("\n### Profile\nExtra calls of each side after the rounds, not measured "
                        + "(JFR, execution samples every millisecond).\n\n```\n")
                .append(diff.toText(PerfTestText.PROFILE_TOP).strip())
                .append("\n```\n");
        diff.before()
                .jfrFile()
                .ifPresent(f -> out.append("- Baseline's JFR file: ").append(f).append('\n'));
        diff.after()
                .jfrFile()
                .ifPresent(f -> out.append("- Candidate's JFR file: ").append(f).append('\n'));
        return out.toString();
    }
}
