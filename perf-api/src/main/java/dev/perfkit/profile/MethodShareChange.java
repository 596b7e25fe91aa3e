package dev.perfkit.profile;

import java.util.Objects;

/**
 * How one method's share of execution samples changed between two profiles.
 *
 * <p>Immutable and thread-safe. Shares are fractions from 0 to 1; a method missing from one profile (never sampled,
 * or not among the kept entries) has share 0 there.
 */
public final class MethodShareChange {

    private final Frame method;
    private final double selfBefore;
    private final double selfAfter;
    private final double totalBefore;
    private final double totalAfter;

    private MethodShareChange(
            Frame method, double selfBefore, double selfAfter, double totalBefore, double totalAfter) {
        this.method = method;
        this.selfBefore = selfBefore;
        this.selfAfter = selfAfter;
        this.totalBefore = totalBefore;
        this.totalAfter = totalAfter;
    }

    /**
     * Creates a change.
     *
     * @param selfBefore the self share before, from 0 to 1
     * @param selfAfter the self share after, from 0 to 1
     * @param totalBefore the total share before, from 0 to 1
     * @param totalAfter the total share after, from 0 to 1
     * @param method the method, without a line
     * @return the change
     * @throws IllegalArgumentException if a share is outside 0 to 1
     */
    public static MethodShareChange of(
            Frame method, double selfBefore, double selfAfter, double totalBefore, double totalAfter) {
        return new MethodShareChange(
                Objects.requireNonNull(method, "method").withoutLine(),
                ProfileArgumentChecks.share(selfBefore, "selfBefore"),
                ProfileArgumentChecks.share(selfAfter, "selfAfter"),
                ProfileArgumentChecks.share(totalBefore, "totalBefore"),
                ProfileArgumentChecks.share(totalAfter, "totalAfter"));
    }

    /** {@return the method} */
    public Frame method() {
        return method;
    }

    /** {@return the self share before} */
    public double selfBefore() {
        return selfBefore;
    }

    /** {@return the self share after} */
    public double selfAfter() {
        return selfAfter;
    }

    /** {@return the total share before} */
    public double totalBefore() {
        return totalBefore;
    }

    /** {@return the total share after} */
    public double totalAfter() {
        return totalAfter;
    }

    /** {@return {@code selfAfter - selfBefore}: negative when the method lost share} */
    public double selfChange() {
        return selfAfter - selfBefore;
    }

    /** {@return {@code totalAfter - totalBefore}} */
    public double totalChange() {
        return totalAfter - totalBefore;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MethodShareChange c
                && method.equals(c.method)
                && selfBefore == c.selfBefore
                && selfAfter == c.selfAfter
                && totalBefore == c.totalBefore
                && totalAfter == c.totalAfter;
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, selfBefore, selfAfter, totalBefore, totalAfter);
    }

    /** For example {@code "ArrayList.indexOf 91 % -> 0 %"} (self shares). */
    @Override
    public String toString() {
        return method.displayName() + " " + ProfileText.percent(selfBefore) + " -> " + ProfileText.percent(selfAfter);
    }
}
