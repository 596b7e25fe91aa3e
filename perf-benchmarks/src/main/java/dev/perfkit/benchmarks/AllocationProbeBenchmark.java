package dev.perfkit.benchmarks;

import dev.perfkit.memory.AllocationResult;
import dev.perfkit.memory.MemoryProbe;
import java.lang.management.ManagementFactory;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of measuring one operation's allocation with {@link MemoryProbe#allocation(Runnable, long)}, against the
 * floor: two raw {@code getCurrentThreadAllocatedBytes()} calls around the same operation. The target is at most
 * 1.2x the floor; {@code -prof gc} shows whether the probe itself allocates ({@code gc.alloc.rate.norm}, target 0).
 *
 * <p>Run: {@code java -jar perf-benchmarks/target/benchmarks.jar AllocationProbeBenchmark -prof gc}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class AllocationProbeBenchmark {

    private com.sun.management.ThreadMXBean bean;
    private MemoryProbe probe;
    private long counter;
    private Runnable op;

    /** Looks up the bean and the probe, and checks that both measure here. */
    @Setup
    public void setUp() {
        bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        probe = MemoryProbe.create();
        op = () -> counter++;
        AllocationResult check = probe.allocation(op, 1);
        if (!check.isSupported() || bean.getCurrentThreadAllocatedBytes() < 0) {
            throw new IllegalStateException("allocation accounting unsupported here: " + check);
        }
    }

    /**
     * The floor: read the counter, run the op, read again.
     *
     * @return the bytes the op allocated, returned so that JMH consumes it
     */
    @Benchmark
    public long rawTwoReads() {
        long before = bean.getCurrentThreadAllocatedBytes();
        op.run();
        return bean.getCurrentThreadAllocatedBytes() - before;
    }

    /**
     * The probe: the same, plus argument checks, calibration and the result value.
     *
     * @return the bytes the probe reports, returned so that JMH consumes it
     */
    @Benchmark
    public long probeOneOp() {
        return probe.allocation(op, 1).totalBytes();
    }
}
