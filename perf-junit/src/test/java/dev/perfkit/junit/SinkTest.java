package dev.perfkit.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** The dead-code sink: resolved for performance tests, consuming every kind of value without effect on results. */
class SinkTest {

    @TempDir
    Path results;

    @Test
    void aPerformanceTestReceivesOneSinkAndUsesItOnEveryCall() {
        UsesASink.calls = 0;
        EngineExecutionResults r = Fixtures.run(UsesASink.class, results, "perfkit.allocation", "off");
        r.testEvents().assertStatistics(s -> s.succeeded(1).failed(0));
        assertEquals(100, UsesASink.calls);
        assertTrue(UsesASink.sink instanceof OpaqueSink);
    }

    @Test
    void keepsSomeObjectButNeverAllOfThemAndAcceptsEveryPrimitive() {
        OpaqueSink sink = new OpaqueSink();
        for (int i = 0; i < 1_000; i++) {
            sink.consume(Integer.valueOf(i));
            sink.consume((long) i);
            sink.consume(i * 0.5);
            sink.consume(i % 2 == 0);
        }
        assertTrue(sink.keptAny(), "an object was kept where the JIT must assume it escapes");
    }

    static class UsesASink {
        static int calls;
        static Sink sink;

        @Test
        @PerfTest(warmupIterations = 0, iterations = 100)
        void run(Sink s) {
            ScriptedTicker.advance(100);
            sink = s;
            calls++;
            s.consume(calls);
        }
    }
}
