package dev.perfkit.profile;

import java.util.Objects;

/**
 * A method seen in execution samples: how often it was on top of the stack (self) and anywhere on it (total).
 *
 * <p>Immutable and thread-safe. Shares are fractions of the profile's execution samples, from 0 to 1: self shares of
 * all methods add up to at most 1; a method is counted once per sample in total however often it recurs on the stack.
 */
public final class HotMethod {

    private final Frame method;
    private final long selfSamples;
    private final long totalSamples;
    private final long profileSamples;

    private HotMethod(Frame method, long selfSamples, long totalSamples, long profileSamples) {
        this.method = method;
        this.selfSamples = selfSamples;
        this.totalSamples = totalSamples;
        this.profileSamples = profileSamples;
    }

    /**
     * Creates a hot method.
     *
     * @param method the method; its line, when known, is the line most of its self samples were at
     * @param selfSamples samples with this method on top of the stack
     * @param totalSamples samples with this method anywhere on the stack, at least {@code selfSamples}
     * @param profileSamples all execution samples of the profile, at least {@code totalSamples} and at least 1
     * @return the hot method
     * @throws IllegalArgumentException if the counts are out of order or negative
     */
    public static HotMethod of(Frame method, long selfSamples, long totalSamples, long profileSamples) {
        Objects.requireNonNull(method, "method");
        ProfileArgumentChecks.notNegative(selfSamples, "selfSamples");
        if (totalSamples < selfSamples || profileSamples < totalSamples || profileSamples < 1) {
            throw new IllegalArgumentException(
                    "need selfSamples <= totalSamples <= profileSamples and profileSamples >= 1," + " got "
                            + selfSamples + ", " + totalSamples + ", " + profileSamples);
        }
        return new HotMethod(method, selfSamples, totalSamples, profileSamples);
    }

    /** {@return the method, with the line of most of its self samples when known} */
    public Frame method() {
        return method;
    }

    /** {@return the number of samples with this method on top of the stack} */
    public long selfSamples() {
        return selfSamples;
    }

    /** {@return the number of samples with this method anywhere on the stack} */
    public long totalSamples() {
        return totalSamples;
    }

    /** {@return the share of samples with this method on top of the stack, from 0 to 1} */
    public double selfShare() {
        return (double) selfSamples / profileSamples;
    }

    /** {@return the share of samples with this method anywhere on the stack, from 0 to 1} */
    public double totalShare() {
        return (double) totalSamples / profileSamples;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HotMethod h
                && selfSamples == h.selfSamples
                && totalSamples == h.totalSamples
                && profileSamples == h.profileSamples
                && method.equals(h.method);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, selfSamples, totalSamples, profileSamples);
    }

    /** For example {@code "ArrayList.indexOf:296 self 91 % total 93 %"}. */
    @Override
    public String toString() {
        return method.displayName() + " self " + ProfileText.percent(selfShare()) + " total "
                + ProfileText.percent(totalShare());
    }
}
