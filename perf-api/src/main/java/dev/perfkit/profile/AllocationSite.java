package dev.perfkit.profile;

import java.util.Objects;

/**
 * Where a type of object was allocated, and about how many bytes, from JFR's allocation samples.
 *
 * <p>Immutable and thread-safe. The bytes are an estimate: JFR samples allocations (a few hundred a second) and weighs
 * each sample by the bytes allocated since the previous one, so totals are right over many samples and rough over a
 * few. {@link #site()} is the first frame of application code (outside {@code java.}, {@code javax.}, {@code jdk.},
 * {@code sun.} and {@code com.sun.}), the line to change; {@link #allocatingFrame()} is the top frame, where the
 * object was made (often in the JDK, such as {@code Arrays.copyOf}); they are the same frame when the application
 * allocated directly.
 */
public final class AllocationSite {

    private final Frame site;
    private final Frame allocatingFrame;
    private final String objectClass;
    private final long bytes;
    private final long samples;

    private AllocationSite(Frame site, Frame allocatingFrame, String objectClass, long bytes, long samples) {
        this.site = site;
        this.allocatingFrame = allocatingFrame;
        this.objectClass = objectClass;
        this.bytes = bytes;
        this.samples = samples;
    }

    /**
     * Creates an allocation site.
     *
     * @param site the first application frame (or the top frame when the whole stack is the JDK's)
     * @param allocatingFrame the top frame
     * @param objectClass the allocated type as Java writes it, such as {@code byte[]} or {@code java.lang.String}
     * @param bytes the estimated bytes, at least 0
     * @param samples the allocation samples behind the estimate, at least 0
     * @return the site
     */
    public static AllocationSite of(Frame site, Frame allocatingFrame, String objectClass, long bytes, long samples) {
        return new AllocationSite(
                Objects.requireNonNull(site, "site"),
                Objects.requireNonNull(allocatingFrame, "allocatingFrame"),
                ProfileArgumentChecks.text(objectClass, "objectClass"),
                ProfileArgumentChecks.notNegative(bytes, "bytes"),
                ProfileArgumentChecks.notNegative(samples, "samples"));
    }

    /** {@return the first application frame: the line to change} */
    public Frame site() {
        return site;
    }

    /** {@return the top frame: where the object was made} */
    public Frame allocatingFrame() {
        return allocatingFrame;
    }

    /** {@return the allocated type, such as {@code byte[]}} */
    public String objectClass() {
        return objectClass;
    }

    /** {@return the estimated bytes allocated here} */
    public long bytes() {
        return bytes;
    }

    /** {@return the allocation samples behind {@link #bytes()}} */
    public long samples() {
        return samples;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AllocationSite a
                && bytes == a.bytes
                && samples == a.samples
                && site.equals(a.site)
                && allocatingFrame.equals(a.allocatingFrame)
                && objectClass.equals(a.objectClass);
    }

    @Override
    public int hashCode() {
        return Objects.hash(site, allocatingFrame, objectClass, bytes, samples);
    }

    /** For example {@code "byte[] 12.0 MiB at Parser.read:42"}. */
    @Override
    public String toString() {
        return ProfileText.allocation(this);
    }
}
