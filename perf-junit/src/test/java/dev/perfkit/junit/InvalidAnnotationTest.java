package dev.perfkit.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Invalid attributes and settings fail the test before the body runs, naming test, attribute, value and forms. */
class InvalidAnnotationTest {

    private static final AtomicInteger BODY_CALLS = new AtomicInteger();

    @TempDir
    Path results;

    static Stream<Arguments> rejects() {
        String durations = "a number and a unit, one of ns, us, µs, ms, s (e.g. '250us', '1.5 ms', '2s')";
        return Stream.of(
                Arguments.of(
                        BadWarmup.class,
                        "@PerfTest(warmup = \"5 sec\") on InvalidAnnotationTest.BadWarmup.run(): "
                                + "expected a duration: " + durations + ", got '5 sec'"),
                Arguments.of(
                        BadRate.class,
                        "@PerfTest(rate = \"fast\") on InvalidAnnotationTest.BadRate.run(): "
                                + "expected a rate: a positive number followed by /s (e.g. '5000/s', '2.5/s'), got "
                                + "'fast'"),
                Arguments.of(
                        NoThreads.class,
                        "@PerfTest(threads = 0) on InvalidAnnotationTest.NoThreads.run(): " + "must be from 1 to 512"),
                Arguments.of(
                        NoIterations.class,
                        "@PerfTest(iterations = 0) on InvalidAnnotationTest.NoIterations.run(): "
                                + "must be at least 1 (or -1, the default, for not set)"),
                Arguments.of(
                        TwoWarmups.class,
                        "@PerfTest on InvalidAnnotationTest.TwoWarmups.run(): set at most one of "
                                + "warmup and warmupIterations, got warmup = \"1s\" and warmupIterations = 10"),
                Arguments.of(
                        TwoMeasures.class,
                        "@PerfTest on InvalidAnnotationTest.TwoMeasures.run(): set at most one of "
                                + "duration and iterations, got duration = \"1s\" and iterations = 10"),
                Arguments.of(
                        CapWithoutSteady.class,
                        "@PerfTest on InvalidAnnotationTest.CapWithoutSteady.run(): "
                                + "warmupCap applies only to the warm-up until steady, but warmupIterations is set"),
                Arguments.of(
                        BadP99.class,
                        "@Budget(p99 = \"2\") on InvalidAnnotationTest.BadP99.run(): " + "expected a duration: "
                                + durations + ", got '2'"),
                Arguments.of(
                        BadCpu.class,
                        "@Budget(cpu = \"200 micros\") on InvalidAnnotationTest.BadCpu.run(): "
                                + "expected a duration: " + durations + ", got '200 micros'"),
                Arguments.of(
                        PacedCpu.class,
                        "@Budget(cpu = \"1ms\") on InvalidAnnotationTest.PacedCpu.run(): CPU time "
                                + "is not measured in a paced run (rate set): its threads wait between calls; budget "
                                + "CPU time in a "
                                + "closed-loop @PerfTest (without rate)"),
                Arguments.of(
                        ZeroCpu.class,
                        "@Budget(cpu = \"0ns\") on InvalidAnnotationTest.ZeroCpu.run(): "
                                + "must be at least 1 ns (a smaller limit rounds to 0 and can never be met)"),
                Arguments.of(
                        BadThroughput.class,
                        "@Budget(throughput = \"5000\") on InvalidAnnotationTest.BadThroughput"
                                + ".run(): expected a rate: a positive number followed by /s (e.g. '5000/s', '2.5/s'), "
                                + "got '5000'"),
                Arguments.of(
                        BadAllocation.class,
                        "@Budget(allocation = \"1 KB per op\") on InvalidAnnotationTest"
                                + ".BadAllocation.run(): expected a byte count: a number and a unit, one of B, KB, "
                                + "KiB, MB, MiB, GB, GiB "
                                + "(e.g. '512B', '1KB', '1.5 MiB'), optionally followed by /op (e.g. '1KB/op'), got '1 "
                                + "KB per op'"),
                Arguments.of(
                        BadPercentile.class,
                        "@Budget(percentiles = @Percentile(value = 0.0, max = \"1ms\")) on "
                                + "InvalidAnnotationTest.BadPercentile.run(): value must be greater than 0 and at most "
                                + "100"),
                Arguments.of(
                        BlankCounter.class,
                        "@Budget(events = @Events(counter = \" \", maxPerOp = 1.0)) on "
                                + "InvalidAnnotationTest.BlankCounter.run(): counter must not be blank"),
                Arguments.of(
                        EmptyBudget.class,
                        "@Budget on InvalidAnnotationTest.EmptyBudget.run(): sets no limit; give "
                                + "at least one attribute, such as p99 = \"2ms\""),
                Arguments.of(
                        BudgetAlone.class,
                        "@Budget on InvalidAnnotationTest.BudgetAlone.run() needs @PerfTest to run "
                                + "as a benchmark"));
    }

