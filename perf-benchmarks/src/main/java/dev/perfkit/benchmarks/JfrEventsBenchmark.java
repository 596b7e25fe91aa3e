package dev.perfkit.benchmarks;

import dev.perfkit.PerfRegistry;
import dev.perfkit.RegistryConfig;
import dev.perfkit.Tags;
import dev.perfkit.Timer;
import dev.perfkit.core.internal.jfr.TimerIntervals;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import jdk.jfr.Recording;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the JFR events cost. {@code record}: one record into a timer of a registry with the events off, on without a
 * recording, and on with a recording that takes the event every 100 ms (ten times the default rate), so the hook runs
 * beside the writer. {@code periodicHook}: one run of the hook over 100 timers with a recording on, as JFR's thread
 * runs it each period (divide by 100 for the cost per timer).
 *
 * <p>{@code java -jar perf-benchmarks/target/benchmarks.jar JfrEventsBenchmark -prof gc}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class JfrEventsBenchmark {

    @Param({"off", "on-idle", "on-recording"})
    String jfr;

    PerfRegistry registry;
    Timer timer;
    Recording recording;
    final long[] values = new long[1024];
    int next;

    /**
     * Creates the registry, with JFR events on unless {@code jfr} is {@code off}, and its timer, starts a recording for
     * {@code on-recording}, and fills the values with log-uniform latencies from a fixed seed.
     */
    @Setup(Level.Trial)
    public void setUp() {
        registry = PerfRegistry.create(
                RegistryConfig.builder().jfrEvents(!jfr.equals("off")).build());
        timer = registry.timer("bench", Tags.of("kind", "record"));
        if (jfr.equals("on-recording")) {
            recording = new Recording();
            recording.enable("dev.perfkit.TimerInterval").withPeriod(Duration.ofMillis(100));
            recording.setToDisk(false);
            recording.start();
        }
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < values.length; i++) {
            values[i] = (long) (100 * Math.pow(10, random.nextDouble() * 5));
        }
    }

    /** Stops the recording, if any, and closes the registry. */
    @TearDown(Level.Trial)
    public void tearDown() {
        if (recording != null) {
            recording.close();
        }
        registry.close();
    }

    /** Records the next value into the timer. */
    @Benchmark
    public void record() {
        timer.recordNanos(values[next++ & 1023]);
    }

    /** The hook over 100 timers with 1,000 values each per period, a recording on. */
    @State(Scope.Benchmark)
    public static class Hook {
        PerfRegistry registry;
        TimerIntervals hook;
        Recording recording;
        List<Timer> timers = new ArrayList<>();

        /** Creates the registry and its 100 timers, hooks them up and starts a recording. */
        @Setup(Level.Trial)
        public void setUp() {
            registry = PerfRegistry.create();
            for (int i = 0; i < 100; i++) {
                timers.add(registry.timer("t" + i, Tags.of("i", String.valueOf(i))));
            }
            hook = TimerIntervals.hook(registry::timers);
            recording = new Recording();
            recording.enable("dev.perfkit.TimerInterval").withPeriod(Duration.ofDays(1)); // JFR's own runs stay out
            recording.setToDisk(false);
            recording.start();
        }

        /** Records 1,000 values into each timer, so every run of the hook has an interval to emit. */
        @Setup(Level.Invocation)
        public void fill() {
            for (int i = 0; i < timers.size(); i++) {
                Timer t = timers.get(i);
                for (int v = 1; v <= 1_000; v++) {
                    t.recordNanos(v * 997L + i);
                }
            }
        }

        /** Unhooks the timers, stops the recording and closes the registry. */
        @TearDown(Level.Trial)
        public void tearDown() {
            hook.unhook();
            recording.close();
            registry.close();
        }
    }

    /**
     * One run of the hook over the 100 timers, as JFR's thread runs it each period.
     *
     * @param h the timers, their hook and the recording
     */
    @Benchmark
    @Warmup(iterations = 3, time = 1)
    @Measurement(iterations = 5, time = 1)
    public void periodicHook(Hook h) {
        h.hook.run();
    }
}
