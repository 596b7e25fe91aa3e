package dev.perfkit.memory;

import dev.perfkit.Units;
import java.util.Objects;

/**
 * How much more heap was reachable after an operation than before it, each measured once garbage collection had
 * settled; or why that could not be measured here.
 *
 * <p>Immutable and thread-safe. The retained figure is negative when the operation released more than it kept (it
 * cleared a cache, say). An unsupported result holds no figures: its byte accessors throw
 * {@link IllegalStateException} with the reason.
 */
public final class RetainedResult {

    private final long beforeBytes;
    private final long afterBytes;
    private final String source;
    private final String unsupportedReason;

    private RetainedResult(long beforeBytes, long afterBytes, String source, String unsupportedReason) {
        this.beforeBytes = beforeBytes;
        this.afterBytes = afterBytes;
        this.source = source;
        this.unsupportedReason = unsupportedReason;
    }

    /**
     * Creates a measured result.
     *
     * @param beforeBytes the settled reachable heap before the operation, at least 0
     * @param afterBytes the settled reachable heap after it, at least 0
     * @param source how the heap was read, such as {@code "class histogram"}; see {@link #source()}
     * @return the result
     */
    public static RetainedResult of(long beforeBytes, long afterBytes, String source) {
        if (beforeBytes < 0 || afterBytes < 0) {
            throw new IllegalArgumentException(
                    "heap figures must not be negative, got " + beforeBytes + " and " + afterBytes);
        }
        return new RetainedResult(beforeBytes, afterBytes, Objects.requireNonNull(source, "source"), null);
    }

    /**
     * Creates a result saying that retained heap could not be measured, and why.
     *
     * @param reason a sentence for people that says why the heap could not be measured
     * @return the unsupported result
     */
    public static RetainedResult unsupported(String reason) {
        return new RetainedResult(0, 0, "", MemoryArgumentChecks.reason(reason));
    }

    /** {@return true when the heap was measured; false when {@link #unsupportedReason()} says why not} */
    public boolean isSupported() {
        return unsupportedReason == null;
    }

    /** {@return why the heap could not be measured; empty when it was} */
    public String unsupportedReason() {
        return unsupportedReason == null ? "" : unsupportedReason;
    }

    /**
     * {@return how the heap was read, which sets the precision: {@code "class histogram"} sums the sizes of live
     * objects after a full collection and is exact; {@code "heap used after GC"} reads the collector's used figure,
     * which counts whole regions for G1's large arrays and is exact elsewhere only up to alignment} Empty when
     * unsupported.
     */
    public String source() {
        return source;
    }

    /**
     * {@return the settled reachable heap before the operation, in bytes}
     *
     * @throws IllegalStateException with the reason, if the result is unsupported
     */
    public long beforeBytes() {
        requireSupported();
        return beforeBytes;
    }

    /**
     * {@return the settled reachable heap after the operation, in bytes}
     *
     * @throws IllegalStateException with the reason, if the result is unsupported
     */
    public long afterBytes() {
        requireSupported();
        return afterBytes;
    }

    /**
     * {@return {@code afterBytes() - beforeBytes()}: the bytes the operation left reachable; negative if it released
     * more}
     *
     * @throws IllegalStateException with the reason, if the result is unsupported
     */
    public long retainedBytes() {
        requireSupported();
        return afterBytes - beforeBytes;
    }

    private void requireSupported() {
        if (unsupportedReason != null) {
            throw new IllegalStateException("retained heap not measured: " + unsupportedReason);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RetainedResult r
                && beforeBytes == r.beforeBytes
                && afterBytes == r.afterBytes
                && source.equals(r.source)
                && Objects.equals(unsupportedReason, r.unsupportedReason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(beforeBytes, afterBytes, source, unsupportedReason);
    }

    /**
     * For example {@code "retained 10.0 MiB (1.74 MiB -> 11.7 MiB, class histogram)"} or {@code "unsupported: ..."}.
     */
    @Override
    public String toString() {
        if (unsupportedReason != null) {
            return "unsupported: " + unsupportedReason;
        }
        return "retained " + Units.formatBytes(afterBytes - beforeBytes) + " (" + Units.formatBytes(beforeBytes)
                + " -> " + Units.formatBytes(afterBytes) + ", " + source + ")";
    }
}
