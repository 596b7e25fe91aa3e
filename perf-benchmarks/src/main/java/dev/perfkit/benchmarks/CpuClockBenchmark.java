package dev.perfkit.benchmarks;

import dev.perfkit.PerfRegistry;
import dev.perfkit.Timer;
import dev.perfkit.junit.measure.jvm.CpuClock;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of one reading of each clock perf-junit reads: {@link System#nanoTime()} (the wall clock, read around
 * every sample), {@code ThreadMXBean.getCurrentThreadCpuTime()} (the thread's CPU time, read once per thread and
 * measurement), perf-junit's {@link CpuClock#system()} around it, and the run delay from
 * {@code /proc/thread-self/schedstat} (read outside the metered region). The ratio of the CPU-time reading to
 * {@code nanoTime} is why CPU time is not read per call. The last two set a timed call of an application timer
 * ({@code tick()} and {@code recordSince}) against the same with two CPU-time reads around it, what an opt-in CPU time
 * for timers would cost every recorded call.
 *
 * <p>Run: {@code flock /tmp/perfkit-bench.lock java -jar perf-benchmarks/target/benchmarks.jar CpuClockBenchmark}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class CpuClockBenchmark {

    private ThreadMXBean bean;
    private CpuClock clock;
    private PerfRegistry registry;
    private Timer timer;

    /** Looks up the bean and checks that CPU time is measured here. */
    @Setup
    public void setUp() {
        bean = ManagementFactory.getThreadMXBean();
        clock = CpuClock.system();
        if (!clock.unsupportedReason().isEmpty()) {
            throw new IllegalStateException(clock.unsupportedReason());
        }
        registry = PerfRegistry.create();
        timer = registry.timer("cpu-bench");
    }

    /** Closes the registry. */
    @TearDown
    public void tearDown() {
        registry.close();
    }

    /**
     * The wall clock.
     *
     * @return {@link System#nanoTime()}, returned so that JMH consumes it
     */
    @Benchmark
    public long nanoTime() {
        return System.nanoTime();
    }

    /**
     * The thread's CPU time, straight from the bean.
     *
     * @return the thread's CPU time in nanoseconds, returned so that JMH consumes it
     */
    @Benchmark
    public long threadCpuTime() {
        return bean.getCurrentThreadCpuTime();
    }

    /**
     * The thread's CPU time through perf-junit's clock.
     *
     * @return the thread's CPU time in nanoseconds, returned so that JMH consumes it
     */
    @Benchmark
    public long cpuClock() {
        return clock.threadCpuNanos();
    }

    /**
     * The thread's wait for a core, read from {@code /proc/thread-self/schedstat}.
     *
     * @return the thread's run delay in nanoseconds (-1 when unknown), returned so that JMH consumes it
     */
    @Benchmark
    public long runDelay() {
        return clock.readyNanos();
    }

    /** A timed call of an application timer: two ticks and one record. */
    @Benchmark
    public void timerStartStop() {
        long t0 = timer.tick();
        timer.recordSince(t0);
    }

    /**
     * The same with the thread's CPU time read around it, as a CPU-time opt-in for timers would.
     *
     * @return the CPU time the timed call used in nanoseconds, returned so that JMH consumes it
     */
    @Benchmark
    public long timerStartStopWithCpu() {
        long c0 = bean.getCurrentThreadCpuTime();
        long t0 = timer.tick();
        timer.recordSince(t0);
        return bean.getCurrentThreadCpuTime() - c0;
    }
}
