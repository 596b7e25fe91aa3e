package dev.perfkit.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfkit.Perf;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.opentest4j.AssertionFailedError;

/** Budgets met and missed, with the exact messages users read. Fixtures run on {@link Steps}' scripted latencies. */
class BudgetVerdictTest {

    @TempDir
    Path results;

    private EngineExecutionResults run(Class<?> fixture, String... parameters) {
        String[] all = Stream.concat(Stream.of("perfkit.allocation", "off"), Stream.of(parameters))
                .toArray(String[]::new);
        return Fixtures.run(fixture, results, all);
    }

    @Test
    void passesWhenEveryBudgetIsMet() {
        EngineExecutionResults r = run(MeetsAll.class);
        r.testEvents().assertStatistics(s -> s.succeeded(1).failed(0));
        assertEquals("passed", Fixtures.entries(r).get("perf.outcome"));
        assertEquals(
                "p50 250 ns, p90 450 ns, p99 495 ns, p99.9 500 ns, max 500 ns, mean 253 ns",
                Fixtures.entries(r).get("perf.latency"));
    }

    @Test
    void failsWithEveryBudgetAndThePercentileTableInTheMessage() {
        Throwable failure = Fixtures.failures(run(MissesP99.class)).get(0);
        assertInstanceOf(AssertionFailedError.class, failure);
        assertEquals("""
        BudgetVerdictTest.MissesP99.run(): 1 of 3 performance budgets missed
          metric      measured   limit         verdict
          p99         495 ns     <= 400 ns     FAILED by 95 ns (+23.8 %)
          mean        253 ns     <= 300 ns     ok
          throughput  3960396/s  >= 1000000/s  ok
        latency     p50 250 ns, p90 450 ns, p99 495 ns, p99.9 500 ns, max 500 ns, mean 253 ns
        count       100 calls in 100 samples, throughput 3960396/s, allocation n/a (not measured: perfkit.allocation = \
        off)
        cpu         n/a (the wall clock is scripted (perfkit.ticker); CPU time is compared only with the system clock)
        warm-up     0 calls (fixed) in 0 ns
        measured    100 calls on 1 thread in 25.3 µs, each call timed, 0 ns overhead per sample removed, \
        clock resolution 0 ns""", Fixtures.withoutJvmLines(failure.getMessage()));
    }

    static Stream<Arguments> eachKindOfMissedBudget() {
        return Stream.of(
                Arguments.of(MissesMean.class, "  mean    253 ns    <= 200 ns  FAILED by 52.5 ns (+26.3 %)"),
                Arguments.of(MissesMax.class, "  max     500 ns    <= 495 ns  FAILED by 5 ns (+1.0 %)"),
                Arguments.of(MissesPercentile.class, "  p99.99  500 ns    <= 499 ns  FAILED by 1 ns (+0.2 %)"),
                Arguments.of(
                        MissesThroughput.class, "  throughput  3960396/s  >= 5000000/s  FAILED by 1039604/s (-20.8 %)"),
                Arguments.of(
                        MissesEvents.class, "  fixture.queries  2.00/op   <= 1.00/op  FAILED by 1.00/op (+100.0 %)"));
    }

    @ParameterizedTest
    @MethodSource
    void eachKindOfMissedBudget(Class<?> fixture, String row) {
        String message = Fixtures.onlyFailureMessage(run(fixture));
        List<String> lines = message.lines().toList();
        assertTrue(lines.contains(row), () -> "no row '" + row + "' in:\n" + message);
    }

    @Test
    void warnsWithoutFailingWhenBudgetsAreOnlyReported() {
        EngineExecutionResults r = run(MissesP99.class, "perfkit.budgets", "warn");
        r.testEvents().assertStatistics(s -> s.succeeded(1).failed(0));
        assertEquals("warned", Fixtures.entries(r).get("perf.outcome"));
        assertEquals(
                "495 ns <= 400 ns: FAILED by 95 ns (+23.8 %)",
                Fixtures.entries(r).get("perf.budget.p99"));
    }

