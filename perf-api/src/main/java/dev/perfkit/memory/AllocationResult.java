package dev.perfkit.memory;

import dev.perfkit.Units;
import java.util.Objects;

/**
 * How many bytes an operation allocated over a number of runs, or why that could not be measured here.
 *
 * <p>Immutable and thread-safe. A supported result never holds a negative or estimated count; an unsupported one
 * holds no count at all: its byte accessors throw {@link IllegalStateException} with the reason, so a made-up
 * number cannot leak into a report or a budget.
 */
public final class AllocationResult {

    private final long totalBytes;
    private final long operations;
    private final AllocationScope scope;
    private final String unsupportedReason;

    private AllocationResult(long totalBytes, long operations, AllocationScope scope, String unsupportedReason) {
        this.totalBytes = totalBytes;
        this.operations = operations;
        this.scope = scope;
        this.unsupportedReason = unsupportedReason;
    }

    /**
     * Creates a measured result.
     *
     * @param totalBytes the bytes allocated over all runs, at least 0
     * @param operations how many runs, at least 1
     * @param scope whose allocations were counted
     * @return the result
     * @throws IllegalArgumentException if {@code totalBytes < 0} or {@code operations < 1}
     */
    public static AllocationResult of(long totalBytes, long operations, AllocationScope scope) {
        if (totalBytes < 0) {
            throw new IllegalArgumentException("totalBytes must not be negative, got " + totalBytes);
        }
        MemoryArgumentChecks.positive(operations, "operations");
        return new AllocationResult(totalBytes, operations, Objects.requireNonNull(scope, "scope"), null);
    }

    /**
     * Creates a result saying that allocations could not be measured, and why.
     *
     * @param scope whose allocations were to be counted
     * @param reason a sentence for people, such as "the current thread is a virtual thread; ..."
     * @param operations how many runs of the operation took place anyway, at least 0
     * @return the unsupported result
     */
    public static AllocationResult unsupported(String reason, long operations, AllocationScope scope) {
        if (operations < 0) {
            throw new IllegalArgumentException("operations must not be negative, got " + operations);
        }
        return new AllocationResult(
                0, operations, Objects.requireNonNull(scope, "scope"), MemoryArgumentChecks.reason(reason));
    }

    /** {@return true when the bytes were measured; false when {@link #unsupportedReason()} says why not} */
    public boolean isSupported() {
        return unsupportedReason == null;
    }

    /** {@return why the bytes could not be measured; empty when they were} */
    public String unsupportedReason() {
        return unsupportedReason == null ? "" : unsupportedReason;
    }

    /** {@return how many times the operation ran} */
    public long operations() {
        return operations;
    }

    /** {@return whose allocations were (or would have been) counted} */
    public AllocationScope scope() {
        return scope;
    }

    /**
     * {@return the bytes allocated over all runs, at least 0}
     *
     * @throws IllegalStateException with the reason, if the result is unsupported
     */
    public long totalBytes() {
        requireSupported();
        return totalBytes;
    }

    /**
     * {@return the bytes allocated per run: {@code totalBytes() / operations()}, at least 0}
     *
     * @throws IllegalStateException with the reason, if the result is unsupported
     */
    public double bytesPerOp() {
        requireSupported();
        return (double) totalBytes / operations;
    }

    private void requireSupported() {
        if (unsupportedReason != null) {
            throw new IllegalStateException("allocation not measured: " + unsupportedReason);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AllocationResult r
                && totalBytes == r.totalBytes
                && operations == r.operations
                && scope.equals(r.scope)
                && Objects.equals(unsupportedReason, r.unsupportedReason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(totalBytes, operations, scope, unsupportedReason);
    }

    /** For example {@code "1.02 KiB/op (1016 KiB over 1000 ops, current thread)"} or {@code "unsupported: ..."}. */
    @Override
    public String toString() {
        if (unsupportedReason != null) {
            return "unsupported: " + unsupportedReason;
        }
        return Units.formatBytes(bytesPerOp()) + "/op (" + Units.formatBytes(totalBytes) + " over " + operations
                + (operations == 1 ? " op, " : " ops, ") + scope + ")";
    }
}
