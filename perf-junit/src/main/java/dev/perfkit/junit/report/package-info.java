/**
 * The one way out for results. Each feature ends in one result value
 * ({@link dev.perfkit.junit.perftest.PerfTestResult}, {@link dev.perfkit.junit.compare.CompareResult},
 * {@link dev.perfkit.junit.complexity.ComplexityResult}, with a {@link dev.perfkit.junit.baseline.BaselineCheck});
 * {@link dev.perfkit.junit.report.Writers} passes it to every {@link dev.perfkit.junit.report.ResultWriter} in turn
 * (Markdown, JSON, HTML, the run's summary, JUnit's report entries, the console), and returns what could not be
 * written; the extension decides pass, fail or skip afterwards. The run's summary
 * ({@link dev.perfkit.junit.report.RunSummary}) writes {@code comparisons.md}, the CI summary, {@code summary.json}
 * and {@code index.html} when the run ends. The texts are in {@code report.format}, the pages in {@code report.html}.
 *
 * <p>To add a way out for results, add one {@code ResultWriter} to {@code Writers}; to add a metric, add it to the
 * vocabulary ({@code metric}) and every writer shows it.
 *
 * <p>May use the features, {@code measure}, {@code metric}, {@code json}, {@code report.format} and
 * {@code report.html}; only the entry points use it.
 */
package dev.perfkit.junit.report;