    @ParameterizedTest
    @MethodSource
    void rejects(Class<?> fixture, String message) {
        BODY_CALLS.set(0);
        Throwable failure = Fixtures.failures(Fixtures.run(fixture, results)).get(0);
        assertInstanceOf(ExtensionConfigurationException.class, failure);
        assertEquals(message, failure.getMessage());
        assertEquals(0, BODY_CALLS.get(), "the body must not run");
    }

    @Test
    void reportsEveryBadValueOfATestAtOnce() {
        BODY_CALLS.set(0);
        Throwable failure = Fixtures.onlyFailure(Fixtures.run(ManyBadValues.class, results));
        assertInstanceOf(ExtensionConfigurationException.class, failure);
        String durations = "a number and a unit, one of ns, us, µs, ms, s (e.g. '250us', '1.5 ms', '2s')";
        assertEquals(
                "4 problems in the annotations of InvalidAnnotationTest.ManyBadValues.run():\n"
                        + "  - @PerfTest(warmup = \"5 sec\") on InvalidAnnotationTest.ManyBadValues.run(): expected a "
                        + "duration: "
                        + durations + ", got '5 sec'\n"
                        + "  - @PerfTest(threads = 0) on InvalidAnnotationTest.ManyBadValues.run(): must be from 1 to "
                        + "512\n"
                        + "  - @Budget(p99 = \"2\") on InvalidAnnotationTest.ManyBadValues.run(): expected a duration: "
                        + durations
                        + ", got '2'\n"
                        + "  - @Budget(throughput = \"5000\") on InvalidAnnotationTest.ManyBadValues.run(): expected a "
                        + "rate: a "
                        + "positive number followed by /s (e.g. '5000/s', '2.5/s'), got '5000'",
                failure.getMessage());
        assertEquals(0, BODY_CALLS.get(), "the body must not run");
    }

    @Test
    void rejectsInvalidConfigurationParameters() {
        Throwable failure = Fixtures.failures(Fixtures.run(Valid.class, results, "perfkit.budgets", "strict"))
                .get(0);
        assertInstanceOf(ExtensionConfigurationException.class, failure);
        assertEquals(
                "Configuration parameter perfkit.budgets = 'strict': expected one of enforce, warn, off",
                failure.getMessage());
    }

    @Test
    void rejectsATickerClassThatIsNotOne() {
        Throwable failure = Fixtures.failures(Fixtures.run(Valid.class, results, "perfkit.ticker", "java.lang.String"))
                .get(0);
        assertEquals(
                "Configuration parameter perfkit.ticker = 'java.lang.String': expected the name of a class "
                        + "implementing dev.perfkit.Ticker with a public no-argument constructor",
                failure.getMessage());
    }

    static class Valid {
        @Test
        @PerfTest(warmupIterations = 0, iterations = 1)
        void run() {
            BODY_CALLS.incrementAndGet();
        }
    }

