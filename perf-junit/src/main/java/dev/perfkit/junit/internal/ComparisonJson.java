package dev.perfkit.junit.internal;

import dev.perfkit.junit.internal.compare.ComparisonResult;
import dev.perfkit.junit.internal.compare.Metric;
import dev.perfkit.junit.internal.compare.ReportRow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON result of one comparison, schema {@value #SCHEMA}; the module's README documents every field. Values in
 * nanoseconds, bytes per call and calls per second; factors are improvements in the metric's direction. Stateless.
 */
public final class ComparisonJson {

  /** The schema name and version written into every file. */
  public static final String SCHEMA = "perfkit-junit-comparison/1";

  private ComparisonJson() {}

  /**
   * Writes the comparison to {@code file}, creating its folder.
   *
   * @param test the test's identity: {@code class}, {@code method}, {@code displayName}, {@code uniqueId}
   * @param about {@code bottleneck}, {@code change}, {@code baseline}, {@code candidate} (method names)
   * @param report the Markdown report beside it; the file names it without its folder
   * @param outcome what the test made of the verdict: {@code passed}, {@code failed}, {@code inconclusive},
   *     {@code skipped}, {@code warned}, {@code not checked}, {@code reported}
   */
  public static void write(Path file, Map<String, String> test, Map<String, String> about, int inputs,
      ComparisonResult r, Map<Metric, Double> budgets, Settings.Enforcement enforcement, String outcome, Path report)
      throws IOException {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("schema", SCHEMA);
    root.put("test", new LinkedHashMap<>(test));
    root.putAll(about);
    root.put("inputs", inputs);
    root.put("rounds", r.rounds());
    root.put("looks", r.looks());
    root.put("confidence", r.confidence());
    root.put("stopped", r.stop().label());
    List<Object> metrics = new ArrayList<>();
    r.rows().forEach((m, row) -> metrics.add(metric(m, row, budgets.get(m))));
    root.put("metrics", metrics);
    Map<String, Object> unmeasured = new LinkedHashMap<>();
    r.unmeasurable().forEach((m, why) -> unmeasured.put(m.name(), why));
    root.put("unmeasured", unmeasured);
    root.put("enforcement", enforcement.name().toLowerCase(Locale.ROOT));
    root.put("outcome", outcome);
    root.put("report", report.getFileName().toString());
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, Json.write(root), StandardCharsets.UTF_8);
  }

  private static Map<String, Object> metric(Metric m, ReportRow row, Double budget) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", m.name());
    out.put("label", m.label());
    out.put("unit", switch (m.kind()) {
      case TIME -> "ns";
      case MEMORY -> "B/op";
      case THROUGHPUT -> "ops/s";
    });
    out.put("before", row.before());
    out.put("after", row.after());
    out.put("factor", row.estimate().estimate());
    out.put("factorLow", row.estimate().low());
    out.put("factorHigh", row.estimate().high());
    out.put("improvement", row.improvement());
    out.put("atLeast", budget);
    out.put("verdict", row.outcome() == null ? null : row.outcome().name().toLowerCase(Locale.ROOT));
    return out;
  }
}
