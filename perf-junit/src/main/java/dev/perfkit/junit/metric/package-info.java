/**
 * The one vocabulary of perf-junit's figures: {@link dev.perfkit.junit.metric.Metric} (name, what is read,
 * percentile), {@link dev.perfkit.junit.metric.MetricKind} (unit, direction, formatting, the words for better
 * and worse), {@link dev.perfkit.junit.metric.Check} (the verdict on one budget, absolute or relative) and
 * {@link dev.perfkit.junit.metric.Policy} (what a finding does to its test), the outcome of a test
 * ({@link dev.perfkit.junit.metric.TestOutcome}), one metric before and after
 * ({@link dev.perfkit.junit.metric.MetricChange}, with its factor {@link dev.perfkit.junit.metric.RatioEstimate}).
 * Budgets, comparisons, kept baselines and every writer use these types; this package uses no other package of the
 * module.
 */
package dev.perfkit.junit.metric;
