package dev.perfkit.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.perfkit.junit.Budget;
import dev.perfkit.junit.PerfTest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * perf-junit's events budget limits SQL statements per call today: {@link SqlCounter#wrap} increments
 * {@code Perf.counter("sql.statements")} once per execution, and {@code @Budget(events = ...)} reads that counter
 * before and after the measured calls. The fixtures run through the Jupiter engine as a user's tests would.
 */
class EventsBudgetTest {

    /** The counted shop database the fixtures use. */
    static final DataSource DB = SqlCounter.wrap(Shop.database()).dataSource();

    @TempDir
    Path results;

    private EngineExecutionResults run(Class<?> fixture) {
        return EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(fixture))
                .configurationParameter("perfkit.jvm.watch", "off")
                .configurationParameter("perfkit.allocation", "off")
                .configurationParameter("perfkit.profile", "off")
                .configurationParameter("perfkit.results.dir", results.toString())
                .execute();
    }

    @Test
    void theNPlusOneRepositoryFailsABudgetOfOneStatementPerCall() {
        EngineExecutionResults r = run(NPlusOne.class);
        r.testEvents().assertStatistics(s -> s.succeeded(0).failed(1));
        List<Throwable> failures = r.testEvents().failed().stream()
                .map(e -> e.getRequiredPayload(TestExecutionResult.class)
                        .getThrowable()
                        .orElseThrow())
                .toList();
        String message = failures.get(0).getMessage();
        assertTrue(message.startsWith("EventsBudgetTest.NPlusOne.totals(): 1 of 1 performance budget missed"), message);
        assertTrue(
                message.lines()
                        .anyMatch("  sql.statements  11.0/op   <= 1.00/op  FAILED by 10.0/op (+1000.0 %)"::equals),
                message);
        assertTrue(message.lines().anyMatch("events      sql.statements 11.0/op"::equals), message);
    }

    @Test
    void theJoinMeetsIt() {
        EngineExecutionResults r = run(Join.class);
        r.testEvents().assertStatistics(s -> s.succeeded(1).failed(0));
        Map<String, String> entries = r.allEvents().reportingEntryPublished().stream()
                .map(Event::getPayload)
                .map(p -> (ReportEntry) p.orElseThrow())
                .flatMap(e -> e.getKeyValuePairs().entrySet().stream())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a + " | " + b));
        assertEquals("1.00/op <= 1.00/op: ok", entries.get("perf.budget.sql.statements"));
        assertEquals("passed", entries.get("perf.outcome"));
    }

    @Test
    void theShorthandNamesTheRepeatedStatement() {
        EngineExecutionResults r = run(NPlusOneSql.class);
        r.testEvents().assertStatistics(s -> s.succeeded(0).failed(1));
        String message = r.testEvents().failed().stream()
                .map(e -> e.getRequiredPayload(TestExecutionResult.class)
                        .getThrowable()
                        .orElseThrow())
                .toList()
                .get(0)
                .getMessage();
        assertTrue(
                message.lines()
                        .anyMatch("  sql.statements  11.0/op   <= 1.00/op  FAILED by 10.0/op (+1000.0 %)"::equals),
                message);
        assertTrue(
                message.contains("\n  `select ... from orders where customer_id = ? order by id` ran 10 times per "
                        + "call (budget 1 statement per call): N+1 — fetch with a join or a batch\n"
                        + "  11 statements per call over 20 "
                        + "calls"),
                message);
    }

    @Test
    void aComparisonReportsStatementsPerCallBeforeAndAfter() {
        EngineExecutionResults r = EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(NPlusOneAgainstJoin.class))
                .configurationParameter("perfkit.jvm.watch", "off")
                .configurationParameter("perfkit.allocation", "off")
                .configurationParameter("perfkit.compare.warmup", "0ms")
                .configurationParameter("perfkit.compare.round", "1ms")
                .configurationParameter("perfkit.results.dir", results.toString())
                .execute();
        Map<String, String> entries = r.allEvents().reportingEntryPublished().stream()
                .map(Event::getPayload)
                .map(p -> (ReportEntry) p.orElseThrow())
                .flatMap(e -> e.getKeyValuePairs().entrySet().stream())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a + " | " + b));
        String sql = entries.get("perf.compare.sql.statements");
        assertTrue(
                sql != null && sql.startsWith("11.0/op -> 1.00/op: 91% fewer; 11.00x [11.00x, 11.00x]"),
                () -> String.valueOf(entries));
        assertTrue(sql.endsWith("budget: at least 5x fewer: **PASS**"), sql);
    }

    static class NPlusOneSql {
        @Test
        @PerfTest(warmupIterations = 3, iterations = 20)
        @Budget(sql = "1/op")
        void totals() {
            Shop.totalsNPlusOne(DB);
        }
    }

    static class NPlusOneAgainstJoin {
        @Test
        @dev.perfkit.junit.Compare
        @dev.perfkit.junit.RelativeBudget(sql = "5x fewer")
        void totals() {}

        @dev.perfkit.junit.Baseline
        Object nPlusOne() {
            return Shop.totalsNPlusOne(DB);
        }

        @dev.perfkit.junit.Candidate
        Object join() {
            return Shop.totalsJoin(DB);
        }
    }

    static class NPlusOne {
        @Test
        @PerfTest(warmupIterations = 3, iterations = 20)
        @Budget(events = @Budget.Events(counter = SqlCounter.EVENTS_COUNTER, maxPerOp = 1))
        void totals() {
            Shop.totalsNPlusOne(DB);
        }
    }

    static class Join {
        @Test
        @PerfTest(warmupIterations = 3, iterations = 20)
        @Budget(events = @Budget.Events(counter = SqlCounter.EVENTS_COUNTER, maxPerOp = 1))
        void totals() {
            Shop.totalsJoin(DB);
        }
    }
}
