package dev.perfkit.junit.perftest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfkit.Counter;
import dev.perfkit.PerfRegistry;
import dev.perfkit.TimerSnapshot;
import dev.perfkit.junit.measure.Body;
import dev.perfkit.junit.measure.Progress;
import dev.perfkit.junit.measure.ThreadAllocation;
import dev.perfkit.junit.measure.WarmupOutcome;
import dev.perfkit.junit.measure.jvm.CpuClock;
import dev.perfkit.junit.measure.jvm.JvmProbe;
import dev.perfkit.memory.AllocationResult;
import dev.perfkit.memory.AllocationScope;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The measuring core on a scripted clock: every figure is known in advance. */
class HarnessTest {

    private static final ThreadAllocation NO_ALLOCATION = region -> {
        region.run();
        return AllocationResult.unsupported("not measured in this test", 1, AllocationScope.currentThread());
    };

    @Test
    void recordsEachCallOnAClockThatOnlyTheBodyMoves() throws Throwable {
        FakeTicker ticker = new FakeTicker(0);
        Measurement m = Harness.run(
                Plans.iterations(10, 100, 1),
                ticker,
                () -> ticker.advance(1_000),
                Body.NOOP,
                NO_ALLOCATION,
                List.of(),
                JvmProbe.frozen());

        TimerSnapshot s = m.latency();
        assertEquals(100, m.operations());
        assertEquals(100, s.count());
        assertEquals(1_000, s.valueAtPercentile(50));
        assertEquals(1_000, s.maxNanos());
        assertEquals(1_000.0, m.meanNanos());
        assertEquals(1, m.batch());
        assertEquals(0, m.overheadNanos());
        assertEquals(100_000, m.wallNanos());
        assertEquals(1_000_000.0, m.throughputPerSecond());
        assertEquals(10, m.warmup().calls());
    }

    @Test
    void readsCpuTimeOncePerThreadAndChargesEachCallItsShareOfTheSpan() throws Throwable {
        FakeTicker ticker = new FakeTicker(0);
        FakeTicker cpu = new FakeTicker(0);
        long[] reads = new long[1];
        CpuClock clock = new CpuClock() {
            @Override
            public long threadCpuNanos() {
                reads[0]++;
                return cpu.nanos();
            }

            @Override
            public long readyNanos() {
                return ticker.nanos() / 10; // a tenth of all time waiting for a core
            }

            @Override
            public String unsupportedReason() {
                return "";
            }
        };
        Body body = () -> {
            ticker.advance(1_000);
            cpu.advance(250);
        };
        Measurement m = Harness.run(
                Plans.iterations(10, 400, 1),
                ticker,
                body,
                Body.NOOP,
                NO_ALLOCATION,
                List.of(),
                JvmProbe.frozen(),
                clock,
                Progress.NONE);
        assertEquals(2, reads[0], "one read at the start and one at the end, none per call");
        assertEquals(250.0, m.cpuNanosPerOp(), 1e-9);
        assertEquals(0.75, m.cpu().offCpuShare(), 1e-9);
        assertEquals(0.1, m.cpu().readyShare(), 1e-9);
        assertEquals(400_000, m.cpu().spanNanos());
    }

    @Test
    void aCpuBoundBodyUsesItsWholeWallTimeOnCpuWhateverTheHarnessCostsBetweenSamples() throws Throwable {
        FakeTicker ticker = new FakeTicker(30); // every reading costs 30 ns, on CPU like everything on this clock
        Measurement m = Harness.run(
                Plans.iterations(50, 600, 1),
                ticker,
                () -> ticker.advance(100),
                Body.NOOP,
                NO_ALLOCATION,
                List.of(),
                JvmProbe.frozen(),
                CpuClock.of(ticker),
                Progress.NONE);
        assertEquals(m.meanNanos(), m.cpuNanosPerOp(), 1e-9);
        assertEquals(0.0, m.cpu().offCpuShare(), 1e-9);
    }

    @Test
    void removesTheCostOfReadingTheClockAndBatchesCallsShorterThanTwentyReadings() throws Throwable {
        FakeTicker ticker = new FakeTicker(30);
        Measurement m = Harness.run(
                Plans.iterations(50, 600, 1),
                ticker,
                () -> ticker.advance(100),
                Body.NOOP,
                NO_ALLOCATION,
                List.of(),
                JvmProbe.frozen());

        assertEquals(30, m.resolutionNanos());
        assertEquals(30, m.overheadNanos());
        assertEquals(6, m.batch(), "20 readings of 30 ns make 600 ns, six calls of 100 ns");
        assertEquals(600, m.operations());
        assertEquals(100, m.latency().count());
        assertEquals(100, m.latency().minNanos());
        assertEquals(100, m.latency().maxNanos());
        assertEquals(100.0, m.meanNanos());
    }

