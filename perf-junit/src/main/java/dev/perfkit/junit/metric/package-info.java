/**
 * The one vocabulary of perf-junit's figures: {@link dev.perfkit.junit.metric.Metric} (name, what is read,
 * percentile), {@link dev.perfkit.junit.metric.MetricKind} (unit, direction, formatting, the words for better
 * and worse), {@link dev.perfkit.junit.metric.Check} (the verdict on one budget, absolute or relative) and
 * {@link dev.perfkit.junit.metric.Policy} (what a finding does to its test). Budgets, comparisons, kept
 * baselines and every renderer use these types; this package depends on no other package of the module.
 */
package dev.perfkit.junit.metric;