    @Test
    void checksNothingWhenBudgetsAreOff() {
        EngineExecutionResults r = run(MissesP99.class, "perfkit.budgets", "off");
        r.testEvents().assertStatistics(s -> s.succeeded(1).failed(0));
        assertEquals("not checked", Fixtures.entries(r).get("perf.outcome"));
    }

    @Test
    void scalesTimeBudgetsForSlowMachines() {
        EngineExecutionResults r = run(MissesP99AndThroughput.class, "perfkit.budgets.timeScale", "1.25");
        assertEquals(
                """
        BudgetVerdictTest.MissesP99AndThroughput.run(): 1 of 2 performance budgets missed
          metric      measured   limit         verdict
          p99         495 ns     <= 500 ns     ok
          throughput  3960396/s  >= 4000000/s  FAILED by 39604/s (-1.0 %)
          time limits scaled by 1.25 (perfkit.budgets.timeScale)""",
                Fixtures.onlyFailureMessage(r)
                        .lines()
                        .limit(5)
                        .reduce((a, b) -> a + "\n" + b)
                        .orElseThrow());
    }

    @Test
    void callsAllocationUnsupportedInsteadOfFailingWhereItCannotBeMeasured() {
        EngineExecutionResults r = run(LimitsAllocation.class);
        r.testEvents().assertStatistics(s -> s.succeeded(1).failed(0));
        assertEquals("n/a <= 0 B/op: unsupported", Fixtures.entries(r).get("perf.budget.allocation"));
    }

    static class MeetsAll {
        static final Steps STEPS = new Steps();

        @Test
        @PerfTest(warmupIterations = 0, iterations = 100)
        @Budget(
                p50 = "250ns",
                p90 = "450ns",
                p99 = "495ns",
                p999 = "500ns",
                max = "500ns",
                mean = "253ns",
                throughput = "3900000/s",
                percentiles = @Budget.Percentile(value = 99.99, max = "500ns"))
        void run() {
            STEPS.next();
        }
    }

    static class MissesP99 {
        static final Steps STEPS = new Steps();

        @Test
        @PerfTest(warmupIterations = 0, iterations = 100)
        @Budget(p99 = "400ns", mean = "300ns", throughput = "1000000/s")
        void run() {
            STEPS.next();
        }
    }

    static class MissesP99AndThroughput {
        static final Steps STEPS = new Steps();

        @Test
        @PerfTest(warmupIterations = 0, iterations = 100)
        @Budget(p99 = "400ns", throughput = "5000000/s")
        void run() {
            STEPS.next();
        }
    }

    static class MissesMean {
        static final Steps STEPS = new Steps();

        @Test
        @PerfTest(warmupIterations = 0, iterations = 100)
        @Budget(p50 = "250ns", mean = "200ns")
        void run() {
            STEPS.next();
        }
    }

    static class MissesMax {
        static final Steps STEPS = new Steps();

        @Test
        @PerfTest(warmupIterations = 0, iterations = 100)
        @Budget(max = "495ns")
        void run() {
            STEPS.next();
        }
    }

    static class MissesPercentile {
        static final Steps STEPS = new Steps();

        @Test
        @PerfTest(warmupIterations = 0, iterations = 100)
        @Budget(percentiles = @Budget.Percentile(value = 99.99, max = "499ns"))
        void run() {
            STEPS.next();
        }
    }

    static class MissesThroughput {
        static final Steps STEPS = new Steps();

        @Test
        @PerfTest(warmupIterations = 0, iterations = 100)
        @Budget(p99 = "1ms", throughput = "5000000/s")
        void run() {
            STEPS.next();
        }
    }

    static class MissesEvents {
        static final Steps STEPS = new Steps();

        @Test
        @PerfTest(warmupIterations = 5, iterations = 100)
        @Budget(events = @Budget.Events(counter = "fixture.queries", maxPerOp = 1))
        void run() {
            STEPS.next();
            Perf.counter("fixture.queries").increment(2);
        }
    }

    static class LimitsAllocation {
        static final Steps STEPS = new Steps();

        @Test
        @PerfTest(warmupIterations = 0, iterations = 100)
        @Budget(allocation = "0B/op")
        void run() {
            STEPS.next();
        }
    }
}