    @Test
    void warmsUpUntilTheWindowMediansStopMoving() throws Throwable {
        FakeTicker ticker = new FakeTicker(0);
        AtomicLong calls = new AtomicLong();
        Body gettingFaster =
                () -> ticker.advance(1_000 + Math.round(4_000 * Math.pow(0.97, (double) calls.incrementAndGet())));
        Measurement m = Harness.run(
                Plans.steady(1_000_000_000, 5_000, 10),
                ticker,
                gettingFaster,
                Body.NOOP,
                NO_ALLOCATION,
                List.of(),
                JvmProbe.frozen());

        WarmupOutcome w = m.warmup();
        assertTrue(w.settled());
        assertTrue(w.calls() > 60 && w.calls() < 200, "settles once three windows agree within 5 %: " + w);
        assertTrue(m.latency().maxNanos() < 1_300, "measured after the warm-up: " + m.latency());
        assertTrue(w.describe().startsWith("settled after "), w.describe());
    }

    @Test
    void saysWhenTheWarmupNeverSettled() throws Throwable {
        FakeTicker ticker = new FakeTicker(0);
        AtomicLong calls = new AtomicLong();
        Body slowerAndSlower = () -> ticker.advance(1_000 * calls.incrementAndGet());
        Measurement m = Harness.run(
                Plans.steady(1_000_000, 10_000, 1),
                ticker,
                slowerAndSlower,
                Body.NOOP,
                NO_ALLOCATION,
                List.of(),
                JvmProbe.frozen());

        assertFalse(m.warmup().settled());
        assertTrue(m.warmup().nanos() >= 1_000_000);
        assertTrue(
                m.warmup().describe().startsWith("never settled; stopped at the cap after "),
                m.warmup().describe());
    }

    @Test
    void measuresOpenLoopLatenciesFromWhenEachCallWasDue() throws Throwable {
        FakeTicker ticker = new FakeTicker(1_000);
        AtomicLong calls = new AtomicLong();
        Body stallsOnce = () -> ticker.advance(calls.incrementAndGet() == 5 ? 10_000_000 : 100_000);
        Measurement m = Harness.run(
                Plans.openLoop(1_000, 30), ticker, stallsOnce, Body.NOOP, NO_ALLOCATION, List.of(), JvmProbe.frozen());

        TimerSnapshot s = m.latency();
        assertEquals(30, s.count());
        long late = 0;
        for (int i = 0; i < s.bucketCount(); i++) {
            late += s.bucketValue(i) > 1_000_000 ? s.bucketCountAt(i) : 0;
        }
        assertEquals(
                11,
                late,
                "the stalled call, the nine calls that fell due while it ran, and the one the catch-up delayed");
        assertTrue(s.valueAtPercentile(50) < 200_000, "later calls catch up: " + s);
    }

