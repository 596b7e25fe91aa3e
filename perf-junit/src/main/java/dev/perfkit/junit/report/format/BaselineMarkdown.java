package dev.perfkit.junit.report.format;

import dev.perfkit.junit.metric.Check;
import dev.perfkit.junit.metric.MetricChange;
import java.util.List;

/**
 * The report of a test against its kept baseline: the verdict sentence and the Markdown file (the Performance
 * Optimization Report of the kept figures against today's, a warning when the environments differ, and the verdict).
 * Stateless.
 */
public final class BaselineMarkdown {

    private BaselineMarkdown() {}

    /**
     * The verdict: {@code 1 of 3 figures regressed beyond 10%}, {@code 2 of 3 figures improved beyond 10%} or
     * {@code every figure within 10%}.
     */
    public static String verdict(List<MetricChange> rows, double tolerance) {
        long regressions = rows.stream().filter(r -> r.check() == Check.FAIL).count();
        long improvements = rows.stream()
                .filter(r -> r.check() == Check.PASS && r.significant())
                .count();
        String within = Phrases.trim(Math.round(tolerance * 1000) / 10.0) + "%";
        return regressions > 0
                ? regressions + " of " + rows.size() + " figures regressed beyond " + within
                : improvements > 0
                        ? improvements + " of " + rows.size() + " figures improved beyond " + within
                        : "every figure within " + within;
    }

    /**
     * The Markdown report.
     *
     * @param file the kept baseline's file, as the user configured it
     * @param recorded when the baseline was recorded
     * @param warning why the environments may not be comparable; empty when they are alike
     */
    public static String markdown(
            String file, String recorded, List<MetricChange> rows, double tolerance, String warning) {
        StringBuilder md = new StringBuilder(OptimizationReport.markdown(
                "Kept baseline " + file + ", recorded " + recorded + ".", "The code as it is now.", rows));
        if (!warning.isEmpty()) {
            md.append("\n> **Warning:** ").append(warning).append('\n');
        }
        boolean regressed = rows.stream().anyMatch(r -> r.check() == Check.FAIL);
        md.append("\n**Verdict: ")
                .append(regressed ? "REGRESSION" : "OK")
                .append("**: ")
                .append(verdict(rows, tolerance))
                .append('\n');
        return md.toString();
    }
}
