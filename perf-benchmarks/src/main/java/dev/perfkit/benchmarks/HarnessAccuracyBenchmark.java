package dev.perfkit.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The reference side of {@link HarnessAccuracy}: JMH's average time of a calibrated workload,
 * {@link Blackhole#consumeCPU(long)} with {@code tokens} tokens. {@link HarnessAccuracy} picks the token counts (about
 * 100 ns, 1 µs and 10 µs) and runs this class; on its own it runs with the defaults below.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class HarnessAccuracyBenchmark {

    /** Work per call, in {@link Blackhole#consumeCPU(long)} tokens. */
    @Param({"40", "400", "4000"})
    public long tokens;

    /** The workload. */
    @Benchmark
    public void consume() {
        Blackhole.consumeCPU(tokens);
    }
}
