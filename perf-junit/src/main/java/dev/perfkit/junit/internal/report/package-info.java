/**
 * Everything perf-junit writes, in one place: the text of a performance test's report
 * ({@link dev.perfkit.junit.internal.report.ReportText}), the Performance Optimization Report and the comparison's
 * Markdown ({@link dev.perfkit.junit.internal.report.OptimizationReport},
 * {@link dev.perfkit.junit.internal.report.ComparisonReport}), the report entries and console lines
 * ({@link dev.perfkit.junit.internal.report.Entries}), the kept-baseline report, the run's summary and the JSON files
 * ({@link dev.perfkit.junit.internal.report.ResultJson}, {@link dev.perfkit.junit.internal.report.ComparisonJson}).
 * The run's summaries when it ends: {@link dev.perfkit.junit.internal.report.CiSummary} (Markdown for GitHub's step
 * summary or {@code summary.md}) and {@link dev.perfkit.junit.internal.report.SummaryJson}; the HTML report is in
 * {@code dev.perfkit.junit.internal.report.html}, which says how to add a kind of page.
 * The values come from the measuring packages; the words (verdicts, improvements, evidence, headlines) are chosen
 * here, in {@link dev.perfkit.junit.internal.report.Words}. Formats of single values and units belong to the metric
 * vocabulary ({@link dev.perfkit.junit.internal.metric.MetricKind}). No measuring package depends on this one.
 */
package dev.perfkit.junit.internal.report;
