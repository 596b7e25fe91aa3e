package dev.perfkit.benchmarks.accuracy;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** The reference side of {@link PerfTestAccuracy}: JMH's sample-mode latency of the {@link PerfTestFixtures} bodies. */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class PerfTestAccuracyBenchmark {

    /**
     * About 100 ns of CPU.
     *
     * @return the computed value, returned so that JMH consumes it
     */
    @Benchmark
    public long cpu100ns() {
        return Work.mix(45);
    }

    /**
     * About 1 µs of CPU.
     *
     * @return the computed value, returned so that JMH consumes it
     */
    @Benchmark
    public long cpu1us() {
        return Work.mix(450);
    }

    /**
     * About 10 µs of CPU.
     *
     * @return the computed value, returned so that JMH consumes it
     */
    @Benchmark
    public long cpu10us() {
        return Work.mix(4_500);
    }

    /**
     * A JOIN over embedded H2.
     *
     * @return a value computed from the joined rows, returned so that JMH consumes it
     */
    @Benchmark
    public long h2Join() {
        return Orders.join();
    }

    /**
     * The HashSet dedup of 2,000 ids.
     *
     * @return how many distinct ids there are
     */
    @Benchmark
    public int hashDedup() {
        return Dedup.hashSet(PerfTestFixtures.IDS).size();
    }
}
