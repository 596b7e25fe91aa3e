package dev.perfkit.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A body that leaves its thread interrupted fails with a message that says so, not a bare InterruptedException. */
class InterruptedBodyTest {

    @TempDir
    Path results;

    @Test
    void aBodyThatInterruptsItsOwnThreadIsNamedAsTheCause() {
        Throwable failure = Fixtures.onlyFailure(Fixtures.run(InterruptsItself.class, results));
        assertEquals(IllegalStateException.class, failure.getClass());
        assertEquals(
                "the body left the thread interrupted (it called Thread.interrupt() or caught an interruption and "
                        + "restored the flag): a measured body must return with the interrupt flag clear; clear it "
                        + "with Thread.interrupted() where the body handles it",
                failure.getMessage());
        assertFalse(Thread.currentThread().isInterrupted(), "the flag does not leak into the next test");
    }

    static class InterruptsItself {
        @Test
        @PerfTest(warmupIterations = 0, iterations = 100)
        void run() {
            ScriptedTicker.advance(100);
            Thread.currentThread().interrupt();
        }
    }
}
