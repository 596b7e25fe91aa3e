package dev.perfkit.core.internal.memory;

import dev.perfkit.Ticker;
import dev.perfkit.memory.AllocationResult;
import dev.perfkit.memory.AllocationScope;
import dev.perfkit.memory.LeakOptions;
import dev.perfkit.memory.LeakReport;
import dev.perfkit.memory.MemoryProbe;
import dev.perfkit.memory.RetainedResult;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The core {@link MemoryProbe}: checks arguments, then hands allocation to {@link AllocationMeter} and heap to
 * {@link HeapMeter}.
 */
final class CoreMemoryProbe implements MemoryProbe {

    private final AllocationMeter allocations;
    private final HeapMeter heap;

    CoreMemoryProbe(AllocationCounter counter, HeapGauge gauge, Ticker ticker) {
        this.allocations = new AllocationMeter(counter);
        this.heap = new HeapMeter(
                new Settler(gauge, ticker, VmFlags.fullCompactionInterval(), Settler.MAX_READINGS, Settler.MAX_NANOS));
    }

    /** The probe of this JVM: JMX allocation counters, the class histogram falling back to heap used after GC. */
    static CoreMemoryProbe system() {
        return new CoreMemoryProbe(
                JmxAllocationCounter.create(),
                new FallbackGauge(new HistogramGauge(), new GcUsageGauge()),
                Ticker.system());
    }

    AllocationMeter allocationMeter() {
        return allocations;
    }

    @Override
    public AllocationResult allocation(Runnable op, long iterations) {
        return allocations.currentThread(Objects.requireNonNull(op, "op"), checkIterations(iterations));
    }

    @Override
    public AllocationResult allocation(Supplier<?> op, long iterations) {
        return allocations.currentThread(Objects.requireNonNull(op, "op"), checkIterations(iterations));
    }

    @Override
    public AllocationResult allocation(AllocationScope scope, Runnable op, long iterations) {
        Objects.requireNonNull(scope, "scope");
        return allocations.scoped(scope, Objects.requireNonNull(op, "op"), checkIterations(iterations));
    }

    @Override
    public RetainedResult retained(Runnable op) {
        Objects.requireNonNull(op, "op");
        return heap.retained(() -> {
            op.run();
            return null;
        });
    }

    @Override
    public RetainedResult retained(Supplier<?> op) {
        return heap.retained(Objects.requireNonNull(op, "op"));
    }

    @Override
    public LeakReport leak(Runnable op, LeakOptions options) {
        return heap.leak(Objects.requireNonNull(op, "op"), Objects.requireNonNull(options, "options"));
    }

    private static long checkIterations(long iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be at least 1, got " + iterations);
        }
        return iterations;
    }

    @Override
    public String toString() {
        return "core memory probe";
    }
}
