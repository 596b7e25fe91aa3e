package dev.perfkit.benchmarks.profile;

import dev.perfkit.benchmarks.accuracy.Dedup;
import dev.perfkit.profile.Profile;
import dev.perfkit.profile.ProfileOptions;
import dev.perfkit.profile.ProfileSession;
import dev.perfkit.profile.Profiler;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * What a running profile costs the code it measures: the same bodies with no recording, and with a profile session
 * (the engine's JFR settings) recording the whole trial, at sampling periods of 10 ms (the default) and 1 ms. Compare
 * the p0.50 rows of the same body. {@code dedup}: CPU-bound (an O(n^2) dedup of 500 ids); {@code encode}: one 4 KiB
 * buffer and a small string per call, so the allocation sampler's share shows.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(3)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 2)
public class ProfileOverheadBenchmark {

    /** {@code off}, or the sampling period in milliseconds. */
    @Param({"off", "10", "1"})
    public String profiling;

    private ProfileSession session;
    private List<Integer> ids;
    private int record;

    /** Starts a profile session for the whole trial, unless {@link #profiling} is {@code off}. */
    @Setup(Level.Trial)
    public void start() {
        ids = Dedup.ids(500, 500);
        if (!profiling.equals("off")) {
            Profiler profiler = Profiler.create();
            if (!profiler.isAvailable()) {
                throw new IllegalStateException(profiler.unavailableReason());
            }
            session = profiler.start(
                    ProfileOptions.defaults().withSamplingPeriod(Duration.ofMillis(Integer.parseInt(profiling))));
            session.trackCurrentThread();
        }
    }

    /** Stops the session, if any, and prints how many samples it took. */
    @TearDown(Level.Trial)
    public void stop() {
        if (session != null) {
            Profile p = session.stop();
            System.out.println("profile (" + profiling + " ms): " + p.executionSamples() + " execution samples, "
                    + p.allocationSamples() + " allocation samples"
                    + (p.isAvailable() ? "" : "; " + p.unavailableReason()));
        }
    }

    /** {@return the O(n^2) dedup of 500 ids: CPU-bound work} */
    @Benchmark
    public List<Integer> dedup() {
        return Dedup.scanList(ids);
    }

    /** {@return the label length of one encode call, which allocates a 4 KiB buffer and a small string} */
    @Benchmark
    public int encode() {
        return Workloads.encode(record++);
    }
}
