/**
 * SQL statements per operation: {@link dev.perfkit.jdbc.SqlCounter} wraps a {@link javax.sql.DataSource} and counts
 * every JDBC execution by normalized statement; {@link dev.perfkit.jdbc.SqlCounts} snapshots subtract and divide into
 * {@link dev.perfkit.jdbc.StatementsPerCall}, which names the N+1; {@link dev.perfkit.jdbc.SqlReport} writes it.
 *
 * <p><b>Design.</b>
 *
 * <ol>
 *   <li><b>Proxy, not driver.</b> A wrapped {@code DataSource} (datasource-proxy, a small, maintained library built
 *       for exactly this, with no required dependencies) counts whatever the application runs, through any driver and
 *       any pool placed behind it; no agent, no driver URL to change. Its types stay in the internal package.
 *   <li><b>Executions are the unit.</b> What an N+1 costs is round trips, so a statement counts once per JDBC
 *       execution and a batch counts once (its entries are kept apart). A JDBC batch is therefore the fix the N+1
 *       finding suggests, and it meets a statements-per-call budget.
 *   <li><b>Grouped by shape.</b> The N of an N+1 is one statement with different values; grouping by normalized text
 *       (literals, placeholders and IN-lists collapsed, words lower-cased) shows it as one line run N times.
 *   <li><b>Cheap and bounded on the hot path.</b> A known raw SQL text costs one lock-free map read and
 *       {@link java.util.concurrent.atomic.LongAdder} increments; the map of statements is capped, overflow counted;
 *       nothing thrown by the counting reaches the application.
 *   <li><b>One counter for budgets.</b> Every execution also increments a perfkit {@link dev.perfkit.Counter}
 *       ({@code sql.statements} by default), which perf-junit's events budget reads per call; a failed budget names
 *       the repeated statement, and comparisons report statements per call ({@code docs/sql.md}).
 * </ol>
 */
package dev.perfkit.jdbc;
