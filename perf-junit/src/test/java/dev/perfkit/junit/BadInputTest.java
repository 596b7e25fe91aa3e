package dev.perfkit.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs that once hung, aborted the run or lost a verdict: each is now a clean error naming the test, the attribute
 * or key and the accepted form, well within a time limit.
 */
class BadInputTest {

    private static final Duration LIMIT = Duration.ofSeconds(20);

    @TempDir
    Path results;

    private String failure(Class<?> fixture, String... parameters) {
        return assertTimeoutPreemptively(
                LIMIT,
                () -> Fixtures.failures(Fixtures.run(fixture, results, parameters))
                        .get(0)
                        .getMessage());
    }

    @Test
    void tooManyThreadsAreRejectedBeforeAnyIsStarted() {
        assertEquals(
                "@PerfTest(threads = 2147483647) on BadInputTest.AllTheThreads.run(): must be from 1 to 512",
                failure(AllTheThreads.class));
    }

    @Test
    void aRateThatCannotFinishIsRejected() {
        assertEquals(
                "@PerfTest(rate = \"0.0000001/s\") on BadInputTest.GlacialRate.run(): 50 iterations on 1 "
                        + "thread(s) at this rate take 5.00e+08 s, more than the limit of 3600 s: raise the rate or "
                        + "lower the "
                        + "iterations",
                failure(GlacialRate.class));
    }

    @Test
    void anEndlessInputStreamIsCut() {
        assertEquals(
                "@Compare on BadInputTest.EndlessInputs.dedup(): endless() returned more than 100000 inputs (an "
                        + "endless stream?); return at most 100000",
                failure(EndlessInputs.class));
    }

    @Test
    void aResultsFolderBelowAFileIsRejectedUpFront() throws IOException {
        Path file = Files.writeString(results.resolve("a-file"), "x");
        String message = failure(
                Quick.class, "perfkit.results.dir", file.resolve("below").toString());
        assertTrue(
                message.startsWith("Configuration parameter perfkit.results.dir = '" + file.resolve("below")
                        + "': expected a folder (existing or to be created, not below a file)"),
                message);
        assertEquals(
                "Configuration parameter perfkit.results.dir = '': expected a folder (existing or to be created, not "
                        + "below a file)",
                failure(Quick.class, "perfkit.results.dir", ""));
    }

    @Test
    void aFrozenTickerEndsTheWarmupWithAMessage() {
        String message = failure(SteadyWarmup.class, "perfkit.ticker", FrozenTicker.class.getName());
        assertTrue(
                message.startsWith("@PerfTest on BadInputTest.SteadyWarmup.run(): the ticker perfkit.ticker = "
                        + "'dev.perfkit.junit.BadInputTest$FrozenTicker' never moved: it gave the same reading every "
                        + "time"),
                message);
    }

    @Test
    void aTooLongCounterNameIsRejectedAtValidation() {
        String message = failure(LongCounter.class);
        assertTrue(
                message.startsWith("@Budget(events = @Events(counter = \"cccccccccccccccccccccccccccccccccccccccc...\")"
                        + ") on BadInputTest.LongCounter.run(): counter must be a meter name of at most 200 "
                        + "characters, got 298"),
                message);
    }

    @Test
    void aBadForkCountIsRejected() {
        assertEquals(
                "@PerfTest(forks = -2) on BadInputTest.NegativeForks.run(): expected 0 to 20 forks, or -1 for "
                        + "perfkit.forks",
                failure(NegativeForks.class));
        assertEquals(
                "Configuration parameter perfkit.forks = '21': expected a whole number from 0 to 20",
                failure(Quick.class, "perfkit.forks", "21"));
    }

    @Test
    void aBudgetIsNeverDroppedOrDoubledSilently() {
        assertEquals(
                "@Budget(percentiles = @Percentile(value = 99.9, max = \"\")) on BadInputTest.EmptyPercentile.run(): "
                        + "max must be set: a duration such as '2ms'",
                failure(EmptyPercentile.class));
        assertEquals(
                "@Budget(percentiles = \"1ms\") on BadInputTest.TwiceP99.run(): p99 has a limit already; give "
                        + "each percentile one",
                failure(TwiceP99.class));
        String message = failure(BudgetOnACompare.class);
        assertTrue(message.startsWith("@Budget on BadInputTest.BudgetOnACompare.dedup()"), message);
    }

