package dev.perfkit.jdbc;

import dev.perfkit.Counter;
import dev.perfkit.Perf;
import dev.perfkit.jdbc.internal.CountingListener;
import dev.perfkit.jdbc.internal.StatementRecorder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Counts the SQL statements run through a {@link DataSource}, grouped by normalized statement.
 *
 * <pre>{@code
 * SqlCounter sql = SqlCounter.wrap(h2);                    // use sql.dataSource() where the code used h2
 * SqlCounts before = sql.snapshot();
 * Map<String, List<Integer>> nPlusOne = Shop.totalsNPlusOne(sql.dataSource());
 * SqlCounts run = sql.snapshot().minus(before);            // what the call ran
 * long statements = run.executions();                      // 11: 1 + N for N = 10 customers
 * SqlReport.overBudget(run.perOperation(1), 1).ifPresent(System.out::println); // names the N+1 statement
 * }</pre>
 *
 * <p>(From {@code SqlCounterTest}, which runs it on an embedded H2 database.)
 *
 * <p>Every execution through {@link #dataSource()} (its connections, statements, prepared and callable statements)
 * is counted once, after it ran, whether it succeeded or failed; a batch counts once and its entries separately.
 * Each execution also increments an events {@link Counter}, by default {@link #EVENTS_COUNTER} of
 * {@link Perf#registry()}, so that perf-junit's budget
 * {@code @Budget(events = @Budget.Events(counter = "sql.statements", maxPerOp = 1))} limits statements per call.
 *
 * <p>Thread-safe. Recording never throws into the application, never blocks (a statement seen before costs a
 * lock-free map read and a {@link java.util.concurrent.atomic.LongAdder} increment; the JDBC proxy itself allocates
 * a little per execution), and its memory is bounded by {@link Builder#maxStatements}: executions of statements
 * beyond it count in {@link SqlCounts#overflowExecutions()}.
 */
public final class SqlCounter {

    /** The name of the events counter in {@link Perf#registry()} that {@link #wrap} increments once per execution. */
    public static final String EVENTS_COUNTER = "sql.statements";
    /** The most distinct normalized statements kept by default. */
    public static final int DEFAULT_MAX_STATEMENTS = 1_000;
    /** The most distinct normalized statements a counter may keep. */
    public static final int MAX_STATEMENTS = 100_000;

    private static final LiveCounters LIVE = new LiveCounters();

    private final DataSource dataSource;
    private final StatementRecorder recorder;

    private SqlCounter(DataSource target, StatementRecorder recorder) {
        this.recorder = recorder;
        this.dataSource = CountingListener.wrap(target, recorder);
    }

    /**
     * The counts of every counter alive now whose executions go to {@code Perf.counter(EVENTS_COUNTER)}, for the
     * explainer, keyed by the counter's recorder (which lives as long as the counting data source does).
     */
    static Map<Object, SqlCounts> liveCounts() {
        java.util.IdentityHashMap<Object, SqlCounts> out = new java.util.IdentityHashMap<>();
        for (StatementRecorder r : LIVE.snapshot()) {
            out.put(r, snapshot(r));
        }
        return out;
    }

    /**
     * Wraps {@code dataSource} with the defaults: at most {@value #DEFAULT_MAX_STATEMENTS} distinct statements, no
     * per-thread counts, and every execution counted in {@link Perf#counter Perf.counter}({@value #EVENTS_COUNTER}).
     *
     * @param dataSource the data source whose statements are counted
     * @return the counter; use its {@link #dataSource()} in place of {@code dataSource}
     */
    public static SqlCounter wrap(DataSource dataSource) {
        return builder(dataSource).build();
    }

    /**
     * Returns a builder for a counter wrapping {@code dataSource}.
     *
     * @param dataSource the data source whose statements are counted
     * @return a builder with the defaults of {@link #wrap(DataSource)}
     */
    public static Builder builder(DataSource dataSource) {
        return new Builder(Objects.requireNonNull(dataSource, "dataSource"));
    }

    /** {@return the counting data source: use it where the application would use the wrapped one} */
    public DataSource dataSource() {
        return dataSource;
    }

    /** {@return the counts so far, since this counter was created} Allocates the snapshot; never blocks writers. */
    public SqlCounts snapshot() {
        return snapshot(recorder);
    }

    private static SqlCounts snapshot(StatementRecorder recorder) {
        List<StatementCount> statements = new ArrayList<>();
        recorder.forEachStatement((sql, executions, entries) -> {
            if (executions > 0 || entries > 0) {
                statements.add(StatementCount.of(sql, executions, entries));
            }
        });
        Map<String, Long> threads = new TreeMap<>();
        recorder.forEachThread(threads::put);
        return new SqlCounts(
                recorder.executions(),
                recorder.batchEntries(),
                recorder.overflowExecutions(),
                recorder.recordingFailures(),
                statements,
                threads,
                recorder.otherThreadsExecutions());
    }

    @Override
    public String toString() {
        return "SqlCounter[" + recorder.executions() + " executions]";
    }

    /** Configures a {@link SqlCounter}; every setter validates its argument at once. Not thread-safe. */
    public static final class Builder {
        private final DataSource dataSource;
        private int maxStatements = DEFAULT_MAX_STATEMENTS;
        private boolean perThread;
        private Counter events;

        private Builder(DataSource dataSource) {
            this.dataSource = dataSource;
        }

        /**
         * The most distinct normalized statements kept, 1 to {@value SqlCounter#MAX_STATEMENTS}; executions of further
         * statements count in {@link SqlCounts#overflowExecutions()}. Memory stays below about this times 8 KB.
         *
         * @param maxStatements the most distinct statements kept, 1 to {@value SqlCounter#MAX_STATEMENTS}
         * @return this builder
         * @throws IllegalArgumentException if {@code maxStatements} is out of range
         */
        public Builder maxStatements(int maxStatements) {
            if (maxStatements < 1 || maxStatements > MAX_STATEMENTS) {
                throw new IllegalArgumentException(
                        "maxStatements must be 1 to " + MAX_STATEMENTS + ", got " + maxStatements);
            }
            this.maxStatements = maxStatements;
            return this;
        }

        /**
         * Also counts executions per thread name (at most 256 names; see {@link SqlCounts#perThread()}).
         *
         * @return this builder
         */
        public Builder perThread() {
            this.perThread = true;
            return this;
        }

        /**
         * The counter incremented once per execution, instead of {@link Perf#counter Perf.counter}
         * ({@value SqlCounter#EVENTS_COUNTER}); {@code Counter.noop(name)} increments nothing.
         *
         * @param events the counter to increment once per execution
         * @return this builder
         */
        public Builder events(Counter events) {
            this.events = Objects.requireNonNull(events, "events");
            return this;
        }

        /**
         * Wraps the data source.
         *
         * @return a new counter
         */
        public SqlCounter build() {
            Counter counter = events != null ? events : Perf.counter(EVENTS_COUNTER);
            SqlCounter sql = new SqlCounter(dataSource, new StatementRecorder(maxStatements, perThread, counter));
            if (events == null) {
                LIVE.add(sql.recorder);
            }
            return sql;
        }
    }
}
