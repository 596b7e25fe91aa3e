package dev.perfkit;

import java.time.Duration;
import java.util.Objects;

/**
 * The immutable configuration of a timer: its name and tags (which together identify it in a registry), the range it
 * tracks and its histogram precision.
 *
 * <p>Defaults: values from 1 ns to 1 hour, {@value #DEFAULT_PRECISION_BITS} precision bits. With {@code b} precision
 * bits every value below {@code 2^(b+1)} ns is kept exactly and every larger value is kept within a relative error of
 * {@code 2^-b} (1/64, about 1.6 %, by default; 7 bits give HdrHistogram's "2 significant digits", 0.8 %). Each extra
 * bit doubles the histogram's memory; see the engine's documentation for footprints.
 */
public final class TimerConfig {

    /** The default highest trackable value: one hour, in nanoseconds. */
    public static final long DEFAULT_HIGHEST_TRACKABLE_NANOS = 3_600_000_000_000L;
    /** The default precision: 6 bits, a relative error of at most 1/64. */
    public static final int DEFAULT_PRECISION_BITS = 6;
    /** The smallest accepted precision. */
    public static final int MIN_PRECISION_BITS = 3;
    /** The largest accepted precision. */
    public static final int MAX_PRECISION_BITS = 10;
    /** The longest accepted name, in characters. */
    public static final int MAX_NAME_LENGTH = 200;

    private final String name;
    private final Tags tags;
    private final String description;
    private final long highestTrackableNanos;
    private final int precisionBits;

    private TimerConfig(Builder b) {
        this.name = b.name;
        this.tags = b.tags;
        this.description = b.description;
        this.highestTrackableNanos = b.highestTrackableNanos;
        this.precisionBits = b.precisionBits;
    }

    /**
     * Returns a builder with the defaults and the given name.
     *
     * @param name the timer's name
     * @return a new builder
     * @throws IllegalArgumentException if the name is null, blank or longer than {@value #MAX_NAME_LENGTH} characters
     */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /**
     * Returns the configuration with all defaults and the given name.
     *
     * @param name the timer's name
     * @return the configuration
     * @throws IllegalArgumentException if the name is null, blank or longer than {@value #MAX_NAME_LENGTH} characters
     */
    public static TimerConfig of(String name) {
        return builder(name).build();
    }

    /** {@return the timer's name} */
    public String name() {
        return name;
    }

    /**
     * The timer's tags; empty if none were given.
     *
     * @return the timer's tags; empty if none were given
     */
    public Tags tags() {
        return tags;
    }

    /** {@return a human description, empty if none was given} */
    public String description() {
        return description;
    }

    /**
     * Values above this many nanoseconds are clamped to it and counted as overflow.
     *
     * @return the highest trackable value, in nanoseconds
     */
    public long highestTrackableNanos() {
        return highestTrackableNanos;
    }

    /**
     * Histogram precision: values are kept within a relative error of {@code 2^-precisionBits}.
     *
     * @return the precision, in bits
     */
    public int precisionBits() {
        return precisionBits;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimerConfig c
                && name.equals(c.name)
                && tags.equals(c.tags)
                && description.equals(c.description)
                && highestTrackableNanos == c.highestTrackableNanos
                && precisionBits == c.precisionBits;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, tags, description, highestTrackableNanos, precisionBits);
    }

    @Override
    public String toString() {
        return "TimerConfig[name=" + name + (tags.isEmpty() ? "" : ", tags=" + tags) + ", highestTrackable="
                + Units.formatNanos(highestTrackableNanos) + ", precisionBits=" + precisionBits + "]";
    }

    /** Checks a meter name: non-blank, at most {@value #MAX_NAME_LENGTH} characters. */
    static String checkName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(
                    "meter name must be a non-blank string, got " + (name == null ? "null" : "'" + name + "'"));
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("meter name must be at most " + MAX_NAME_LENGTH + " characters, got "
                    + name.length() + ": '" + name.substring(0, 40) + "...'");
        }
        return name;
    }

    /** Builds a {@link TimerConfig}; every setter validates its argument at once. Not thread-safe. */
    public static final class Builder {
        private final String name;
        private Tags tags = Tags.empty();
        private String description = "";
        private long highestTrackableNanos = DEFAULT_HIGHEST_TRACKABLE_NANOS;
        private int precisionBits = DEFAULT_PRECISION_BITS;

        private Builder(String name) {
            this.name = checkName(name);
        }

        /**
         * Adds a tag; a tag with the same key is replaced. See {@link Tags} for what is checked and what is clamped.
         *
         * @param key the tag's key
         * @param value the tag's value; null and overlong values are clamped
         * @return this builder
         * @throws IllegalArgumentException if the key is invalid or the timer would have more than
         *     {@value Tags#MAX_TAGS}
         *     tags
         */
        public Builder tag(String key, String value) {
            this.tags = tags.and(key, value);
            return this;
        }

        /**
         * Adds every tag of {@code tags}, replacing tags with the same keys.
         *
         * @param tags the tags to add
         * @return this builder
         */
        public Builder tags(Tags tags) {
            this.tags = this.tags.and(Objects.requireNonNull(tags, "tags"));
            return this;
        }

        /**
         * Sets the description; null means none.
         *
         * @param description a human description, or null
         * @return this builder
         */
        public Builder description(String description) {
            this.description = description == null ? "" : description;
            return this;
        }

        /**
         * Sets the highest trackable value; must be at least 2 ns and at most {@code 2^62} ns (about 146 years).
         *
         * @param highest the highest trackable value; not null
         * @return this builder
         * @throws IllegalArgumentException if {@code highest} is negative or out of range
         */
        public Builder highestTrackable(Duration highest) {
            Objects.requireNonNull(highest, "highestTrackable");
            return highestTrackableNanos(highest.isNegative() ? -1 : saturated(highest));
        }

        /**
         * Sets the highest trackable value in nanoseconds; must be between 2 and {@code 2^62}.
         *
         * @param nanos the highest trackable value, in nanoseconds
         * @return this builder
         * @throws IllegalArgumentException if {@code nanos} is out of range
         */
        public Builder highestTrackableNanos(long nanos) {
            if (nanos < 2 || nanos > (1L << 62)) {
                throw new IllegalArgumentException("timer '" + name
                        + "': highestTrackable must be between 2 ns and 2^62 ns, got " + nanos + " ns");
            }
            this.highestTrackableNanos = nanos;
            return this;
        }

        /**
         * Sets the precision in bits, between {@value #MIN_PRECISION_BITS} and {@value #MAX_PRECISION_BITS}.
         *
         * @param bits the precision, in bits
         * @return this builder
         * @throws IllegalArgumentException if {@code bits} is out of range
         */
        public Builder precisionBits(int bits) {
            if (bits < MIN_PRECISION_BITS || bits > MAX_PRECISION_BITS) {
                throw new IllegalArgumentException("timer '" + name + "': precisionBits must be between "
                        + MIN_PRECISION_BITS + " and " + MAX_PRECISION_BITS + ", got " + bits);
            }
            this.precisionBits = bits;
            return this;
        }

        /** {@return the configuration} */
        public TimerConfig build() {
            return new TimerConfig(this);
        }

        private static long saturated(Duration d) {
            try {
                return d.toNanos();
            } catch (ArithmeticException e) {
                return Long.MAX_VALUE;
            }
        }
    }
}
