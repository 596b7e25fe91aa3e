package dev.perfkit.junit.internal.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OptimizationReportTest {

  @ParameterizedTest(name = "{0}: {1} -> {2} = {3}")
  @CsvSource({
      "TIME, 1200000000, 85000000, 93% faster",
      "MEMORY, 536870912, 134217728, 75% less",
      "THROUGHPUT, 50, 800, 16x higher",
      "THROUGHPUT, 50, 125, 2.5x higher",
      "THROUGHPUT, 50, 60, 20% higher",
      "THROUGHPUT, 50, 40, 20% lower",
      "TIME, 100, 112, 12% slower",
      "TIME, 100, 300, 3.0x slower",
      "MEMORY, 100, 101, 1% more"})
  void improvementWordingPicksTheNaturalForm(MetricKind kind, double before, double after, String words) {
    assertEquals(words, kind.describe(before, after, true));
  }

  @Test
  void insignificantChangesSaySo() {
    assertEquals("no significant change", MetricKind.TIME.describe(100, 90, false));
  }

  @Test
  void rendersTheSeedShape() {
    RatioEstimate faster = new RatioEstimate(12.0, 14.1, 16.3, 0.9875, 20);
    RatioEstimate less = new RatioEstimate(3.9, 4.0, 4.1, 0.9875, 20);
    RatioEstimate higher = new RatioEstimate(15.0, 16.0, 17.0, 0.9875, 20);
    String md = OptimizationReport.markdown("Linear scans in dedup: O(n^2).", "A HashSet instead of a list.", List.of(
        new ReportRow("Response time", MetricKind.TIME, 1.2e9, 85e6, faster, 2),
        new ReportRow("Memory usage", MetricKind.MEMORY, 512.0 * 1024 * 1024, 128.0 * 1024 * 1024, less, Double.NaN),
        new ReportRow("Throughput", MetricKind.THROUGHPUT, 50, 800, higher, Double.NaN)));
    assertEquals(String.join("\n",
        "## Performance Optimization Report",
        "",
        "### Bottleneck Identified",
        "Linear scans in dedup: O(n^2).",
        "",
        "### Change Applied",
        "A HashSet instead of a list.",
        "",
        "### Results",
        "| Metric        | Before     | After     | Improvement |",
        "|---------------|------------|-----------|-------------|",
        "| Response time | 1.20s      | 85.0ms    | 93% faster  |",
        "| Memory usage  | 512MiB     | 128MiB    | 75% less    |",
        "| Throughput    | 50.0 ops/s | 800 ops/s | 16x higher  |",
        "",
        "- Response time: 14.10x [12.00x, 16.30x] at 98.75% confidence over 20 rounds; budget: at least 2x faster: **PASS**",
        "- Memory usage: 4.00x [3.90x, 4.10x] at 98.75% confidence over 20 rounds",
        "- Throughput: 16.00x [15.00x, 17.00x] at 98.75% confidence over 20 rounds",
        ""), md);
  }
}
