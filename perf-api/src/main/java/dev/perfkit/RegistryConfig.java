package dev.perfkit;

import java.util.Objects;

/**
 * The immutable configuration of a {@link PerfRegistry}: how many meters it accepts, which ticker its timers read and
 * whether it emits JDK Flight Recorder events.
 */
public final class RegistryConfig {

    /** The default bound on distinct meters (name and tags) per registry. */
    public static final int DEFAULT_MAX_METERS = 10_000;

    /**
     * The system property that turns {@link #jfrEvents()} on by default: {@code -Dperfkit.jfr=true}. It is read when a
     * builder is created, so it reaches registries that code cannot configure, such as {@link Perf#registry()}.
     */
    public static final String JFR_PROPERTY = "perfkit.jfr";

    /** The largest stripe bound {@link Builder#maxStripes(int)} accepts. */
    public static final int MAX_STRIPES_LIMIT = 256;

    private final int maxMeters;
    private final Ticker ticker;
    private final boolean jfrEvents;
    private final int maxStripes;

    private RegistryConfig(Builder b) {
        this.maxMeters = b.maxMeters;
        this.maxStripes = b.maxStripes;
        this.ticker = b.ticker;
        this.jfrEvents = b.jfrEvents;
    }

    /** {@return the configuration with all defaults} */
    public static RegistryConfig defaults() {
        return builder().build();
    }

    /** {@return a builder with all defaults} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The most distinct meters the registry accepts, each name with each set of tags counting once, timers and counters
     * together; beyond it, no-op meters.
     *
     * @return the bound on distinct meters; at least 1
     */
    public int maxMeters() {
        return maxMeters;
    }

    /**
     * The most stripes a timer of this registry grows to under contention, or 0 for the engine's choice (the core
     * engine: two per core, rounded up to a power of two, at most 32). More stripes keep recording steady when far more
     * threads record than there are cores, at the cost of memory: in the core engine about 620 bytes per stripe, and
     * stripes are added only while writers collide.
     *
     * @return the stripe bound, a power of two from 1 to {@value #MAX_STRIPES_LIMIT}, or 0 for the engine's choice
     */
    public int maxStripes() {
        return maxStripes;
    }

    /** {@return the ticker every timer of the registry reads} */
    public Ticker ticker() {
        return ticker;
    }

    /**
     * Whether the registry emits every timer's interval snapshot as a periodic JDK Flight Recorder event
     * ({@code dev.perfkit.TimerInterval}) while a recording that enables the event runs. Off unless set or unless
     * {@value #JFR_PROPERTY} is {@code true}. While a recording runs, the events take the timers' intervals (see
     * {@link Timer#intervalSnapshot()}); engines without JFR support ignore the setting.
     *
     * @return true when the registry emits its timers' intervals as JFR events
     */
    public boolean jfrEvents() {
        return jfrEvents;
    }

    /** Builds a {@link RegistryConfig}. Not thread-safe. */
    public static final class Builder {
        private int maxMeters = DEFAULT_MAX_METERS;
        private Ticker ticker = Ticker.system();
        private boolean jfrEvents = Boolean.getBoolean(JFR_PROPERTY);
        private int maxStripes;

        private Builder() {}

        /**
         * Sets the most stripes a timer grows to; see {@link RegistryConfig#maxStripes()}.
         *
         * @param maxStripes a power of two from 1 to {@value RegistryConfig#MAX_STRIPES_LIMIT}, or 0 for the engine's
         *     choice (the default)
         * @return this builder
         * @throws IllegalArgumentException if {@code maxStripes} is neither 0 nor such a power of two
         */
        public Builder maxStripes(int maxStripes) {
            if (maxStripes != 0
                    && (maxStripes < 1 || maxStripes > MAX_STRIPES_LIMIT || Integer.bitCount(maxStripes) != 1)) {
                throw new IllegalArgumentException(
                        "maxStripes must be 0 (the engine's choice) or a power of two from 1 to " + MAX_STRIPES_LIMIT
                                + ", got " + maxStripes);
            }
            this.maxStripes = maxStripes;
            return this;
        }

        /**
         * Turns JDK Flight Recorder events on or off; see {@link RegistryConfig#jfrEvents()}.
         *
         * @param enabled true to emit the events
         * @return this builder
         */
        public Builder jfrEvents(boolean enabled) {
            this.jfrEvents = enabled;
            return this;
        }

        /**
         * Sets the bound on distinct meters (name and tags); at least 1.
         *
         * @param maxMeters the bound; defaults to {@value RegistryConfig#DEFAULT_MAX_METERS}
         * @return this builder
         * @throws IllegalArgumentException if {@code maxMeters} is less than 1
         */
        public Builder maxMeters(int maxMeters) {
            if (maxMeters < 1) {
                throw new IllegalArgumentException("maxMeters must be at least 1, got " + maxMeters);
            }
            this.maxMeters = maxMeters;
            return this;
        }

        /**
         * Sets the ticker, e.g. a scripted one in tests.
         *
         * @param ticker the ticker; not null, defaults to {@link Ticker#system()}
         * @return this builder
         */
        public Builder ticker(Ticker ticker) {
            this.ticker = Objects.requireNonNull(ticker, "ticker");
            return this;
        }

        /** {@return the configuration} */
        public RegistryConfig build() {
            return new RegistryConfig(this);
        }
    }
}
