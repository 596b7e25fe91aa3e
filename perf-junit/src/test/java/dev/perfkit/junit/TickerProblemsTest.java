package dev.perfkit.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfkit.Ticker;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.io.TempDir;

/** A broken perfkit.ticker is a configuration error naming the test and the setting, never figures of 0 ns. */
class TickerProblemsTest {

    @TempDir
    Path results;

    private Throwable failureWith(Class<? extends Ticker> ticker, Class<?> fixture) {
        Throwable failure = Fixtures.onlyFailure(Fixtures.run(fixture, results, "perfkit.ticker", ticker.getName()));
        assertInstanceOf(ExtensionConfigurationException.class, failure);
        return failure;
    }

    @Test
    void aTickerThatGoesBackwardsIsAConfigurationError() {
        String message = failureWith(Backwards.class, Timed.class).getMessage();
        assertTrue(
                message.startsWith("@PerfTest on TickerProblemsTest.Timed.run(): the ticker perfkit.ticker = "
                        + "'dev.perfkit.junit.TickerProblemsTest$Backwards' went backwards, from "),
                message);
        assertTrue(message.endsWith(" ns; a Ticker's readings must never decrease"), message);
    }

    @Test
    void aTickerThatThrowsIsAConfigurationErrorCarryingTheCause() {
        Throwable failure = failureWith(Throwing.class, Timed.class);
        assertEquals(
                "@PerfTest on TickerProblemsTest.Timed.run(): the ticker perfkit.ticker = "
                        + "'dev.perfkit.junit.TickerProblemsTest$Throwing' threw java.lang.IllegalStateException: "
                        + "clock unplugged",
                failure.getMessage());
        assertEquals("clock unplugged", failure.getCause().getMessage());
    }

    @Test
    void aFrozenTickerWithFixedIterationsFailsInsteadOfMeasuringZero() {
        assertEquals(
                "@PerfTest on TickerProblemsTest.Timed.run(): the ticker perfkit.ticker = "
                        + "'dev.perfkit.junit.TickerProblemsTest$Frozen' never moved: it gave the same reading every "
                        + "time, so every call would measure 0 ns; a Ticker must move with the time that passes (a "
                        + "scripted one: advance it in the body)",
                failureWith(Frozen.class, Timed.class).getMessage());
    }

    @Test
    void aFrozenTickerWithATimedWarmUpIsNamedAsTheCauseOfTheWaitThatFailed() {
        Throwable failure = failureWith(Frozen.class, TimedWarmUp.class);
        assertTrue(
                failure.getMessage()
                        .startsWith("@PerfTest on TickerProblemsTest.TimedWarmUp.run(): the ticker perfkit.ticker = "
                                + "'dev.perfkit.junit.TickerProblemsTest$Frozen' never moved: "),
                failure.getMessage());
        assertTrue(failure.getCause() != null, "what failed waiting for the time to pass is the cause");
    }

    @Test
    void aComparisonNamesItsAnnotation() {
        assertTrue(
                failureWith(Throwing.class, Compared.class)
                        .getMessage()
                        .startsWith("@Compare on TickerProblemsTest.Compared.run(): the ticker perfkit.ticker = "),
                "named as a comparison");
    }

    /** Each instance counts down from a million: every reading below the one before. */
    public static final class Backwards implements Ticker {
        private long next = 1_000_000;

        @Override
        public synchronized long nanos() {
            return next--;
        }
    }

    /** A clock that is not there. */
    public static final class Throwing implements Ticker {
        @Override
        public long nanos() {
            throw new IllegalStateException("clock unplugged");
        }
    }

    /** Always the same reading. */
    public static final class Frozen implements Ticker {
        @Override
        public long nanos() {
            return 42;
        }
    }

    static class Timed {
        @Test
        @PerfTest(warmupIterations = 0, iterations = 100)
        void run() {}
    }

    static class TimedWarmUp {
        @Test
        @PerfTest(warmup = "1s", iterations = 100)
        void run() {}
    }

    static class Compared extends InvalidCompareTest.Pair {
        @Test
        @Compare
        void run() {}
    }
}
