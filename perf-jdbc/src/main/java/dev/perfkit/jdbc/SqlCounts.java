package dev.perfkit.jdbc;

import dev.perfkit.jdbc.internal.SqlNormalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The SQL statements a {@link SqlCounter} counted up to one moment, grouped by normalized statement: JDBC executions
 * (one per {@code execute...} call; a batch counts once, however many entries it carries), batch entries, and
 * optionally executions per thread. Two snapshots subtract into the statements run between them ({@link #minus}),
 * and a difference divides into statements per call ({@link #perOperation}). Immutable.
 *
 * <p>{@link #executions()} counts every execution once; the per-statement executions add up to it, except that a
 * plain {@code Statement} batch mixing several statements counts once under each of them, and executions of
 * statements beyond the counter's cap count only in {@link #overflowExecutions()}.
 */
public final class SqlCounts {

    private static final SqlCounts EMPTY = new SqlCounts(0, 0, 0, 0, List.of(), Map.of(), 0);
    private static final Comparator<StatementCount> MOST_FIRST = Comparator.comparingLong(StatementCount::executions)
            .reversed()
            .thenComparing(
                    Comparator.comparingLong(StatementCount::batchEntries).reversed())
            .thenComparing(StatementCount::sql);

    private final long executions;
    private final long batchEntries;
    private final long overflowExecutions;
    private final long recordingFailures;
    private final List<StatementCount> statements;
    private final Map<String, StatementCount> bySql;
    private final Map<String, Long> perThread;
    private final long otherThreadsExecutions;

    SqlCounts(
            long executions,
            long batchEntries,
            long overflowExecutions,
            long recordingFailures,
            List<StatementCount> statements,
            Map<String, Long> perThread,
            long otherThreadsExecutions) {
        this.executions = executions;
        this.batchEntries = batchEntries;
        this.overflowExecutions = overflowExecutions;
        this.recordingFailures = recordingFailures;
        List<StatementCount> sorted = new ArrayList<>(statements);
        sorted.sort(MOST_FIRST);
        this.statements = List.copyOf(sorted);
        Map<String, StatementCount> index = new LinkedHashMap<>();
        sorted.forEach(s -> index.put(s.sql(), s));
        this.bySql = Collections.unmodifiableMap(index);
        this.perThread = Collections.unmodifiableMap(new TreeMap<>(perThread));
        this.otherThreadsExecutions = otherThreadsExecutions;
    }

    /** {@return counts with no statements and every total 0} */
    public static SqlCounts empty() {
        return EMPTY;
    }

    /**
     * {@return the number of JDBC executions: one per {@code execute}, {@code executeQuery}, {@code executeUpdate} or
     * {@code executeBatch}}
     */
    public long executions() {
        return executions;
    }

    /**
     * {@return the number of entries (parameter sets, or SQL strings of a plain statement's batch) carried by batch
     * executions}
     */
    public long batchEntries() {
        return batchEntries;
    }

    /**
     * {@return the number of executions of statements first seen after the counter held its most distinct statements;
     * not in {@link #statements()}}
     */
    public long overflowExecutions() {
        return overflowExecutions;
    }

    /**
     * {@return how often recording an execution failed inside the counter (the statement itself was not affected);
     * normally 0}
     */
    public long recordingFailures() {
        return recordingFailures;
    }

    /** {@return every counted statement, most executions first (then most batch entries, then by text)} */
    public List<StatementCount> statements() {
        return statements;
    }

    /**
     * Executions of the statement {@code sql}, which is normalized first, so it may be written as the application
     * writes it ({@code "SELECT * FROM orders WHERE id = 42"}) or as the snapshot shows it; 0 when it never ran.
     *
     * @param sql the statement, as the application writes it or normalized
     * @return its executions, 0 or more
     */
    public long executionsOf(String sql) {
        StatementCount s = bySql.get(SqlNormalizer.normalize(Objects.requireNonNull(sql, "sql")));
        return s == null ? 0 : s.executions();
    }

    /**
     * Executions per thread name, sorted by name; empty unless the counter counts per thread. Threads without a name
     * count under {@code "(unnamed)"}.
     *
     * @return the executions per thread name, an unmodifiable map
     */
    public Map<String, Long> perThread() {
        return perThread;
    }

    /** {@return the number of executions by threads beyond the most thread names counted separately (256)} */
    public long otherThreadsExecutions() {
        return otherThreadsExecutions;
    }

    /**
     * The statements run since {@code earlier}, a snapshot of the same counter taken before this one: every count
     * minus its earlier value. A count that would be negative (the snapshots were passed the wrong way round, or are of
     * different counters) is 0; statements that did not run in between are left out.
     *
     * @param earlier a snapshot of the same counter taken before this one
     * @return the counts of the statements run in between
     */
    public SqlCounts minus(SqlCounts earlier) {
        Objects.requireNonNull(earlier, "earlier");
        List<StatementCount> diff = new ArrayList<>();
        for (StatementCount s : statements) {
            StatementCount before = earlier.bySql.get(s.sql());
            long e = s.executions() - (before == null ? 0 : before.executions());
            long b = s.batchEntries() - (before == null ? 0 : before.batchEntries());
            if (e > 0 || b > 0) {
                diff.add(StatementCount.of(s.sql(), Math.max(0, e), Math.max(0, b)));
            }
        }
        Map<String, Long> threads = new TreeMap<>();
        perThread.forEach((name, n) -> {
            long d = n - earlier.perThread.getOrDefault(name, 0L);
            if (d > 0) {
                threads.put(name, d);
            }
        });
        return new SqlCounts(
                nonNegative(executions - earlier.executions),
                nonNegative(batchEntries - earlier.batchEntries),
                nonNegative(overflowExecutions - earlier.overflowExecutions),
                nonNegative(recordingFailures - earlier.recordingFailures),
                diff,
                threads,
                nonNegative(otherThreadsExecutions - earlier.otherThreadsExecutions));
    }

    private static long nonNegative(long n) {
        return Math.max(0, n);
    }

    /**
     * These counts per call of an operation that ran {@code operations} times: divide the difference of two snapshots
     * taken around the calls.
     *
     * @param operations how many times the operation ran, 1 or more
     * @return these counts divided by {@code operations}
     * @throws IllegalArgumentException if {@code operations} is not positive
     */
    public StatementsPerCall perOperation(long operations) {
        if (operations <= 0) {
            throw new IllegalArgumentException("operations must be 1 or more, got " + operations);
        }
        double ops = operations;
        List<StatementRate> rates = new ArrayList<>(statements.size());
        for (StatementCount s : statements) {
            rates.add(StatementRate.of(s.sql(), s.executions() / ops, s.batchEntries() / ops));
        }
        return new StatementsPerCall(operations, executions / ops, batchEntries / ops, overflowExecutions / ops, rates);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SqlCounts other
                && executions == other.executions
                && batchEntries == other.batchEntries
                && overflowExecutions == other.overflowExecutions
                && recordingFailures == other.recordingFailures
                && statements.equals(other.statements)
                && perThread.equals(other.perThread)
                && otherThreadsExecutions == other.otherThreadsExecutions;
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                executions,
                batchEntries,
                overflowExecutions,
                recordingFailures,
                statements,
                perThread,
                otherThreadsExecutions);
    }

    @Override
    public String toString() {
        return "SqlCounts[" + executions + " executions, " + statements.size() + " statements]";
    }
}
