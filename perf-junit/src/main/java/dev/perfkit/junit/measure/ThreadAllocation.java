package dev.perfkit.junit.measure;

import dev.perfkit.memory.AllocationResult;
import dev.perfkit.memory.MemoryProbe;

/**
 * Counts the bytes the current thread allocates while it runs a region of code: each measuring thread wraps its
 * measurement loop in one. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface ThreadAllocation {

    /** Runs {@code region} once on the current thread and returns what it allocated, or why that is unknown. */
    AllocationResult allocation(Runnable region);

    /** A meter backed by a {@link MemoryProbe}, such as {@link MemoryProbe#create()}. */
    static ThreadAllocation of(MemoryProbe probe) {
        return region -> probe.allocation(region, 1);
    }
}
