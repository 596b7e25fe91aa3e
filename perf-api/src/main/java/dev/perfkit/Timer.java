package dev.perfkit;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * A named timer: records durations in nanoseconds and answers with counts, totals and percentiles. A name and
 * {@link Tags} identify a timer in its registry.
 *
 * <p>Thread-safe. The recording methods ({@link #recordNanos(long)} and everything built on it) never throw, never
 * block and, in the core engine, never allocate: values above the timer's highest trackable value are clamped and
 * counted as overflow, negative values are counted as rejected and otherwise ignored.
 *
 * <pre>{@code
 * Timer checkout = Timer.builder("checkout").tag("region", "eu").register(registry);
 * checkout.record(() -> cart.checkout());          // time a block
 * long t0 = checkout.tick();                       // or a start/stop pair
 * parse(order);
 * checkout.recordSince(t0);
 * TimerSnapshot s = checkout.snapshot();
 * }</pre>
 */
public interface Timer {

    /**
     * Returns a builder for a timer with the given name.
     *
     * @param name the timer's name
     * @return a new builder
     * @throws IllegalArgumentException if the name is invalid (see {@link TimerConfig#MAX_NAME_LENGTH})
     */
    static Builder builder(String name) {
        return new Builder(name);
    }

    /**
     * Returns a timer that records nothing and costs next to nothing: bodies passed to it still run, snapshots are
     * always empty. Registries hand these out when they are full or closed.
     *
     * @param config the configuration the timer reports, name and tags included
     * @return a no-op timer
     */
    static Timer noop(TimerConfig config) {
        return new NoopTimer(config);
    }

    /** {@return this timer's name} */
    String name();

    /** {@return the configuration this timer was registered with} */
    TimerConfig config();

    /**
     * Returns this timer's tags, {@code config().tags()}: empty for a timer looked up by name alone.
     *
     * @return this timer's tags, {@code config().tags()}
     */
    default Tags tags() {
        return config().tags();
    }

    /**
     * Records one duration in nanoseconds. Never throws: values above {@link TimerConfig#highestTrackableNanos()}
     * are clamped to it and counted as overflow; negative values are counted as rejected and not recorded.
     *
     * @param nanos the duration, in nanoseconds
     */
    void recordNanos(long nanos);

    /**
     * Records one duration and corrects for coordinated omission: when the duration is longer than the expected
     * interval between samples, the samples that a stalled caller did not take are added too (at {@code nanos -
     * expected}, {@code nanos - 2 * expected}, ... down to {@code expected}), as HdrHistogram's
     * {@code recordValueWithExpectedInterval} does. A non-positive expected interval records {@code nanos} alone. A
     * duration above {@link TimerConfig#highestTrackableNanos()} is clamped and counted as overflow without synthetic
     * samples (its true size is unknown), and a correction whose synthetic samples would add up to more than
     * {@code Long.MAX_VALUE} nanoseconds adds none and is counted as overflow: the total stays exact.
     *
     * @param nanos the duration, in nanoseconds
     * @param expectedIntervalNanos the expected interval between samples, in nanoseconds
     */
    void recordNanos(long nanos, long expectedIntervalNanos);

    /**
     * Records a duration; durations beyond {@code Long.MAX_VALUE} nanoseconds are clamped as overflow.
     *
     * @param duration the duration; null and negative durations are counted as rejected
     */
    default void record(Duration duration) {
        recordNanos(duration == null ? -1 : saturatedNanos(duration));
    }

    /**
     * Returns the current reading of this timer's ticker, for use with {@link #recordSince(long)}.
     *
     * @return the ticker's reading, in nanoseconds from an arbitrary origin
     */
    long tick();

    /**
     * Records the time elapsed since {@code startTick}, a value returned by {@link #tick()}.
     *
     * @param startTick a reading of this timer's {@link #tick()}
     */
    default void recordSince(long startTick) {
        recordNanos(tick() - startTick);
    }

    /**
     * Runs {@code body} and records how long it took, also when it throws (the exception is rethrown).
     *
     * @param body the code to time
     */
    default void record(Runnable body) {
        long t0 = tick();
        try {
            body.run();
        } finally {
            recordSince(t0);
        }
    }

    /**
     * Calls {@code body}, records how long it took (also when it throws) and returns its result.
     *
     * @param <T> the type of the result
     * @param body the code to time
     * @return what {@code body} returned
     */
    default <T> T recordSupplier(Supplier<T> body) {
        long t0 = tick();
        try {
            return body.get();
        } finally {
            recordSince(t0);
        }
    }

    /**
     * Calls {@code body}, records how long it took (also when it throws) and returns its result.
     *
     * @param <T> the type of the result
     * @param body the code to time
     * @return what {@code body} returned
     * @throws Exception what {@code body} threw, after its time is recorded
     */
    default <T> T recordCallable(Callable<T> body) throws Exception {
        long t0 = tick();
        try {
            return body.call();
        } finally {
            recordSince(t0);
        }
    }

    /**
     * Starts a sample that records when closed, for try-with-resources:
     * {@code try (Timer.Sample s = timer.start()) { ... }}. Each call creates one small object; on hot paths
     * prefer {@link #tick()} and {@link #recordSince(long)}, which allocate nothing.
     *
     * @return the running sample
     */
    default Sample start() {
        return new Sample(this, tick());
    }

    /**
     * Returns everything recorded since the timer was created. Does not disturb interval snapshots.
     *
     * @return the cumulative snapshot
     */
    TimerSnapshot snapshot();

    /**
     * Returns what was recorded since the previous call of this method (or since creation). Writers are never
     * stopped: every sample lands in exactly one interval, and the intervals add up to the cumulative snapshot.
     * Intended for one consumer (a reporter); two consumers would split the intervals between them.
     *
     * @return the snapshot of the interval since the previous call
     */
    TimerSnapshot intervalSnapshot();

    /**
     * Takes the next interval exactly as {@link #intervalSnapshot()} does, but hands it to {@code sink} instead of
     * returning a snapshot: a reporter that keeps its own storage (or writes the numbers out) reads intervals without
     * allocating. The sink is called on the calling thread before this method returns; the core engine calls it while
     * other readers of this timer wait (writers never do), so it should copy or write and return.
     *
     * @param sink the sink that receives the interval
     */
    default void intervalSnapshot(SnapshotSink sink) {
        intervalSnapshot().writeTo(sink);
    }

    private static long saturatedNanos(Duration d) {
        try {
            return d.toNanos();
        } catch (ArithmeticException overflow) {
            return d.isNegative() ? -1 : Long.MAX_VALUE;
        }
    }

    /** A running measurement started by {@link Timer#start()}; records once, on the first {@link #close()}. */
    final class Sample implements AutoCloseable {
        private final Timer timer;
        private final long startTick;
        private boolean closed;

        Sample(Timer timer, long startTick) {
            this.timer = timer;
            this.startTick = startTick;
        }

        /** Records the elapsed time; later calls do nothing. Not thread-safe: close from the starting thread. */
        @Override
        public void close() {
            if (!closed) {
                closed = true;
                timer.recordSince(startTick);
            }
        }
    }

    /** Builds a {@link TimerConfig} and registers a timer with it. */
    final class Builder {
        private final TimerConfig.Builder config;

        Builder(String name) {
            this.config = TimerConfig.builder(name);
        }

        /**
         * Adds a tag: timers of one name with different tags are different timers. See {@link Tags} for what is checked
         * (keys, at once) and what is clamped (values). A lookup that builds tags allocates; on a hot path keep the
         * tags in a constant and use {@link PerfRegistry#timer(String, Tags)}.
         *
         * @param key the tag's key
         * @param value the tag's value; null and overlong values are clamped
         * @return this builder
         * @throws IllegalArgumentException if the key is invalid or the timer would have more than
         *     {@value Tags#MAX_TAGS}
         *     tags
         */
        public Builder tag(String key, String value) {
            config.tag(key, value);
            return this;
        }

        /**
         * Adds every tag of {@code tags}, replacing tags with the same keys.
         *
         * @param tags the tags to add
         * @return this builder
         */
        public Builder tags(Tags tags) {
            config.tags(tags);
            return this;
        }

        /**
         * A human description, shown nowhere on the hot path.
         *
         * @param description the description; null means none
         * @return this builder
         */
        public Builder description(String description) {
            config.description(description);
            return this;
        }

        /**
         * The largest value tracked without clamping; default one hour.
         *
         * @param highest the highest trackable value, at least 2 ns and at most {@code 2^62} ns; not null
         * @return this builder
         * @throws IllegalArgumentException if {@code highest} is out of range
         */
        public Builder highestTrackable(Duration highest) {
            config.highestTrackable(highest);
            return this;
        }

        /**
         * Histogram precision in bits, 3 to 10; see {@link TimerConfig#precisionBits()}.
         *
         * @param bits the precision, in bits
         * @return this builder
         * @throws IllegalArgumentException if {@code bits} is out of range
         */
        public Builder precisionBits(int bits) {
            config.precisionBits(bits);
            return this;
        }

        /**
         * Registers the timer (or returns the one already registered under this name and tags) in {@code registry}.
         *
         * @param registry the registry to register in
         * @return the registered timer, or a no-op timer if the registry is full or closed
         */
        public Timer register(PerfRegistry registry) {
            return Objects.requireNonNull(registry, "registry").timer(config.build());
        }
    }
}
