package dev.perfkit.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** Lifecycle, test templates, parallel runs and the result files. */
class LifecycleAndTemplateTest {

    @TempDir
    Path results;

    @Test
    void runsBeforeEachAndAfterEachOnceAroundTheWholeBenchmark() {
        Lifecycle.EVENTS.set(0);
        Fixtures.run(Lifecycle.class, results).testEvents().assertStatistics(s -> s.succeeded(1));
        assertEquals(1, Lifecycle.BEFORE.get());
        assertEquals(1, Lifecycle.AFTER.get());
        assertEquals(15, Lifecycle.CALLS.get(), "5 warm-up and 10 measured calls, nothing else");
    }

    @Test
    void benchmarksEveryInvocationOfAParameterizedTest() throws IOException {
        EngineExecutionResults r = Fixtures.run(Parameterized.class, results);
        r.testEvents().assertStatistics(s -> s.succeeded(2).failed(1));
        assertTrue(Fixtures.onlyFailureMessage(r).startsWith("""
                            LifecycleAndTemplateTest.Parameterized.run(int): 1 of 1 performance budget missed
                              metric  measured  limit      verdict
                              p99     300 ns    <= 250 ns  FAILED by 50 ns (+20.0 %)
                            """));
        String prefix = Parameterized.class.getName() + ".run";
        try (var files = Files.list(results)) {
            assertEquals(
                    List.of(
                            prefix + "[1].html",
                            prefix + "[1].json",
                            prefix + "[2].html",
                            prefix + "[2].json",
                            prefix + "[3].html",
                            prefix + "[3].json",
                            "index.html",
                            "summary.json",
                            "summary.md"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void benchmarksEveryRepetition() {
        Fixtures.run(Repeated.class, results)
                .testEvents()
                .assertStatistics(s -> s.succeeded(3).failed(0));
    }

    @Test
    void keepsTestsApartWhenJUnitRunsThemInParallel() {
        EngineExecutionResults r = Fixtures.run(
                Parallel.class,
                results,
                "junit.jupiter.execution.parallel.enabled",
                "true",
                "junit.jupiter.execution.parallel.mode.default",
                "concurrent");
        r.testEvents().assertStatistics(s -> s.succeeded(3).failed(1));
        assertTrue(Fixtures.onlyFailureMessage(r).startsWith("LifecycleAndTemplateTest.Parallel.slow(): "));
    }

    @Test
    void writesTheResultAsJson() throws IOException {
        Fixtures.run(Lifecycle.class, results);
        String json = Files.readString(results.resolve(Lifecycle.class.getName() + ".run.json"));
        assertTrue(
                json.startsWith("{\n  \"schema\": \"perfkit-junit-result/1\",\n  \"test\": {\n    \"class\": \""
                        + Lifecycle.class.getName() + "\",\n    \"method\": \"run\","),
                json);
        assertTrue(json.contains("\"percentilesNanos\": {\n      \"50\": 100,\n      \"90\": 100,"), json);
        assertTrue(
                json.contains("\"budgets\": [\n    {\n      \"metric\": \"percentile\",\n      \"name\": \"p99\",\n"
                        + "      \"comparison\": \"<=\",\n      \"limit\": 1000,\n      \"measured\": 100,\n      "
                        + "\"unit\": \"ns\",\n"
                        + "      \"verdict\": \"ok\"\n    }\n  ],"),
                json);
        assertTrue(json.endsWith("\"outcome\": \"passed\"\n}\n"), json);
    }

    static class Lifecycle {
        static final AtomicInteger EVENTS = new AtomicInteger();
        static final AtomicInteger BEFORE = new AtomicInteger();
        static final AtomicInteger AFTER = new AtomicInteger();
        static final AtomicInteger CALLS = new AtomicInteger();

        @BeforeEach
        void before() {
            BEFORE.set(1);
            AFTER.set(0);
            CALLS.set(0);
        }

        @Test
        @PerfTest(warmupIterations = 5, iterations = 10)
        @Budget(p99 = "1us")
        void run() {
            CALLS.incrementAndGet();
            if (BEFORE.get() != 1 || AFTER.get() != 0) {
                throw new AssertionError("the body ran outside @BeforeEach ... @AfterEach");
            }
            ScriptedTicker.advance(100);
        }

        @AfterEach
        void after() {
            AFTER.incrementAndGet();
        }
    }

    static class Parameterized {
        @ParameterizedTest
        @ValueSource(ints = {100, 200, 300})
        @PerfTest(warmupIterations = 0, iterations = 20)
        @Budget(p99 = "250ns")
        void run(int nanos) {
            ScriptedTicker.advance(nanos);
        }
    }

    static class Repeated {
        @RepeatedTest(3)
        @PerfTest(warmupIterations = 2, iterations = 20)
        @Budget(max = "100ns")
        void run() {
            ScriptedTicker.advance(100);
        }
    }

    @PerfTest(warmupIterations = 10, iterations = 200)
    static class Parallel {
        @Test
        @Budget(p99 = "100ns")
        void a() {
            ScriptedTicker.advance(100);
        }

        @Test
        @Budget(p99 = "200ns")
        void b() {
            ScriptedTicker.advance(200);
        }

        @Test
        @PerfTest(warmupIterations = 10, iterations = 200, threads = 3)
        @Budget(max = "300ns")
        void threads() {
            ScriptedTicker.advance(300);
        }

        @Test
        @Budget(p50 = "100ns")
        void slow() {
            ScriptedTicker.advance(400);
        }
    }
}
