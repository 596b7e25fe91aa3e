package dev.perfkit.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfkit.Counter;
import dev.perfkit.PerfRegistry;
import dev.perfkit.RegistryConfig;
import dev.perfkit.SnapshotSink;
import dev.perfkit.Timer;
import dev.perfkit.TimerConfig;
import dev.perfkit.TimerSnapshot;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class RegistryTest {

    @Test
    void serviceLoaderPicksTheCoreEngine() {
        try (PerfRegistry registry = PerfRegistry.create()) {
            assertEquals("core", registry.engineName());
            assertTrue(registry.timer("a") instanceof StripedTimer);
        }
    }

    /**
     * A timer grows its stripes while writers collide, up to the registry's bound: the engine's (two per core) by
     * default, the configured one otherwise. Collisions are played by holding every stripe's claim before each record.
     */
    @Test
    void timersGrowTheirStripesUpToTheConfiguredBound() throws InterruptedException {
        assertEquals(CoreEngine.MAX_STRIPES, stripesAfterCollisions(RegistryConfig.defaults()));
        assertEquals(
                16,
                stripesAfterCollisions(RegistryConfig.builder().maxStripes(16).build()));
        assertEquals(
                1, stripesAfterCollisions(RegistryConfig.builder().maxStripes(1).build()));
    }

    private static int stripesAfterCollisions(RegistryConfig config) throws InterruptedException {
        try (PerfRegistry registry = new CoreEngine().newRegistry(config)) {
            StripedTimer timer = (StripedTimer) registry.timer("t");
            // another thread owns the timer, so this one records through the stripes
            Thread owner = new Thread(() -> timer.recordNanos(1_000));
            owner.start();
            owner.join();
            int records = 1;
            for (int round = 0; round < 40; round++) {
                List<Stripe> held = new ArrayList<>();
                for (Stripe s : TestAccess.stripes(timer)) {
                    if (s.tryClaim()) {
                        held.add(s);
                    }
                }
                timer.recordNanos(1_000); // finds its stripe held: grows below the bound, else spills
                records++;
                held.forEach(Stripe::release);
            }
            assertEquals(records, timer.snapshot().count(), "nothing lost while the stripes were held");
            return timer.stripeCount();
        }
    }

    @Test
    void sameNameGivesSameMeter() {
        try (PerfRegistry registry = PerfRegistry.create()) {
            Timer a = registry.timer("checkout");
            assertSame(a, Timer.builder("checkout").precisionBits(9).register(registry));
            assertSame(
                    registry.counter("db.queries"),
                    Counter.builder("db.queries").register(registry));
            assertEquals(List.of(a), registry.timers());
        }
    }

    @Test
    void registriesShareNothing() {
        try (PerfRegistry one = PerfRegistry.create();
                PerfRegistry two = PerfRegistry.create()) {
            one.timer("x").recordNanos(5);
            assertNotSame(one.timer("x"), two.timer("x"));
            assertEquals(0, two.timer("x").snapshot().count());
            assertEquals(1, one.timer("x").snapshot().count());
        }
    }

    @Test
    void namesBeyondTheLimitGetNoopMetersAndAreCounted() {
        try (PerfRegistry registry =
                PerfRegistry.create(RegistryConfig.builder().maxMeters(3).build())) {
            registry.timer("a");
            registry.timer("b");
            registry.counter("c");
            Timer denied = registry.timer("d");
            Counter deniedCounter = registry.counter("e");
            denied.recordNanos(10);
            deniedCounter.increment();
            assertEquals(0, denied.snapshot().count());
            assertEquals(0, deniedCounter.count());
            assertEquals(2, registry.deniedRegistrations());
            assertEquals(2, registry.timers().size());
            assertTrue(registry.timer("a") instanceof StripedTimer, "existing names still resolve");
            assertTrue(registry.report().contains("2 registrations denied"));
        }
    }

    @Test
    void closedRegistryFreezesItsTimersAndRefusesNewNames() {
        PerfRegistry registry = PerfRegistry.create();
        Timer t = registry.timer("t");
        t.recordNanos(42);
        t.recordNanos(7, 1); // corrected: 7 and the six samples a stalled caller missed, 6 down to 1
        Counter c = registry.counter("c");
        registry.close();
        registry.close();
        assertTrue(registry.isClosed());
        TimerSnapshot last = t.snapshot();
        assertEquals(8, last.count());
        assertEquals(42 + 28, last.totalNanos());
        t.recordNanos(1_000_000);
        t.recordNanos(5, 2);
        assertEquals(
                Reference.describe(last),
                Reference.describe(t.snapshot()),
                "records after close are dropped: the final snapshot stays");
        TimerSnapshot interval = t.intervalSnapshot();
        assertEquals(8, interval.count(), "the samples before the close still make one last interval");
        assertEquals(0, t.intervalSnapshot().count());
        c.increment();
        assertEquals(1, c.count(), "counters keep counting");
        Timer late = registry.timer("new");
        late.recordNanos(1);
        assertEquals(0, late.snapshot().count());
        assertEquals(1, registry.deniedRegistrations());
    }

    @Test
    void closingWhileWritersRunGivesAFinalSnapshotThatNoLongerChanges() throws Exception {
        PerfRegistry registry = PerfRegistry.create();
        Timer t = registry.timer("t");
        CountDownLatch recording = new CountDownLatch(4);
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            Thread thread = new Thread(() -> {
                for (long i = 0; !stop.get(); i++) {
                    t.recordNanos(100);
                    if (i == 1000) {
                        recording.countDown();
                    }
                }
            });
            writers.add(thread);
            thread.start();
        }
        recording.await();
        registry.close();
        TimerSnapshot atClose = t.snapshot();
        stop.set(true);
        for (Thread thread : writers) {
            thread.join();
        }
        TimerSnapshot last = t.snapshot();
        assertTrue(last.count() >= atClose.count() && last.count() >= 4000, "records before the close are kept");
        assertEquals(100 * last.count(), last.totalNanos());
        t.recordNanos(5);
        assertEquals(
                Reference.describe(last),
                Reference.describe(t.snapshot()),
                "nothing changes once the writers that overlapped the close are done");
    }

    @Test
    void intervalsReadIntoASinkMatchIntervalSnapshots() {
        ScriptedTicker ticker = new ScriptedTicker();
        try (PerfRegistry registry =
                PerfRegistry.create(RegistryConfig.builder().ticker(ticker).build())) {
            Timer t = registry.timer("sink");
            Timer twin = registry.timer("twin");
            for (int round = 1; round <= 3; round++) {
                for (long v = 1; v <= 500L * round; v += 7) {
                    t.recordNanos(v * 1_003);
                    twin.recordNanos(v * 1_003);
                }
                t.recordNanos(-1);
                twin.recordNanos(-1);
                ticker.advance(1_000);
                TimerSnapshot expected = twin.intervalSnapshot();
                Collect sink = new Collect();
                t.intervalSnapshot(sink);
                TimerSnapshot read = sink.builder.build();
                assertEquals(expected.count(), read.count());
                assertEquals(expected.totalNanos(), read.totalNanos());
                assertEquals(expected.minNanos(), read.minNanos());
                assertEquals(expected.maxNanos(), read.maxNanos());
                assertEquals(expected.rejectedCount(), read.rejectedCount());
                assertEquals(expected.startTick(), read.startTick());
                assertEquals(expected.endTick(), read.endTick());
                assertEquals(expected.valueAtPercentile(99), read.valueAtPercentile(99));
                assertEquals(expected.bucketCount(), read.bucketCount());
            }
            assertEquals(twin.snapshot().totalNanos(), t.snapshot().totalNanos());
        }
    }

    /** Collects a sink's calls into a snapshot builder. */
    private static final class Collect implements SnapshotSink {
        TimerSnapshot.Builder builder;

        @Override
        public void begin(
                String name,
                int precisionBits,
                long startTick,
                long endTick,
                long count,
                long totalNanos,
                long minNanos,
                long maxNanos,
                long overflowCount,
                long rejectedCount) {
            builder = TimerSnapshot.builder(name, precisionBits, 0)
                    .ticks(startTick, endTick)
                    .totalNanos(totalNanos)
                    .minMaxNanos(minNanos, maxNanos)
                    .overflowAndRejected(overflowCount, rejectedCount);
        }

        @Override
        public void bucket(long highestValue, long count) {
            builder.bucket(highestValue, count);
        }
    }

    @Test
    void badNamesAndConfigurationFailFastWithTheAcceptedForm() {
        try (PerfRegistry registry = PerfRegistry.create()) {
            IllegalArgumentException blank = assertThrows(IllegalArgumentException.class, () -> registry.timer(" "));
            assertEquals("meter name must be a non-blank string, got ' '", blank.getMessage());
            assertThrows(IllegalArgumentException.class, () -> registry.counter(null));
            IllegalArgumentException bits = assertThrows(
                    IllegalArgumentException.class, () -> Timer.builder("t").precisionBits(12));
            assertEquals("timer 't': precisionBits must be between 3 and 10, got 12", bits.getMessage());
            IllegalArgumentException range = assertThrows(
                    IllegalArgumentException.class,
                    () -> TimerConfig.builder("t").highestTrackable(Duration.ofNanos(1)));
            assertEquals("timer 't': highestTrackable must be between 2 ns and 2^62 ns, got 1 ns", range.getMessage());
        }
    }

    @Test
    void countersRejectNegativeAmountsWithoutThrowing() {
        try (PerfRegistry registry = PerfRegistry.create()) {
            Counter c = registry.counter("events");
            c.increment();
            c.increment(41);
            c.increment(-5);
            assertEquals(42, c.count());
            assertEquals(1, c.rejectedCount());
        }
    }

    @Test
    @SuppressWarnings("try") // the sample is used only for its close()
    void timedBodiesAreRecordedWithTheRegistryTicker() throws Exception {
        ScriptedTicker ticker = new ScriptedTicker();
        try (PerfRegistry registry =
                PerfRegistry.create(RegistryConfig.builder().ticker(ticker).build())) {
            Timer t = registry.timer("work");
            t.record(() -> ticker.advance(100));
            assertEquals("ok", t.recordSupplier(() -> {
                ticker.advance(200);
                return "ok";
            }));
            assertEquals(7, (int) t.recordCallable(() -> {
                ticker.advance(300);
                return 7;
            }));
            try (Timer.Sample s = t.start()) {
                ticker.advance(400);
            }
            long t0 = t.tick();
            ticker.advance(500);
            t.recordSince(t0);
            RuntimeException boom = new RuntimeException("boom");
            RuntimeException thrown = assertThrows(
                    RuntimeException.class,
                    () -> t.record(() -> {
                        ticker.advance(600);
                        throw boom;
                    }));
            assertSame(boom, thrown);
            t.record(Duration.ofNanos(700));
            t.record((Duration) null);
            var s = t.snapshot();
            assertEquals(7, s.count());
            assertEquals(2800, s.totalNanos());
            assertEquals(100, s.minNanos());
            assertEquals(700, s.maxNanos());
            assertEquals(1, s.rejectedCount());
        }
    }

    @Test
    void outOfRangeValuesNeverThrowAndAreCounted() {
        try (PerfRegistry registry = PerfRegistry.create()) {
            Timer t = registry.timer("t");
            t.recordNanos(Long.MAX_VALUE);
            t.recordNanos(Long.MIN_VALUE);
            t.recordNanos(-1);
            t.recordNanos(Long.MAX_VALUE, 1);
            t.recordNanos(-7, -7);
            t.record(Duration.ofDays(365 * 1000L));
            var s = t.snapshot();
            assertEquals(3, s.overflowCount());
            assertEquals(3, s.rejectedCount());
            assertEquals(TimerConfig.DEFAULT_HIGHEST_TRACKABLE_NANOS, s.maxNanos());
            assertEquals(TimerConfig.DEFAULT_HIGHEST_TRACKABLE_NANOS, s.valueAtPercentile(100));
            // the corrected overflow is clamped without synthetic samples: its true size is unknown
            assertEquals(3, s.count());
            assertEquals(TimerConfig.DEFAULT_HIGHEST_TRACKABLE_NANOS, s.minNanos());
            assertEquals(3 * TimerConfig.DEFAULT_HIGHEST_TRACKABLE_NANOS, s.totalNanos(), "the total stays exact");
        }
    }

    @Test
    void reportListsEveryTimerAndCounterInHumanUnits() {
        ScriptedTicker ticker = new ScriptedTicker();
        try (PerfRegistry registry =
                PerfRegistry.create(RegistryConfig.builder().ticker(ticker).build())) {
            Timer t = registry.timer("checkout");
            for (int i = 1; i <= 1000; i++) {
                t.recordNanos(i * 1_000L);
            }
            registry.timer("idle");
            registry.counter("db.queries").increment(3);
            String report = registry.report();
            String[] lines = report.split("\n", -1);
            // p50 is 500 µs in the bucket [499,712, 503,807] ns, reported as its top; the mean is exact
            assertEquals("timer     count    mean     p50     p90     p99   p99.9      max", lines[0]);
            assertEquals("checkout  1,000  501 µs  504 µs  901 µs  991 µs  999 µs  1.00 ms", lines[1]);
            assertEquals("idle          0       -       -       -       -       -        -", lines[2]);
            assertTrue(report.contains("db.queries      3"), report);
        }
    }
}
