package dev.perfkit;

import java.util.Objects;

/**
 * A named counter of events, such as database queries or cache loads; budgets use counters for "events per
 * operation". A name and {@link Tags} identify a counter in its registry.
 *
 * <p>Thread-safe. {@link #increment()} and {@link #increment(long)} never throw, never block and do not allocate in
 * the steady state. A negative amount is rejected: it is counted in {@link #rejectedCount()} and otherwise ignored.
 */
public interface Counter {

    /**
     * {@return a builder for a counter with the given name}
     *
     * @param name the counter's name
     * @throws IllegalArgumentException if the name is invalid (see {@link TimerConfig#MAX_NAME_LENGTH})
     */
    static Builder builder(String name) {
        return new Builder(name);
    }

    /**
     * {@return a counter with no tags that counts nothing; registries hand these out when they are full or closed}
     *
     * @param name the meter's name
     * @throws IllegalArgumentException if the name is invalid (see {@link TimerConfig#MAX_NAME_LENGTH})
     */
    static Counter noop(String name) {
        return noop(name, Tags.empty());
    }

    /**
     * Returns a counter with these tags that counts nothing.
     *
     * @param name the meter's name
     * @param tags the meter's tags
     * @return a no-op counter
     */
    static Counter noop(String name, Tags tags) {
        return new NoopCounter(TimerConfig.checkName(name), Objects.requireNonNull(tags, "tags"));
    }

    /** {@return this counter's name} */
    String name();

    /**
     * Returns this counter's tags: empty for a counter looked up by name alone.
     *
     * @return this counter's tags
     */
    Tags tags();

    /** Adds one. */
    void increment();

    /**
     * Adds {@code amount}; a negative amount is rejected and counted, never thrown.
     *
     * @param amount how many events to add; zero or more
     */
    void increment(long amount);

    /** {@return the sum of all accepted increments since the counter was created} */
    long count();

    /** {@return how many increments were rejected because they were negative} */
    long rejectedCount();

    /** Registers a counter by name and tags. Not thread-safe. */
    final class Builder {
        private final String name;
        private Tags tags = Tags.empty();

        Builder(String name) {
            this.name = TimerConfig.checkName(name);
        }

        /**
         * Adds a tag; a tag with the same key is replaced. See {@link Tags} for what is checked and what is clamped.
         *
         * @param key the tag's key
         * @param value the tag's value; null and overlong values are clamped
         * @return this builder
         * @throws IllegalArgumentException if the key is invalid or the counter would have more than
         *     {@value Tags#MAX_TAGS} tags
         */
        public Builder tag(String key, String value) {
            tags = tags.and(key, value);
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
         * Registers the counter (or returns the one already registered under this name and tags) in {@code registry}.
         *
         * @param registry the registry to register in
         * @return the registered counter, or a no-op counter if the registry is full or closed
         */
        public Counter register(PerfRegistry registry) {
            return Objects.requireNonNull(registry, "registry").counter(name, tags);
        }
    }
}
