package dev.perfkit.junit.report;

import dev.perfkit.junit.baseline.BaselineCheck;
import dev.perfkit.junit.compare.ComparePlan;
import dev.perfkit.junit.compare.CompareResult;
import dev.perfkit.junit.compare.SequentialVerdict;
import dev.perfkit.junit.complexity.ComplexityResult;
import dev.perfkit.junit.measure.Settings;
import dev.perfkit.junit.measure.TestNames;
import dev.perfkit.junit.measure.jvm.JvmSettings;
import dev.perfkit.junit.perftest.PerfTestResult;
import dev.perfkit.junit.report.format.BaselineMarkdown;
import dev.perfkit.junit.report.format.ComparisonMarkdown;
import dev.perfkit.junit.report.format.ComplexityText;
import dev.perfkit.junit.report.format.PerfTestText;
import java.util.Locale;

/**
 * The texts a test's result is told in where people read it first: the failure a missed budget throws, the warning
 * it logs, and the Markdown reports they quote. Every writer and the extension take them from here, so a result is
 * worded the same way everywhere. Stateless.
 */
public final class Messages {

    private Messages() {}

    /** A performance test's report: the headline, the budget table, the figures and the profile. */
    public static String perfTest(PerfTestResult r) {
        return PerfTestText.format(
                r.test().name(), r.measurement(), r.verdict(), r.explanations(), r.profile(), r.deadCode());
    }

    /** The failure of a performance test whose cautions fail it ({@code perfkit.unsteady = fail}). */
    public static String cautionsFailed(PerfTestResult r) {
        return perfTest(r) + "\nfailed because of the cautions above: " + Settings.UNSTEADY + " = fail";
    }

    /** The comparison of a performance test with its kept baseline, in Markdown. */
    public static String keptBaselineMarkdown(BaselineCheck kept) {
        return BaselineMarkdown.markdown(
                kept.file().toString(), kept.recordedAt(), kept.rows(), kept.tolerance(), kept.warning());
    }

    /** The verdict against the kept baseline, one line. */
    public static String keptBaselineVerdict(BaselineCheck kept) {
        return BaselineMarkdown.verdict(kept.rows(), kept.tolerance());
    }

    /** The failure or warning of a performance test whose figures regressed against the kept baseline. */
    public static String keptBaseline(PerfTestResult r, BaselineCheck kept) {
        return r.test().name() + ": " + keptBaselineVerdict(kept) + " against the kept baseline\n\n"
                + keptBaselineMarkdown(kept);
    }

    /** A comparison's Performance Optimization Report, with how it was measured and the sides' profiles. */
    public static String comparisonMarkdown(CompareResult r) {
        SequentialVerdict v = r.verdict();
        JvmSettings jvm = JvmSettings.current();
        double detectable = ComparisonMarkdown.detectable(v, r.plan().budgets());
        String details = (r.replication().isEmpty() ? "" : "Decided: " + r.replication() + "\n")
                + (Double.isNaN(detectable)
                        ? ""
                        : String.format(
                                        Locale.ROOT,
                                        "This run could detect changes of at least "
                                                + "%.1f %% (the widest half-width of its intervals).",
                                        detectable * 100)
                                + "\n")
                + r.rounds().describe() + (v.stability().isEmpty() ? "" : "\nStability: " + v.stability())
                + "\nJVM: " + jvm.describe()
                + (jvm.warnings().isEmpty() ? "" : "\nJVM warning: " + String.join("\nJVM warning: ", jvm.warnings()));
        ComparePlan plan = r.plan();
        int inputs = r.inputs();
        return ComparisonMarkdown.markdown(
                        plan.bottleneck(),
                        plan.change(),
                        v,
                        plan.budgets(),
                        "Baseline `" + baselineName(r) + "`, candidate `" + candidateName(r) + "`"
                                + (plan.inputs() == null
                                        ? ""
                                        : ", " + inputs + (inputs == 1 ? " input" : " inputs") + " from "
                                                + plan.inputs().getName() + "(); one call is one pass over the inputs")
                                + ".\n" + details)
                + ComparisonMarkdown.profile(r.profile());
    }

    /** The baseline method's name as messages show it. */
    public static String baselineName(CompareResult r) {
        return TestNames.of(r.test().testClass(), r.plan().baseline());
    }

    /** The candidate method's name as messages show it. */
    public static String candidateName(CompareResult r) {
        return TestNames.of(r.test().testClass(), r.plan().candidate());
    }

    /** A comparison's failure or warning: the verdict and the report. */
    public static String comparison(CompareResult r) {
        return r.plan().test() + ": " + ComparisonMarkdown.verdict(r.verdict()) + "\n\n" + comparisonMarkdown(r);
    }

    /** A complexity test's failure or warning: the fit, the table, how it was measured and where the result is. */
    public static String complexity(ComplexityResult r, java.nio.file.Path json) {
        return ComplexityText.message(
                r.plan().test(),
                r.fit(),
                r.plan().expect(),
                r.outcome(),
                r.rounds().count(),
                r.settings().undecided().name().toLowerCase(Locale.ROOT),
                r.rounds().describe(0),
                r.rounds().remeasured(),
                json);
    }
}