    @Test
    void oneGrammarForNumbers() {
        assertEquals(
                "@Budget(p50 = \"0.0000001ns\") on BadInputTest.SubNanosecond.run(): must be at least 1 ns (a smaller "
                        + "limit rounds to 0 and can never be met)",
                failure(SubNanosecond.class));
        assertTrue(
                failure(ArabicDigits.class)
                        .startsWith("@Budget(p99 = \"\u0661\u0660ms\") on BadInputTest.ArabicDigits.run(): "
                                + "expected a duration"),
                failure(ArabicDigits.class));
        assertTrue(
                failure(FullWidthRate.class)
                        .startsWith("@PerfTest(rate = \"\u0665/s\") on BadInputTest.FullWidthRate.run(): "
                                + "expected a rate"),
                failure(FullWidthRate.class));
    }

    @Test
    void settingsTakeOneSpellingOfEachValue() {
        assertEquals(
                "Configuration parameter perfkit.budgets = 'WARN': expected one of enforce, warn, off",
                failure(Quick.class, "perfkit.budgets", "WARN"));
        assertEquals(
                "Configuration parameter perfkit.budgets.timeScale = '0x1p3': expected a positive number (e.g. "
                        + "'2.5')",
                failure(Quick.class, "perfkit.budgets.timeScale", "0x1p3"));
        assertEquals(
                "Configuration parameter perfkit.compare.inconclusive = 'SKIP': expected fail or skip",
                failure(EndlessInputs.class, "perfkit.compare.inconclusive", "SKIP"));
    }

    static class SubNanosecond {
        @Test
        @PerfTest(iterations = 1)
        @Budget(p50 = "0.0000001ns")
        void run() {}
    }

    static class ArabicDigits {
        @Test
        @PerfTest(iterations = 1)
        @Budget(p99 = "\u0661\u0660ms")
        void run() {}
    }

    static class FullWidthRate {
        @Test
        @PerfTest(iterations = 1, rate = "\u0665/s")
        void run() {}
    }

    static class EmptyPercentile {
        @Test
        @PerfTest(iterations = 1)
        @Budget(p50 = "1ms", percentiles = @Budget.Percentile(value = 99.9, max = ""))
        void run() {}
    }

    static class TwiceP99 {
        @Test
        @PerfTest(iterations = 1)
        @Budget(p99 = "2ms", percentiles = @Budget.Percentile(value = 99, max = "1ms"))
        void run() {}
    }

    static class BudgetOnACompare extends EndlessInputs {
        @Test
        @Compare
        @Budget(p50 = "1ms")
        @Override
        void dedup() {}
    }

    /** A ticker that never moves. */
    public static final class FrozenTicker implements dev.perfkit.Ticker {
        /** Called by the extension. */
        public FrozenTicker() {}

        @Override
        public long nanos() {
            return 42;
        }
    }

    static class AllTheThreads {
        @Test
        @PerfTest(threads = Integer.MAX_VALUE, iterations = 1)
        void run() {}
    }

    static class GlacialRate {
        @Test
        @PerfTest(rate = "0.0000001/s", iterations = 50)
        void run() {}
    }

    static class EndlessInputs {
        @Test
        @Compare(inputs = "endless")
        void dedup() {}

        static Stream<Integer> endless() {
            return Stream.iterate(0, i -> i + 1);
        }

        @Baseline
        static int before(Integer i) {
            return i;
        }

        @Candidate
        static int after(Integer i) {
            return i;
        }
    }

    static class Quick {
        @Test
        @PerfTest(warmupIterations = 0, iterations = 1)
        void run() {
            ScriptedTicker.advance(10);
        }
    }

    static class SteadyWarmup {
        @Test
        @PerfTest(iterations = 1)
        void run() {}
    }

    static class LongCounter {
        @Test
        @PerfTest(iterations = 1)
        @Budget(
                events =
                        @Budget.Events(
                                counter = "cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc"
                                        + "cccccccccccccccccccccccccccccccccccccccccccccccccccc"
                                        + "cccccccccccccccccccccccccccccccccccccccccccccccccccc"
                                        + "cccccccccccccccccccccccccccccccccccccccccccccccccccc"
                                        + "cccccccccccccccccccccccccccccccccccccccccccccccccccc"
                                        + "cccccccccccccccc",
                                maxPerOp = 1))
        void run() {}
    }

    static class NegativeForks {
        @Test
        @PerfTest(forks = -2, iterations = 1)
        void run() {}
    }
}
