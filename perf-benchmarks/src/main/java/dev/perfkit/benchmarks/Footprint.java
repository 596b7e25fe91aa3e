package dev.perfkit.benchmarks;

import com.codahale.metrics.LockFreeExponentiallyDecayingReservoir;
import dev.perfkit.PerfRegistry;
import dev.perfkit.RegistryConfig;
import dev.perfkit.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.ObjLongConsumer;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.PackedHistogram;
import org.HdrHistogram.Recorder;

/**
 * Retained heap per timer, idle and after 10^6 latencies (log-uniform, 1 µs to 10 s) each, for this project's timer
 * and the ones it competes with: {@code N} timers are created and filled, the settled heap before and after is
 * compared, and the difference is divided by {@code N}. perfkit's timer is also filled by 64 platform threads at once
 * and by 100,000 virtual threads (JDK 21 and later), and read once for an interval.
 *
 * <p>Run: {@code java -cp perf-benchmarks/target/benchmarks.jar dev.perfkit.benchmarks.Footprint}; add
 * {@code -XX:ActiveProcessorCount=64} to see the timer a 64-core machine would build.
 */
public final class Footprint {

    private static final int N = 100;
    private static final int SAMPLES = 1_000_000;
    private static final long[] VALUES = new long[SAMPLES];

    private Footprint() {}

