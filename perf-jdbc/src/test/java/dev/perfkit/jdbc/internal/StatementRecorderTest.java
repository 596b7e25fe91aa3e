package dev.perfkit.jdbc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfkit.Counter;
import dev.perfkit.PerfRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The recorder's guarantees: exact counts from many threads, the cap on statements, and batches. */
class StatementRecorderTest {

    private static final int THREADS = 8;

    @Test
    void countsAreExactWhenManyThreadsRecordTheSameAndDifferentStatements() throws Exception {
        int perThread = 20_000;
        int shapes = 40;
        try (PerfRegistry registry = PerfRegistry.create()) {
            Counter events = registry.counter("events");
            StatementRecorder recorder = new StatementRecorder(1_000, true, events);
            Threads.run(THREADS, t -> {
                for (int i = 0; i < perThread; i++) {
                    // literals differ from call to call, so raw texts are many but shapes only 40
                    recorder.execution("SELECT * FROM t" + (i % shapes) + " WHERE id = " + (t * perThread + i));
                }
            });
            long total = (long) THREADS * perThread;
            assertEquals(total, recorder.executions());
            assertEquals(total, events.count());
            Map<String, Long> byStatement = statements(recorder);
            assertEquals(shapes, byStatement.size());
            for (int s = 0; s < shapes; s++) {
                assertEquals(total / shapes, byStatement.get("select * from t" + s + " where id = ?"), "t" + s);
            }
            Map<String, Long> byThread = new TreeMap<>();
            recorder.forEachThread(byThread::put);
            assertEquals(THREADS, byThread.size());
            byThread.values().forEach(n -> assertEquals(perThread, n));
            assertEquals(0, recorder.overflowExecutions());
        }
    }

    @Test
    void theCapHoldsUnderContentionAndEveryExecutionIsCountedOnceEitherKeptOrAsOverflow() throws Exception {
        int cap = 50;
        int perThread = 20_000;
        StatementRecorder recorder = new StatementRecorder(cap, false, Counter.noop("off"));
        Threads.run(THREADS, t -> {
            for (int i = 0; i < perThread; i++) {
                recorder.execution("select c" + ((i * 7 + t) % 500) + " from t"); // 500 shapes, 50 kept
            }
        });
        Map<String, Long> kept = statements(recorder);
        assertTrue(kept.size() <= cap, "kept " + kept.size());
        long keptExecutions = kept.values().stream().mapToLong(Long::longValue).sum();
        long total = (long) THREADS * perThread;
        assertEquals(total, recorder.executions());
        assertEquals(total, keptExecutions + recorder.overflowExecutions());
        assertTrue(recorder.overflowExecutions() > 0);
    }

    @Test
    void overflowIsCountedOnceTheTableIsFullAndKnownStatementsStillCount() {
        StatementRecorder recorder = new StatementRecorder(2, false, Counter.noop("off"));
        recorder.execution("select a from t");
        recorder.execution("select b from t");
        recorder.execution("select c from t");
        recorder.execution("select c from t where x = 1");
        recorder.execution("select a from t");
        assertEquals(Map.of("select a from t", 2L, "select b from t", 1L), statements(recorder));
        assertEquals(2, recorder.overflowExecutions());
        assertEquals(5, recorder.executions());
    }

    @Test
    void aBatchCountsOnceInAllAndOnceUnderEachDistinctStatement() {
        StatementRecorder recorder = new StatementRecorder(10, false, Counter.noop("off"));
        String[] sql = {"insert into t values (1)", "insert into t values (2)", "delete from t where id = 3"};
        recorder.batch(3, i -> sql[i], i -> 1);
        recorder.batch(1, i -> "insert into t values (?)", i -> 25);
        assertEquals(2, recorder.executions());
        assertEquals(28, recorder.batchEntries());
        List<String> rows = new ArrayList<>();
        recorder.forEachStatement((s, e, b) -> rows.add(s + " " + e + " " + b));
        rows.sort(null);
        assertEquals(List.of("delete from t where id = ? 1 1", "insert into t values (?) 2 27"), rows);
    }

    private static Map<String, Long> statements(StatementRecorder recorder) {
        Map<String, Long> out = new TreeMap<>();
        recorder.forEachStatement((sql, executions, entries) -> out.put(sql, executions));
        return out;
    }
}
