/**
 * The result of comparing two commits, as values: one row per test and metric with its factor, interval and verdict
 * ({@link dev.perfkit.junit.commits.result.CommitChange}, {@link dev.perfkit.junit.commits.result.CommitVerdict}),
 * the tests measured, and the run's whole result ({@link dev.perfkit.junit.commits.result.CommitsResult}), which the
 * writers of the report package take and the exit code comes from. Depends on the vocabulary ({@code metric}) only.
 */
package dev.perfkit.junit.commits.result;
