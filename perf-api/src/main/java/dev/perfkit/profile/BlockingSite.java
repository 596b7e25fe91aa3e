package dev.perfkit.profile;

import java.util.Objects;

/**
 * Where threads waited, for what, and for how long, from JFR's blocking events.
 *
 * <p>Immutable and thread-safe. JFR records a blocking event only when the wait lasted at least the threshold of
 * {@link ProfileOptions#blockingThreshold()}, so shorter waits are not counted. {@link #site()} is the first frame of
 * application code, as for {@link AllocationSite#site()}.
 */
public final class BlockingSite {

    private final BlockingKind kind;
    private final Frame site;
    private final String detail;
    private final long nanos;
    private final long events;

    private BlockingSite(BlockingKind kind, Frame site, String detail, long nanos, long events) {
        this.kind = kind;
        this.site = site;
        this.detail = detail;
        this.nanos = nanos;
        this.events = events;
    }

    /**
     * Creates a blocking site.
     *
     * @param kind what the threads waited for
     * @param site the first application frame (or the top frame when the whole stack is the JDK's)
     * @param detail what was waited on: the monitor's or parked-on object's class, {@code host:port}, a file path;
     *     empty when unknown
     * @param nanos the total time waited, at least 0
     * @param events how many waits, at least 0
     * @return the site
     */
    public static BlockingSite of(BlockingKind kind, Frame site, String detail, long nanos, long events) {
        return new BlockingSite(
                Objects.requireNonNull(kind, "kind"),
                Objects.requireNonNull(site, "site"),
                ProfileArgumentChecks.text(detail, "detail"),
                ProfileArgumentChecks.notNegative(nanos, "nanos"),
                ProfileArgumentChecks.notNegative(events, "events"));
    }

    /** {@return what the threads waited for} */
    public BlockingKind kind() {
        return kind;
    }

    /** {@return the first application frame of the waits} */
    public Frame site() {
        return site;
    }

    /** {@return what was waited on (a class name, {@code host:port}, a path), or empty} */
    public String detail() {
        return detail;
    }

    /** {@return the total time waited here, in nanoseconds} */
    public long nanos() {
        return nanos;
    }

    /** {@return how many waits were recorded here} */
    public long events() {
        return events;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BlockingSite b
                && nanos == b.nanos
                && events == b.events
                && kind == b.kind
                && site.equals(b.site)
                && detail.equals(b.detail);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, site, detail, nanos, events);
    }

    /** For example {@code "412 ms monitor enter at Cache.get:17 (Cache), 40 waits"}. */
    @Override
    public String toString() {
        return ProfileText.blocking(this);
    }
}