    @Test
    void failsInsteadOfWaitingForeverOnAClockThatOnlyTheBodyMoves() {
        FakeTicker ticker = new FakeTicker(0);
        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> Harness.run(
                        Plans.openLoop(1_000, 5),
                        ticker,
                        () -> ticker.advance(10),
                        Body.NOOP,
                        NO_ALLOCATION,
                        List.of(),
                        JvmProbe.frozen()));
        assertEquals(
                "the ticker stopped at 1000010 ns while a call was due at 2000000 ns; a paced (rate) run needs a "
                        + "ticker that moves on its own",
                e.getMessage());
    }

    @Test
    void runsTheBodyOnEveryThreadIntoOneHistogram() throws Throwable {
        FakeTicker ticker = new FakeTicker(0);
        Measurement m = Harness.run(
                Plans.iterations(5, 250, 4),
                ticker,
                () -> ticker.advance(10),
                Body.NOOP,
                NO_ALLOCATION,
                List.of(),
                JvmProbe.frozen());

        assertEquals(1_000, m.operations());
        assertEquals(1_000, m.latency().count());
    }

    @Test
    void endsEveryThreadAndRethrowsWhenTheBodyFails() {
        FakeTicker ticker = new FakeTicker(0);
        AtomicLong calls = new AtomicLong();
        IllegalStateException boom = new IllegalStateException("boom");
        Body failsLater = () -> {
            if (calls.incrementAndGet() == 500) {
                throw boom;
            }
            ticker.advance(10);
        };
        Throwable thrown = assertThrows(
                IllegalStateException.class,
                () -> Harness.run(
                        Plans.iterations(100, 10_000, 3),
                        ticker,
                        failsLater,
                        Body.NOOP,
                        NO_ALLOCATION,
                        List.of(),
                        JvmProbe.frozen()));
        assertSame(boom, thrown);
    }

    @Test
    void countsEventsAndAllocationOnlyWhileMeasuring() throws Throwable {
        FakeTicker ticker = new FakeTicker(0);
        try (PerfRegistry registry = PerfRegistry.create()) {
            Counter queries = registry.counter("queries");
            ThreadAllocation fourKilobytes = region -> {
                region.run();
                return AllocationResult.of(4_000, 1, AllocationScope.currentThread());
            };
            Measurement m = Harness.run(
                    Plans.iterations(7, 20, 1),
                    ticker,
                    () -> queries.increment(3),
                    Body.NOOP,
                    fourKilobytes,
                    List.of(queries),
                    JvmProbe.frozen());

            assertEquals(3.0, m.eventsPerOp("queries"));
            assertEquals(200.0, m.allocatedBytesPerOp());
        }
    }

    @Test
    void chargesNoneOfItsOwnMemoryToAnAllocationFreeBody() throws Throwable {
        // the real per-thread allocation counter: the harness's histograms are allocated before the metered region
        ThreadAllocation meter = ThreadAllocation.of(dev.perfkit.memory.MemoryProbe.create());
        assertTrue(meter.allocation(() -> {}).isSupported(), "this JVM counts allocated bytes per thread");
        FakeTicker ticker = new FakeTicker(0);
        long[] values = {50, 5_000, 500_000, 50_000_000, 5_000_000_000L};
        int[] next = {0};
        // latencies spanning every order of magnitude, so that a lazily grown histogram would have to grow
        Body body = () -> ticker.advance(values[next[0]++ % values.length]);
        Measurement first = Harness.run(
                Plans.iterations(10, 50_000, 1), ticker, body, Body.NOOP, meter, List.of(), JvmProbe.frozen());
        // the first run of the loop in a JVM may carry a one-time allocation of the JVM itself (code first run,
        // compiled or deoptimized while metered): a few hundred bytes, never more than 2 KiB, whatever the calls
        assertTrue(first.allocatedBytes() <= JudgedBudget.ONE_TIME_BYTES, first.allocatedBytes() + " bytes");
        Measurement m = Harness.run(
                Plans.iterations(10, 50_000, 1), ticker, body, Body.NOOP, meter, List.of(), JvmProbe.frozen());
        assertEquals(50_000, m.operations());
        // once the loop has run, nothing at all (the one-time bound is kept only for a deoptimization meanwhile)
        assertTrue(m.allocatedBytes() <= JudgedBudget.ONE_TIME_BYTES, m.allocatedBytes() + " bytes");
        assertTrue(m.allocatedBytesPerOp() < 0.05, m.allocatedBytesPerOp() + " B/op");
    }

    @Test
    void runsAFixedWarmupOnEveryThread() throws Throwable {
        FakeTicker ticker = new FakeTicker(0);
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        Measurement m = Harness.run(
                Plans.iterations(1_000, 10, 3),
                ticker,
                calls::incrementAndGet,
                Body.NOOP,
                NO_ALLOCATION,
                List.of(),
                JvmProbe.frozen());
        // 1,000 warm-up calls on each of 3 threads, then 10 measured calls each (the calibration calls Body.NOOP)
        assertEquals(3 * 1_000 + 3 * 10, calls.get());
        assertEquals(30, m.operations());
    }

    @Test
    void aLongWarmupReportsProgressEveryTwoSeconds() throws Throwable {
        FakeTicker ticker = new FakeTicker(0);
        long[] latency = {1_000_000};
        // 1 ms per call and 1 % slower on every call: never steady, so the warm-up runs to its 10 s cap
        Body body = () -> {
            ticker.advance(latency[0]);
            latency[0] += latency[0] / 100;
        };
        List<String> messages = new java.util.ArrayList<>();
        Harness.run(
                Plans.steady(10_000_000_000L, 100_000_000L, 10),
                ticker,
                body,
                Body.NOOP,
                NO_ALLOCATION,
                List.of(),
                JvmProbe.frozen(),
                CpuClock.unsupported("not measured"),
                messages::add);
        assertTrue(messages.size() >= 3 && messages.size() <= 5, messages.toString());
        assertTrue(messages.get(0).startsWith("warming up 2."), messages.get(0));
        assertTrue(messages.get(0).endsWith("; waiting for: latency still moving"), messages.get(0));
    }
}
