package dev.perfkit.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Under JUnit's parallel execution a performance test runs alone: no other test, performance or plain, runs while it
 * measures, and the log says so once.
 */
class ParallelExecutionTest {

    /** Bodies of any fixture test running now. */
    private static final AtomicInteger RUNNING = new AtomicInteger();
    /** The most bodies seen running while a performance test measured, itself included. */
    private static final AtomicInteger MOST_BESIDE_MEASUREMENT = new AtomicInteger();

    @TempDir
    Path results;

    @Test
    void performanceTestsRunAloneAndTheLogSaysSo() throws InterruptedException {
        RUNNING.set(0);
        MOST_BESIDE_MEASUREMENT.set(0);
        EngineExecutionResults run;
        List<String> notes;
        try (LogCapture log = new LogCapture()) {
            run = EngineTestKit.engine("junit-jupiter")
                    .selectors(selectClass(Measured.class), selectClass(Plain.class), selectClass(MorePlain.class))
                    .configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
                    .configurationParameter("junit.jupiter.execution.parallel.mode.default", "concurrent")
                    .configurationParameter("junit.jupiter.execution.parallel.mode.classes.default", "concurrent")
                    .configurationParameter("junit.jupiter.execution.parallel.config.strategy", "fixed")
                    .configurationParameter("junit.jupiter.execution.parallel.config.fixed.parallelism", "4")
                    .configurationParameter("perfkit.ticker", ScriptedTicker.class.getName())
                    .configurationParameter("perfkit.jvm.watch", "off")
                    .configurationParameter("perfkit.profile", "off")
                    .configurationParameter("perfkit.results.dir", results.toString())
                    .configurationParameter("perfkit.env.GITHUB_STEP_SUMMARY", "")
                    .execute();
            notes = log.messages(Level.INFO).stream()
                    .filter(m -> m.startsWith("parallel execution is on"))
                    .toList();
        }
        run.testEvents().assertStatistics(s -> s.started(7).succeeded(7));
        assertEquals(1, MOST_BESIDE_MEASUREMENT.get(), "another test ran while a performance test measured");
        assertEquals(
                List.of("parallel execution is on (junit.jupiter.execution.parallel.enabled = true): performance "
                        + "tests (@PerfTest, @Compare, @Complexity) run one at a time, with no other test running "
                        + "beside them, so "
                        + "that each measures its own code rather than its neighbours'; the other tests of their "
                        + "classes run on the "
                        + "same thread, the rest of the suite in parallel"),
                notes);
    }

    @Test
    void everyKindOfPerformanceTestHoldsTheGlobalLock() {
        for (Class<?> annotation : List.of(PerfTest.class, Compare.class, Complexity.class)) {
            List<ResourceLock> locks = AnnotationSupport.findRepeatableAnnotations(annotation, ResourceLock.class);
            assertEquals(1, locks.size(), annotation.getSimpleName());
            assertEquals(Resources.GLOBAL, locks.get(0).value(), annotation.getSimpleName());
        }
    }

    private static void measured() throws InterruptedException {
        MOST_BESIDE_MEASUREMENT.accumulateAndGet(RUNNING.incrementAndGet(), Math::max);
        Thread.sleep(2);
        MOST_BESIDE_MEASUREMENT.accumulateAndGet(RUNNING.get(), Math::max);
        RUNNING.decrementAndGet();
        ScriptedTicker.advance(1_000_000);
    }

    private static void plain() throws InterruptedException {
        RUNNING.incrementAndGet();
        Thread.sleep(40);
        RUNNING.decrementAndGet();
    }

    static class Measured {
        @Test
        @PerfTest(warmupIterations = 0, iterations = 10)
        void first() throws InterruptedException {
            measured();
        }

        @Test
        @PerfTest(warmupIterations = 0, iterations = 10)
        void second() throws InterruptedException {
            measured();
        }

        @Test
        void plainBesideThem() throws InterruptedException {
            plain();
        }
    }

    static class Plain {
        @Test
        void one() throws InterruptedException {
            plain();
        }

        @Test
        void two() throws InterruptedException {
            plain();
        }
    }

    static class MorePlain {
        @Test
        void one() throws InterruptedException {
            plain();
        }

        @Test
        void two() throws InterruptedException {
            plain();
        }
    }
}
