package dev.perfkit.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfkit.junit.json.JsonReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * CPU time against wall time on scripted clocks: a call takes 1000 ns of wall time ({@link ScriptedTicker}) of which
 * it spends 400 ns on CPU ({@link ScriptedCpu}), so every figure is exact: 400 ns of CPU per call, 60 % of the time
 * waiting. The real clock is read only by the JVM's {@code ThreadMXBean}, which these tests never use.
 */
class CpuTimeTest {

    private static final String CPU_LINE =
            "cpu         400 ns per call of 1.00 µs wall: 60 % of the time waiting (I/O, "
                    + "locks, sleep, or for a core)";

    @TempDir
    Path results;

    private EngineExecutionResults run(Class<?> fixture, String... parameters) {
        String[] all = Stream.concat(
                        Stream.of("perfkit.allocation", "off", "perfkit.cpu.ticker", ScriptedCpu.class.getName()),
                        Stream.of(parameters))
                .toArray(String[]::new);
        return Fixtures.run(fixture, results, all);
    }

    @Test
    void failsAMissedCpuBudgetNamingTheCpuTimeAndTheShareOffCpu() {
        String message = Fixtures.onlyFailureMessage(run(MissesCpu.class));
        assertEquals("""
        CpuTimeTest.MissesCpu.run(): 1 of 1 performance budget missed
          metric  measured  limit      verdict
          cpu     400 ns    <= 300 ns  FAILED by 100 ns (+33.3 %)
        latency     p50 1.00 µs, p90 1.00 µs, p99 1.00 µs, p99.9 1.00 µs, max 1.00 µs, mean 1.00 µs
        count       100 calls in 100 samples, throughput 1000000/s, allocation n/a (not measured: perfkit.allocation = \
        off)
        """ + CPU_LINE + """

        warm-up     10 calls (fixed) in 10.0 µs
        measured    100 calls on 1 thread in 100 µs, each call timed, 0 ns overhead per sample removed, clock \
        resolution 0 ns""", Fixtures.withoutJvmLines(message));
    }

    @Test
    void passesAMetCpuBudgetAndReportsItInTheEntriesAndTheJson() throws IOException {
        EngineExecutionResults r = run(MeetsCpu.class);
        r.testEvents().assertStatistics(s -> s.succeeded(1).failed(0));
        Map<String, String> entries = Fixtures.entries(r);
        assertEquals(CPU_LINE.substring("cpu         ".length()), entries.get("perf.cpu"));
        assertEquals("400 ns <= 500 ns: ok", entries.get("perf.budget.cpu"));
        Map<String, Object> root =
                JsonReader.object(JsonReader.read(Files.readString(Path.of(entries.get("perf.result")))));
        Map<String, Object> cpu =
                JsonReader.object(JsonReader.object(root.get("results")).get("cpu"));
        assertEquals(400.0, ((Number) cpu.get("nanosPerOp")).doubleValue(), 1e-9);
        assertEquals(0.6, ((Number) cpu.get("offCpuShare")).doubleValue(), 1e-9);
        assertEquals(40_000L, ((Number) cpu.get("cpuNanos")).longValue());
        assertEquals(100_000L, ((Number) cpu.get("spanNanos")).longValue());
        assertEquals(null, cpu.get("unsupported"));
    }

    @Test
    void theTimeScaleStretchesTheCpuBudget() {
        run(MissesCpu.class, "perfkit.budgets.timeScale", "2")
                .testEvents()
                .assertStatistics(s -> s.succeeded(1).failed(0));
    }

