package dev.perfkit.benchmarks;

import dev.perfkit.PerfRegistry;
import dev.perfkit.RegistryConfig;
import dev.perfkit.Timer;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongConsumer;
import org.HdrHistogram.Recorder;

/**
 * What happens inside one timer when far more threads record into it than there are cores: how many of its stripes
 * and lanes are held at a given moment (by threads the scheduler has stopped inside them, since at most one thread
 * per core runs), and how many records therefore take the spill. Side by side, the records per second of the same
 * threads into HdrHistogram's {@code Recorder}.
 *
 * <p>{@code N} threads record pseudo-random latencies (100 ns to about 10 ms) into one meter for a few seconds; during
 * the second half a sampler reads, once a millisecond, which stripes and lanes are held. The timer's internals are read
 * by reflection (they are package-private), so this is a diagnostic, not an API.
 *
 * <p>Run: {@code java -cp perf-benchmarks/target/benchmarks.jar dev.perfkit.benchmarks.Oversubscription 64 20}
 * (threads, seconds per meter). The first half warms up: with 64 threads on 2 cores the compiler, starved by the
 * writers, needs about 10 s before perfkit's spill path is compiled, and a shorter warm-up measures that instead.
 * {@code ... Oversubscription 2 3 spill} adds the cost of the spill path alone, with the timer's stripe held for good,
 * and of its concurrent aggregate, with the lanes held as well.
 */
public final class Oversubscription {

    /** 0 while warming up, 1 while measuring, 2 to stop: one volatile read per record. */
    private static volatile int state;

    private Oversubscription() {}