    static class ManyBadValues {
        @Test
        @PerfTest(warmup = "5 sec", iterations = 1, threads = 0)
        @Budget(p99 = "2", mean = "1ms", throughput = "5000")
        void run() {
            BODY_CALLS.incrementAndGet();
        }
    }

    static class BadWarmup {
        @Test
        @PerfTest(warmup = "5 sec", iterations = 1)
        void run() {
            BODY_CALLS.incrementAndGet();
        }
    }

    static class BadRate {
        @Test
        @PerfTest(warmupIterations = 0, iterations = 1, rate = "fast")
        void run() {
            BODY_CALLS.incrementAndGet();
        }
    }

    static class NoThreads {
        @Test
        @PerfTest(warmupIterations = 0, iterations = 1, threads = 0)
        void run() {
            BODY_CALLS.incrementAndGet();
        }
    }

    static class NoIterations {
        @Test
        @PerfTest(warmupIterations = 0, iterations = 0)
        void run() {
            BODY_CALLS.incrementAndGet();
        }
    }

    static class TwoWarmups {
        @Test
        @PerfTest(warmup = "1s", warmupIterations = 10, iterations = 1)
        void run() {
            BODY_CALLS.incrementAndGet();
        }
    }

    static class TwoMeasures {
        @Test
        @PerfTest(warmupIterations = 0, duration = "1s", iterations = 10)
        void run() {
            BODY_CALLS.incrementAndGet();
        }
    }

    static class CapWithoutSteady {
        @Test
        @PerfTest(warmupIterations = 10, warmupCap = "1s", iterations = 1)
        void run() {
            BODY_CALLS.incrementAndGet();
        }
    }

    static class BadCpu {
        @Test
        @PerfTest(warmupIterations = 0, iterations = 1)
        @Budget(cpu = "200 micros")
        void run() {
            BODY_CALLS.incrementAndGet();
        }
    }

    static class PacedCpu {
        @Test
        @PerfTest(warmupIterations = 0, iterations = 1, rate = "100/s")
        @Budget(cpu = "1ms")
        void run() {
            BODY_CALLS.incrementAndGet();
        }
    }

    static class ZeroCpu {
        @Test
        @PerfTest(warmupIterations = 0, iterations = 1)
        @Budget(cpu = "0ns")
        void run() {
            BODY_CALLS.incrementAndGet();
        }
    }

    static class BadP99 {
        @Test
        @PerfTest(warmupIterations = 0, iterations = 1)
        @Budget(p99 = "2")
        void run() {
            BODY_CALLS.incrementAndGet();
        }
    }

    static class BadThroughput {
        @Test
        @PerfTest(warmupIterations = 0, iterations = 1)
        @Budget(throughput = "5000")
        void run() {
            BODY_CALLS.incrementAndGet();
        }
    }

    static class BadAllocation {
        @Test
        @PerfTest(warmupIterations = 0, iterations = 1)
        @Budget(allocation = "1 KB per op")
        void run() {
            BODY_CALLS.incrementAndGet();
        }
    }

    static class BadPercentile {
        @Test
        @PerfTest(warmupIterations = 0, iterations = 1)
        @Budget(percentiles = @Budget.Percentile(value = 0, max = "1ms"))
        void run() {
            BODY_CALLS.incrementAndGet();
        }
    }

    static class BlankCounter {
        @Test
        @PerfTest(warmupIterations = 0, iterations = 1)
        @Budget(events = @Budget.Events(counter = " ", maxPerOp = 1))
        void run() {
            BODY_CALLS.incrementAndGet();
        }
    }

    static class EmptyBudget {
        @Test
        @PerfTest(warmupIterations = 0, iterations = 1)
        @Budget
        void run() {
            BODY_CALLS.incrementAndGet();
        }
    }

    static class BudgetAlone {
        @Test
        @Budget(p99 = "1ms")
        void run() {
            BODY_CALLS.incrementAndGet();
        }
    }
}
