package dev.perfkit.jdbc.internal;

import dev.perfkit.Counter;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;

/**
 * Counts JDBC executions by normalized statement, in bounded memory, without locks once a statement is known.
 *
 * <p>Guarantees:
 *
 * <ol>
 *   <li>Every execution counts once in {@link #executions()} and once in the events counter, and once under each
 *       normalized statement it ran (a plain {@code Statement} batch of two different statements counts under both);
 *       a batch's entries count in {@link #batchEntries()} and under their statements.
 *   <li>At most {@code maxStatements} normalized statements are kept; executions of further statements count in
 *       {@link #overflowExecutions()} (and in the totals). At most {@code maxStatements} raw SQL strings of at most
 *       {@link #MAX_RAW_CHARS} characters are remembered to skip normalizing them again. Memory stays below about
 *       {@code maxStatements} times 8 KB.
 *   <li>Recording is thread-safe; counts are {@link LongAdder}s, so writers never wait for each other. A count read
 *       after the executions it covers have returned is exact; a read while statements run may see one execution in
 *       one count and not yet in another.
 *   <li>Nothing here throws into the application: the listener catches what this class might throw and counts it in
 *       {@link #recordingFailures()}.
 * </ol>
 */
public final class StatementRecorder {

    /** The longest raw SQL text remembered for its normalized statement; longer text is normalized every time. */
    public static final int MAX_RAW_CHARS = 2_000;
    /** The most thread names counted separately when counting per thread. */
    public static final int MAX_THREADS = 256;
    /** The name under which threads without a name count. */
    public static final String UNNAMED_THREAD = "(unnamed)";

    private static final StatementCell OVERFLOW = new StatementCell("");

    private final BoundedTable<String, StatementCell> statements;
    private final BoundedTable<String, StatementCell> rawSql;
    private final BoundedTable<String, LongAdder> threads;
    private final LongAdder executions = new LongAdder();
    private final LongAdder batchEntries = new LongAdder();
    private final LongAdder overflowExecutions = new LongAdder();
    private final LongAdder otherThreads = new LongAdder();
    private final LongAdder failures = new LongAdder();
    private final Counter events;

    /**
     * @param maxStatements the most normalized statements kept, 1 or more
     * @param perThread whether to count executions per thread name
     * @param events a counter incremented once per execution
     */
    public StatementRecorder(int maxStatements, boolean perThread, Counter events) {
        this.statements = new BoundedTable<>(maxStatements, StatementCell::new);
        this.rawSql = new BoundedTable<>(maxStatements, this::cellOf);
        this.threads = perThread ? new BoundedTable<>(MAX_THREADS, name -> new LongAdder()) : null;
        this.events = events;
    }

    /** Records one execution of one SQL text ({@code execute}, {@code executeQuery}, {@code executeUpdate}). */
    public void execution(String sql) {
        StatementCell cell = cell(sql);
        (cell == OVERFLOW ? overflowExecutions : cell.executions).increment();
        executed();
    }

    /**
     * Records one batch execution ({@code executeBatch}) of {@code parts} SQL texts: a prepared statement's batch is
     * one part with as many entries as parameter sets; a plain statement's batch is one part per added SQL string.
     *
     * @param sqlAt the SQL text of part {@code i}
     * @param entriesAt the entries of part {@code i}, 0 or more
     */
    public void batch(int parts, IntFunction<String> sqlAt, IntUnaryOperator entriesAt) {
        Map<StatementCell, Boolean> seen = parts > 1 ? new IdentityHashMap<>() : null;
        boolean overflowed = false;
        for (int i = 0; i < parts; i++) {
            StatementCell cell = cell(sqlAt.apply(i));
            int entries = Math.max(0, entriesAt.applyAsInt(i));
            batchEntries.add(entries);
            if (cell == OVERFLOW) {
                overflowed = true;
                continue;
            }
            cell.batchEntries.add(entries);
            if (seen == null || seen.put(cell, Boolean.TRUE) == null) {
                cell.executions.increment();
            }
        }
        if (overflowed) {
            overflowExecutions.increment();
        }
        executed();
    }

    /** Counts a failure of the recording itself (never of the statement), which was swallowed. */
    public void recordingFailed() {
        failures.increment();
    }

    private void executed() {
        executions.increment();
        if (threads != null) {
            String name = Thread.currentThread().getName();
            LongAdder mine = threads.get(name.isEmpty() ? UNNAMED_THREAD : name);
            (mine == null ? otherThreads : mine).increment();
        }
        events.increment();
    }

    private StatementCell cell(String sql) {
        String text = sql == null ? "" : sql;
        StatementCell cell = text.length() <= MAX_RAW_CHARS ? rawSql.get(text) : null;
        return cell != null ? cell : cellOf(text);
    }

    /** The cell of the normalized statement of {@code sql}, or {@link #OVERFLOW} when the table is full. */
    private StatementCell cellOf(String sql) {
        StatementCell cell = statements.get(SqlNormalizer.normalize(sql));
        return cell == null ? OVERFLOW : cell;
    }

    /** Executions recorded: one per JDBC execute call, a batch counting once. */
    public long executions() {
        return executions.sum();
    }

    /** Entries carried by batch executions. */
    public long batchEntries() {
        return batchEntries.sum();
    }

    /** Executions of statements that found the table full. */
    public long overflowExecutions() {
        return overflowExecutions.sum();
    }

    /** Executions by threads whose names found the per-thread table full. */
    public long otherThreadsExecutions() {
        return otherThreads.sum();
    }

    /** Failures of the recording that were swallowed. */
    public long recordingFailures() {
        return failures.sum();
    }

    /** Whether executions are counted per thread. */
    public boolean perThread() {
        return threads != null;
    }

    /** Calls {@code visitor} once per kept statement with its current counts. */
    public void forEachStatement(StatementVisitor visitor) {
        for (Map.Entry<String, StatementCell> e : statements.entries()) {
            visitor.visit(
                    e.getKey(),
                    e.getValue().executions.sum(),
                    e.getValue().batchEntries.sum());
        }
    }

    /** Calls {@code visitor} once per counted thread name with its executions; nothing when not counting per thread. */
    public void forEachThread(ThreadVisitor visitor) {
        if (threads != null) {
            for (Map.Entry<String, LongAdder> e : threads.entries()) {
                visitor.visit(e.getKey(), e.getValue().sum());
            }
        }
    }

    /** Receives one statement's counts. */
    @FunctionalInterface
    public interface StatementVisitor {
        /** One normalized statement's executions and batch entries. */
        void visit(String sql, long executions, long batchEntries);
    }

    /** Receives one thread's executions. */
    @FunctionalInterface
    public interface ThreadVisitor {
        /** One thread name's executions. */
        void visit(String thread, long executions);
    }
}