    @Test
    void theConsoleLineCarriesTheCpuTime() {
        java.io.PrintStream original = System.out;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            run(MeetsCpu.class);
        } finally {
            System.setOut(original);
        }
        String console = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(
                console.contains("[perfkit] CpuTimeTest.MeetsCpu.run(): p50 1.00 µs, p90 1.00 µs, p99 1.00 µs, "
                        + "p99.9 1.00 µs, max 1.00 µs, mean 1.00 µs, allocation n/a, cpu 400 ns/op (60 % "
                        + "waiting) -- passed"),
                console);
    }

    @Test
    void sumsCpuOverThreadsAgainstThreadsTimesWall() {
        EngineExecutionResults r = run(MeetsCpuOnThreeThreads.class);
        r.testEvents().assertStatistics(s -> s.succeeded(1).failed(0));
        assertEquals(
                "400 ns per call of 1.00 µs wall (3 threads: CPU summed, against 3 x wall): 60 % of the time "
                        + "waiting (I/O, locks, sleep, or for a core)",
                Fixtures.entries(r).get("perf.cpu"));
    }

    @Test
    void forksHandTheirCpuTimeToTheParentWhichAddsThem() {
        EngineExecutionResults r = run(MeetsCpuInTwoForks.class);
        r.testEvents().assertStatistics(s -> s.succeeded(1).failed(0));
        assertEquals(
                CPU_LINE.substring("cpu         ".length()), Fixtures.entries(r).get("perf.cpu"));
        assertTrue(
                Fixtures.entries(r).get("perf.measured").startsWith("200 calls on 1 thread in 200 µs in 2 forks"),
                Fixtures.entries(r).get("perf.measured"));
    }

    @Test
    void aCpuBudgetIsUnsupportedNotFailedWhereCpuTimeIsNotMeasured() {
        EngineExecutionResults off = run(MissesCpu.class, "perfkit.cpu", "off");
        off.testEvents().assertStatistics(s -> s.succeeded(1).failed(0));
        assertEquals(
                "n/a (not measured: perfkit.cpu = off)", Fixtures.entries(off).get("perf.cpu"));
        assertEquals("n/a <= 300 ns: unsupported", Fixtures.entries(off).get("perf.budget.cpu"));

        EngineExecutionResults scripted = Fixtures.run(MissesCpu.class, results, "perfkit.allocation", "off");
        scripted.testEvents().assertStatistics(s -> s.succeeded(1).failed(0));
        assertEquals(
                "n/a (the wall clock is scripted (perfkit.ticker); CPU time is compared only with the system "
                        + "clock)",
                Fixtures.entries(scripted).get("perf.cpu"));
    }

    @Test
    void aPacedRunSaysWhyItHasNoCpuTime() {
        EngineExecutionResults r = run(Paced.class);
        r.testEvents().assertStatistics(s -> s.succeeded(1).failed(0));
        assertEquals(
                "n/a (not measured in a paced run (rate): its threads wait between calls)",
                Fixtures.entries(r).get("perf.cpu"));
    }

    @Test
    void aComparisonReportsCpuTimePerCallAndJudgesARelativeCpuBudget() throws IOException {
        EngineExecutionResults r = CompareVerdictTest.run(
                TenTimesLessCpu.class, results, "perfkit.cpu.ticker", ScriptedCpu.class.getName());
        r.testEvents().assertStatistics(s -> s.succeeded(1).failed(0));
        assertEquals(
                "1.00µs -> 100ns: 90% less; 10.00x [10.00x, 10.00x] at 98.33% confidence over 20 rounds; budget: "
                        + "at least 5x less: **PASS**",
                Fixtures.entries(r).get("perf.compare.cpu"));
        String report = Files.readString(results.resolve(TenTimesLessCpu.class.getName() + ".waits.compare.md"));
        assertTrue(
                report.contains("| CPU time (per call) | 1.00µs          | 100ns           | 90% less              |"),
                report);
        assertTrue(
                report.contains("| Response time (p50) | 1.00µs          | 1.00µs          | no significant change |"),
                report);
        assertTrue(
                report.contains(
                        "each call timed, 0 ns overhead per sample removed; 0 % of the measured time off CPU\n"),
                report);
        assertTrue(
                report.contains(
                        "each call timed, 0 ns overhead per sample removed; 90 % of the measured time off CPU\n"),
                report);
    }

    @Test
    void aMissedRelativeCpuBudgetFailsTheComparison() {
        EngineExecutionResults r = CompareVerdictTest.run(
                TwentyTimesLessCpu.class, results, "perfkit.cpu.ticker", ScriptedCpu.class.getName());
        String message = Fixtures.onlyFailureMessage(r);
        assertTrue(
                message.contains("CPU time (per call): 10.00x [10.00x, 10.00x] at 98.33% confidence over 20 rounds; "
                        + "budget: at least 20x less: **FAIL**"),
                message);
    }

    /** 1000 ns of wall time per call, 400 ns of it on CPU. */
    static void call() {
        ScriptedTicker.advance(1000);
        ScriptedCpu.use(400);
    }

    static class MissesCpu {
        @Test
        @PerfTest(warmupIterations = 10, iterations = 100)
        @Budget(cpu = "300ns")
        void run() {
            call();
        }
    }

    static class MeetsCpu {
        @Test
        @PerfTest(warmupIterations = 10, iterations = 100)
        @Budget(cpu = "500ns")
        void run() {
            call();
        }
    }

    static class MeetsCpuInTwoForks {
        @Test
        @PerfTest(warmupIterations = 10, iterations = 100, forks = 2)
        @Budget(cpu = "500ns")
        void run() {
            call();
        }
    }

    static class MeetsCpuOnThreeThreads {
        @Test
        @PerfTest(warmupIterations = 10, iterations = 100, threads = 3)
        @Budget(cpu = "500ns")
        void run() {
            call();
        }
    }

    static class Paced {
        @Test
        @PerfTest(warmupIterations = 0, iterations = 5, rate = "1000000/s")
        void run() {
            call();
        }
    }

    /** Both sides take 1000 ns of wall time; the baseline spins through all of it, the candidate waits for 90 %. */
    static class TenTimesLessCpu {
        @Test
        @Compare(bottleneck = "Polls the queue in a loop.", change = "Blocks on the queue instead.")
        @RelativeBudget(cpu = "5x less")
        void waits() {}

        @Baseline
        int spin() {
            ScriptedTicker.advance(1000);
            ScriptedCpu.use(1000);
            return 1;
        }

        @Candidate
        int block() {
            ScriptedTicker.advance(1000);
            ScriptedCpu.use(100);
            return 1;
        }
    }

    static class TwentyTimesLessCpu extends TenTimesLessCpu {
        @Override
        @Test
        @Compare(bottleneck = "Polls the queue in a loop.", change = "Blocks on the queue instead.")
        @RelativeBudget(cpu = "20x less")
        void waits() {}
    }
}
