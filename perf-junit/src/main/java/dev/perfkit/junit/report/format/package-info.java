/**
 * The formats a result is written in, as text: the performance test's report
 * ({@link dev.perfkit.junit.report.format.PerfTestText}), the Performance Optimization Report and a comparison's
 * Markdown ({@link dev.perfkit.junit.report.format.OptimizationReport},
 * {@link dev.perfkit.junit.report.format.ComparisonMarkdown}), complexity and kept-baseline texts, report entries and
 * console lines ({@link dev.perfkit.junit.report.format.ReportEntries}), the JSON files
 * ({@link dev.perfkit.junit.report.format.PerfTestJson}, {@link dev.perfkit.junit.report.format.ComparisonJson},
 * {@link dev.perfkit.junit.report.format.ComplexityJson}) and the run's summaries
 * ({@link dev.perfkit.junit.report.format.CiSummary}, {@link dev.perfkit.junit.report.format.SummaryJson}). The
 * words (verdicts, improvements, evidence, headlines) are chosen here, in
 * {@link dev.perfkit.junit.report.format.Phrases}; formats of single values and units belong to the metric
 * vocabulary.
 *
 * <p>May use the features' result values, {@code measure}, {@code metric} and {@code json}; never the writers
 * ({@code report}) that call it.
 */
package dev.perfkit.junit.report.format;
