package dev.perfkit.benchmarks;

import dev.perfkit.junit.Sink;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What perf-junit's {@link Sink} costs and whether it keeps a computation alive: the same small computation (16
 * dependent multiply-adds on a field) dropped, passed to the sink, or passed to JMH's {@link Blackhole}; an empty
 * method as the floor. The sink is obtained as a test receives it, through {@code PerfTestExtension}'s resolver, here
 * by reflection on the package-private implementation.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class SinkBenchmark {

    private double x = 1.000_001;
    private Sink sink;

    /**
     * Creates the sink the extension hands to tests.
     *
     * @throws ReflectiveOperationException if the extension's sink class cannot be loaded or made
     */
    @Setup
    public void setUp() throws ReflectiveOperationException {
        var type = Class.forName("dev.perfkit.junit.OpaqueSink");
        var constructor = type.getDeclaredConstructor();
        constructor.setAccessible(true);
        sink = (Sink) constructor.newInstance();
    }

    /** A chain of 16 dependent multiply-adds: about 16 x 4 cycles when it runs, nothing when the JIT drops it. */
    private double compute() {
        double v = x;
        for (int i = 0; i < 16; i++) {
            v = v * 1.000_000_1 + 0.5;
        }
        return v;
    }

    /** Nothing: the floor. */
    @Benchmark
    public void empty() {}

    /** The computation, its result dropped: the JIT may remove it. */
    @Benchmark
    public void dropped() {
        compute();
    }

    /** The computation into the sink. */
    @Benchmark
    public void intoSink() {
        sink.consume(compute());
    }

    /**
     * The computation into JMH's Blackhole.
     *
     * @param bh JMH's sink for the computed value
     */
    @Benchmark
    public void intoBlackhole(Blackhole bh) {
        bh.consume(compute());
    }

    /** A constant into the sink: the sink's own cost. */
    @Benchmark
    public void sinkAlone() {
        sink.consume(x);
    }
}