    /**
     * Prints one line per meter.
     *
     * @param args the number of threads (64 by default), the seconds per meter (20 by default), and {@code spill} to
     *     time the path records take when every stripe is held (two more rows)
     * @throws Exception if a thread is interrupted or the timer's internals cannot be read
     */
    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 64;
        long millis = (args.length > 1 ? Long.parseLong(args[1]) : 20) * 1000;
        System.out.printf(
                Locale.ROOT,
                "%d threads on %d cores, %d s per meter%n",
                threads,
                Runtime.getRuntime().availableProcessors(),
                millis / 1000);
        Recorder recorder = new Recorder(TimerRecordBenchmark.HOUR, 2);
        run("HdrHistogram Recorder", threads, millis, recorder::recordValue, null);
        try (PerfRegistry registry = PerfRegistry.create()) {
            Timer t = registry.timer("defaults");
            run("perfkit, defaults", threads, millis, t::recordNanos, t);
        }
        try (PerfRegistry registry =
                PerfRegistry.create(RegistryConfig.builder().maxStripes(16).build())) {
            Timer t = registry.timer("sixteen");
            run("perfkit, maxStripes(16)", threads, millis, t::recordNanos, t);
        }
        if (args.length > 2 && args[2].equals("spill")) {
            spillPath("perfkit, spill path", threads, millis, false);
            spillPath("perfkit, concurrent aggregate", threads, millis, true);
        }
    }

    /**
     * Times the path records take when the stripes are held: a timer of one stripe whose stripe is held for good (as by
     * a thread the scheduler stopped inside it), and also both lanes if {@code lanes}, so that the spill's ring fills
     * and every sample goes to the concurrent aggregate.
     */
    private static void spillPath(String name, int n, long millis, boolean lanes) throws Exception {
        try (PerfRegistry registry =
                PerfRegistry.create(RegistryConfig.builder().maxStripes(1).build())) {
            Timer t = registry.timer("spill");
            Sampler internals = new Sampler(t);
            internals.hold(lanes);
            try {
                run(name, n, millis, t::recordNanos, t);
            } finally {
                internals.release(); // before the close, which takes every stripe
            }
        }
    }

    private static void run(String name, int n, long millis, LongConsumer record, Timer timer) throws Exception {
        long[] values = new long[1024];
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < values.length; i++) {
            values[i] = (long) (100 * Math.pow(10, random.nextDouble() * 5));
        }
        state = 0;
        LongAdder measured = new LongAdder();
        Thread[] writers = new Thread[n];
        for (int k = 0; k < n; k++) {
            writers[k] = new Thread(() -> {
                long count = 0;
                int i = 0;
                for (int s = state; s != 2; s = state) {
                    record.accept(values[i++ & 1023]);
                    count += s;
                }
                measured.add(count);
            });
        }
        Sampler sampler = timer == null ? null : new Sampler(timer);
        for (Thread w : writers) {
            w.start();
        }
        Thread.sleep(millis / 2);
        long[] counters = sampler == null ? null : sampler.counters();
        long start = System.nanoTime();
        state = 1;
        if (sampler != null) {
            sampler.runUntil(start + millis / 2 * 1_000_000);
        } else {
            Thread.sleep(millis / 2);
        }
        state = 2;
        long elapsed = System.nanoTime() - start;
        long[] now = sampler == null ? null : sampler.counters();
        for (Thread w : writers) {
            w.join();
        }
        long records = measured.sum();
        System.out.printf(
                Locale.ROOT,
                "%-30s %6.1f ns per record (wall, second half, %,d records)",
                name,
                (double) elapsed / records,
                records);
        if (sampler != null) {
            System.out.printf(
                    Locale.ROOT,
                    "; %.0f %% spilled; %.1f buffers added to a concurrent aggregate per 100 records;"
                            + " %d stripes, held on average %.2f, all held %.0f %% of the time;"
                            + " lanes held on average %.2f of 2",
                    100.0 * (now[0] - counters[0]) / records,
                    100.0 * (now[1] - counters[1]) / records,
                    sampler.stripes(),
                    sampler.meanHeldStripes(),
                    100 * sampler.allHeldShare(),
                    sampler.meanHeldLanes());
        }
        System.out.println();
    }

    /** Reads a timer's stripes and lanes by reflection, once a millisecond. */
    private static final class Sampler {
        private final Object timer;
        private final Field stripes;
        private final Field lanes;
        private final Field seq;
        private final Field lock;
        private final Method spillUses;
        private final Method atomicAdds;
        private long samples;
        private long heldStripes;
        private long allHeld;
        private long heldLanes;
        private int stripeCount;

        Sampler(Timer timer) throws ReflectiveOperationException {
            this.timer = timer;
            Class<?> c = timer.getClass();
            stripes = accessible(c.getDeclaredField("stripes"));
            lanes = accessible(c.getDeclaredField("lanes"));
            seq = accessible(
                    Class.forName("dev.perfkit.core.internal.StripeFields").getDeclaredField("seq"));
            lock = accessible(
                    Class.forName("dev.perfkit.core.internal.LaneFields").getDeclaredField("lock"));
            spillUses = c.getDeclaredMethod("spillUses");
            spillUses.setAccessible(true);
            atomicAdds = c.getDeclaredMethod("atomicAdds");
            atomicAdds.setAccessible(true);
        }

        private static Field accessible(Field f) {
            f.setAccessible(true);
            return f;
        }

        /**
         * Holds every stripe, and the lanes if {@code lanes}, as a stopped thread would; {@link #release()} undoes it.
         */
        void hold(boolean lanes) throws ReflectiveOperationException {
            for (Object s : (Object[]) stripes.get(timer)) {
                seq.setLong(s, seq.getLong(s) | 1);
            }
            if (lanes) {
                for (Object lane : (Object[]) this.lanes.get(timer)) {
                    lock.setInt(lane, 1);
                }
            }
        }

        void release() throws ReflectiveOperationException {
            for (Object s : (Object[]) stripes.get(timer)) {
                seq.setLong(s, seq.getLong(s) + 1);
            }
            for (Object lane : (Object[]) lanes.get(timer)) {
                lock.setInt(lane, 0);
            }
        }

        /** Samples spilled so far, and full buffers added to a concurrent aggregate so far. */
        long[] counters() throws ReflectiveOperationException {
            return new long[] {(long) spillUses.invoke(timer), (long) atomicAdds.invoke(timer)};
        }

        void runUntil(long deadline) throws ReflectiveOperationException {
            while (System.nanoTime() < deadline) {
                Object[] ss = (Object[]) stripes.get(timer);
                int held = 0;
                for (Object s : ss) {
                    long v = seq.getLong(s);
                    if ((v & 1) != 0 && v != -1) {
                        held++;
                    }
                }
                for (Object lane : (Object[]) lanes.get(timer)) {
                    heldLanes += lock.getInt(lane);
                }
                stripeCount = ss.length;
                heldStripes += held;
                allHeld += held == ss.length ? 1 : 0;
                samples++;
                LockSupport.parkNanos(1_000_000);
            }
        }

        int stripes() {
            return stripeCount;
        }

        double meanHeldStripes() {
            return (double) heldStripes / samples;
        }

        double allHeldShare() {
            return (double) allHeld / samples;
        }

        double meanHeldLanes() {
            return (double) heldLanes / samples;
        }
    }
}
