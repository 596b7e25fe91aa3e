package dev.perfkit.junit.internal.compare;

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
  public static String markdown(String bottleneck, String change, List<ReportRow> rows) {
    StringBuilder out = new StringBuilder();
    out.append("## Performance Optimization Report\n\n");
    out.append("### Bottleneck Identified\n").append(text(bottleneck)).append("\n\n");
    out.append("### Change Applied\n").append(text(change)).append("\n\n");
    out.append("### Results\n");
    List<String[]> cells = new ArrayList<>();
    cells.add(new String[] {"Metric", "Before", "After", "Improvement"});
    for (ReportRow r : rows) {
      cells.add(new String[] {r.metric(), r.kind().format(r.before()), r.kind().format(r.after()), r.improvement()});
    }
    int[] width = new int[4];
    for (String[] row : cells) {
      for (int c = 0; c < 4; c++) {
        width[c] = Math.max(width[c], row[c].length());
      }
    }
    for (int i = 0; i < cells.size(); i++) {
      appendRow(out, cells.get(i), width);
      if (i == 0) {
        out.append('|');
        for (int c = 0; c < 4; c++) {
          out.append("-".repeat(width[c] + 2)).append('|');
        }
        out.append('\n');
      }
    }
    out.append('\n');
    for (ReportRow r : rows) {
      out.append(r.evidence()).append('\n');
    }
    return out.toString();
  }

  private static void appendRow(StringBuilder out, String[] row, int[] width) {
    out.append('|');
    for (int c = 0; c < 4; c++) {
      out.append(' ').append(row[c]).append(" ".repeat(width[c] - row[c].length())).append(" |");
    }
    out.append('\n');
  }

  private static String text(String s) {
    return s == null || s.isBlank() ? "(not described)" : s.strip();
  }
}