    /**
     * Prints one row per timer kind: idle and active bytes per timer.
     *
     * @param args not used
     * @throws Exception if a measurement fails
     */
    public static void main(String[] args) throws Exception {
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < VALUES.length; i++) {
            VALUES[i] = (long) (1_000 * Math.pow(10, random.nextDouble() * 7)); // 1 µs to 10 s
        }
        PerfRegistry perfkit =
                PerfRegistry.create(RegistryConfig.builder().maxMeters(100_000).build());
        SimpleMeterRegistry micrometer = new SimpleMeterRegistry();
        long hour = TimeUnit.HOURS.toNanos(1);
        System.out.printf(
                Locale.ROOT,
                "%d cores seen; %-48s %12s %12s%n",
                Runtime.getRuntime().availableProcessors(),
                "timer",
                "idle B",
                "active B");
        row("perfkit Timer (defaults: 6 bits), 1 thread", i -> perfkit.timer("a" + i), oneThread(Timer::recordNanos));
        row(
                "perfkit Timer, 1 thread, then 1 interval read",
                i -> perfkit.timer("b" + i),
                Footprint.<Timer>oneThread(Timer::recordNanos).andThen(ts -> ts.forEach(t -> t.intervalSnapshot())));
        row("perfkit Timer, 64 threads at once", i -> perfkit.timer("c" + i), threads(64));
        row(
                "perfkit Timer, 64 threads, then 1 interval read",
                i -> perfkit.timer("d" + i),
                threads(64).andThen(ts -> ts.forEach(t -> t.intervalSnapshot())));
        row(
                "perfkit Timer, 2 threads in turn, then 1 interval read",
                i -> perfkit.timer("t" + i),
                inTurn(perfkit.timer("shared")).andThen(ts -> ts.forEach(t -> t.intervalSnapshot())));
        PerfRegistry sixteen = PerfRegistry.create(
                RegistryConfig.builder().maxMeters(100_000).maxStripes(16).build());
        row("perfkit Timer, maxStripes(16), 64 threads", i -> sixteen.timer("g" + i), threads(64));
        if (Runtime.version().feature() >= 21) {
            row("perfkit Timer, 100,000 virtual threads", i -> perfkit.timer("e" + i), virtualThreads(100_000));
        }
        row(
                "perfkit Timer (7 bits), 1 thread",
                i -> Timer.builder("f" + i).precisionBits(7).register(perfkit),
                oneThread(Timer::recordNanos));
        row("HdrHistogram Histogram (1h, 2 digits)", i -> new Histogram(hour, 2), oneThread(Histogram::recordValue));
        row("HdrHistogram Histogram (1h, 3 digits)", i -> new Histogram(hour, 3), oneThread(Histogram::recordValue));
        row(
                "HdrHistogram PackedHistogram (1h, 3 digits)",
                i -> new PackedHistogram(hour, 3),
                oneThread(PackedHistogram::recordValue));
        row("HdrHistogram Recorder (1h, 2 digits)", i -> new Recorder(hour, 2), oneThread(Recorder::recordValue));
        row(
                "Micrometer Timer (default)",
                i -> io.micrometer.core.instrument.Timer.builder("m" + i).register(micrometer),
                oneThread((t, v) -> t.record(v, TimeUnit.NANOSECONDS)));
        row(
                "Micrometer Timer (percentile histogram)",
                i -> io.micrometer.core.instrument.Timer.builder("h" + i)
                        .publishPercentileHistogram()
                        .register(micrometer),
                oneThread((t, v) -> t.record(v, TimeUnit.NANOSECONDS)));
        row(
                "Dropwizard Timer (default)",
                i -> new com.codahale.metrics.Timer(),
                oneThread((t, v) -> t.update(v, TimeUnit.NANOSECONDS)));
        row(
                "Dropwizard Timer (lock-free reservoir)",
                i -> new com.codahale.metrics.Timer(
                        LockFreeExponentiallyDecayingReservoir.builder().build()),
                oneThread((t, v) -> t.update(v, TimeUnit.NANOSECONDS)));
    }

    private static <T> Consumer<List<T>> oneThread(ObjLongConsumer<T> record) {
        return timers -> {
            for (T t : timers) {
                for (long v : VALUES) {
                    record.accept(t, v);
                }
            }
        };
    }

    /** {@code n} threads go through the timers together, each recording its share of every timer's samples. */
    private static Consumer<List<Timer>> threads(int n) {
        return timers -> {
            List<Thread> threads = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                int first = k;
                threads.add(new Thread(() -> {
                    for (Timer t : timers) {
                        for (int i = first; i < SAMPLES; i += n) {
                            t.recordNanos(VALUES[i]);
                        }
                    }
                }));
            }
            threads.forEach(Thread::start);
            for (Thread t : threads) {
                join(t);
            }
        };
    }

    /**
     * Two pool threads that first record into {@code shared} at once (as threads of a service do into its busiest
     * timer, which makes them part onto different lanes), then fill every timer one after the other, half each: the
     * timers of a service that its threads record into one at a time.
     */
    private static Consumer<List<Timer>> inTurn(Timer shared) {
        return timers -> {
            ExecutorService[] threads = {Executors.newSingleThreadExecutor(), Executors.newSingleThreadExecutor()};
            try {
                List<Future<?>> busy = new ArrayList<>();
                for (ExecutorService thread : threads) {
                    busy.add(thread.submit(() -> {
                        for (int r = 0; r < 10; r++) {
                            for (long v : VALUES) {
                                shared.recordNanos(v);
                            }
                        }
                    }));
                }
                for (Future<?> f : busy) {
                    f.get();
                }
                for (Timer t : timers) {
                    for (int k = 0; k < 2; k++) {
                        int first = k;
                        threads[k]
                                .submit(() -> {
                                    for (int i = first; i < SAMPLES; i += 2) {
                                        t.recordNanos(VALUES[i]);
                                    }
                                })
                                .get();
                    }
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                for (ExecutorService thread : threads) {
                    thread.shutdown();
                }
            }
        };
    }

    /** {@code n} virtual threads, each recording its share of every timer's samples. */
    private static Consumer<List<Timer>> virtualThreads(int n) {
        return timers -> {
            try {
                ExecutorService executor = (ExecutorService) Executors.class
                        .getMethod("newVirtualThreadPerTaskExecutor")
                        .invoke(null);
                for (int k = 0; k < n; k++) {
                    int first = k;
                    executor.execute(() -> {
                        for (Timer t : timers) {
                            for (int i = first; i < SAMPLES; i += n) {
                                t.recordNanos(VALUES[i]);
                            }
                        }
                    });
                }
                executor.shutdown();
                executor.awaitTermination(1, TimeUnit.HOURS);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    private static void join(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static <T> void row(String name, IntFunction<T> factory, Consumer<List<T>> fill) {
        List<T> keep = new ArrayList<>(N);
        long before = settledHeap();
        for (int i = 0; i < N; i++) {
            keep.add(factory.apply(i));
        }
        long idle = settledHeap();
        fill.accept(keep);
        long active = settledHeap();
        System.out.printf(Locale.ROOT, "%-64s %12d %12d%n", name, (idle - before) / N, (active - before) / N);
        keep.clear();
    }

    private static long settledHeap() {
        long last = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            System.gc();
            long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            if (used >= last) {
                return used;
            }
            last = used;
        }
        return last;
    }
}
