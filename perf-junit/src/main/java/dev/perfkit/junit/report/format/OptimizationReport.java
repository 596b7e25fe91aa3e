package dev.perfkit.junit.report.format;

import dev.perfkit.junit.metric.MetricChange;
import dev.perfkit.junit.metric.MetricKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The Performance Optimization Report as Markdown: the bottleneck, the change, and the before/after table, with the
 * evidence (intervals and verdicts) under it.
 *
 * <pre>
 * ## Performance Optimization Report
 *
 * ### Bottleneck Identified
 * ...
 * ### Change Applied
 * ...
 * ### Results
 * | Metric        | Before   | After    | Improvement |
 * |---------------|----------|----------|-------------|
 * | Response time | 1.20s    | 85.0ms   | 93% faster  |
 * </pre>
 */
public final class OptimizationReport {

    private OptimizationReport() {}

    /** Renders the report; the texts may span lines, the rows keep their order. */
    public static String markdown(String bottleneck, String change, List<MetricChange> rows) {
        StringBuilder out = new StringBuilder();
        out.append("## Performance Optimization Report\n\n");
        out.append("### Bottleneck Identified\n").append(text(bottleneck)).append("\n\n");
        out.append("### Change Applied\n").append(text(change)).append("\n\n");
        out.append("### Results\n");
        List<String[]> cells = new ArrayList<>();
        cells.add(new String[] {"Metric", "Before", "After", "Improvement"});
        for (MetricChange r : rows) {
            MetricKind kind = r.metric().kind();
            cells.add(new String[] {
                r.metric().label(), kind.cell(r.before()), kind.cell(r.after()), Phrases.improvement(r)
            });
        }
        out.append(MarkdownTable.render(cells));
        out.append('\n');
        for (MetricChange r : rows) {
            out.append("- ")
                    .append(r.metric().label())
                    .append(": ")
                    .append(Phrases.evidence(r))
                    .append('\n');
        }
        return out.toString();
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? "(not described)" : s.strip();
    }
}
