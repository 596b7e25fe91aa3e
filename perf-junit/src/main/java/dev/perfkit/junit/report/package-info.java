/**
 * Everything perf-junit writes, in one place: the text of a performance test's report
 * ({@link dev.perfkit.junit.report.PerfTestText}), the Performance Optimization Report and the comparison's
 * Markdown ({@link dev.perfkit.junit.report.OptimizationReport},
 * {@link dev.perfkit.junit.report.ComparisonMarkdown}), the report entries and console lines
 * ({@link dev.perfkit.junit.report.ReportEntries}), the kept-baseline report, the run's summary and the JSON files
 * ({@link dev.perfkit.junit.report.PerfTestJson}, {@link dev.perfkit.junit.report.ComparisonJson}).
 * The run's summaries when it ends: {@link dev.perfkit.junit.report.CiSummary} (Markdown for GitHub's step
 * summary or {@code summary.md}) and {@link dev.perfkit.junit.report.SummaryJson}; the HTML report is in
 * {@code dev.perfkit.junit.report.html}, which says how to add a kind of page.
 * The values come from the measuring packages; the words (verdicts, improvements, evidence, headlines) are chosen
 * here, in {@link dev.perfkit.junit.report.Phrases}. Formats of single values and units belong to the metric
 * vocabulary ({@link dev.perfkit.junit.metric.MetricKind}). No measuring package depends on this one.
 */
package dev.perfkit.junit.report;
