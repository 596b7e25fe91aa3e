package dev.perfkit;

import dev.perfkit.internal.Engines;
import java.util.List;

/**
 * A set of timers and counters, each identified by a name and {@link Tags}, with a shared configuration. Tests create
 * their own and close them; application code usually shares {@link Perf#registry()}.
 *
 * <p>Thread-safe. Looking up a meter by name and tags returns the same meter every time; a name without tags is the
 * name with {@link Tags#empty()}. The number of distinct meters (name and tags together, timers and counters
 * together) is bounded by {@link RegistryConfig#maxMeters()}: beyond it, lookups of new meters return no-op meters,
 * the registry logs that once and counts every denial. After {@link #close()} new meters are no-ops too, and
 * snapshots of the existing meters stay readable (see {@link #close()} for what timers do after it).
 *
 * <p>Lookups with a name alone, or with a name and tags held in a constant, allocate nothing once the meter exists,
 * in the core engine. Builders ({@link Timer#builder}, {@link Counter#builder}) allocate; they are for setting up.
 */
public interface PerfRegistry extends AutoCloseable {

    /**
     * Creates a registry with the default configuration on the engine found on the class path (or the no-op one).
     *
     * @return a new registry
     */
    static PerfRegistry create() {
        return create(RegistryConfig.defaults());
    }

    /**
     * Creates a registry with the given configuration on the engine found on the class path (or the no-op one).
     *
     * @param config the registry's configuration
     * @return a new registry
     */
    static PerfRegistry create(RegistryConfig config) {
        return Engines.engine().newRegistry(config);
    }

    /**
     * The name of the engine behind this registry: {@code "noop"} when no engine is on the class path.
     *
     * @return the engine's name
     */
    String engineName();

    /** {@return the registry's configuration} */
    RegistryConfig config();

    /**
     * Returns the timer with this name and no tags, registering it with default settings if new.
     *
     * @param name the meter's name
     * @return the timer
     * @throws IllegalArgumentException if the name is invalid (see {@link TimerConfig#MAX_NAME_LENGTH})
     */
    Timer timer(String name);

    /**
     * Returns the timer with this name and tags, registering it with default settings if new. Allocates nothing when
     * the timer exists (core engine), so that {@code registry.timer("http.server", GET_200)} with {@code GET_200} a
     * {@code static final Tags} may sit on a hot path.
     *
     * @param name the meter's name
     * @param tags the meter's tags
     * @return the timer
     * @throws IllegalArgumentException if the name is invalid (see {@link TimerConfig#MAX_NAME_LENGTH})
     */
    Timer timer(String name, Tags tags);

    /**
     * Returns the timer named {@code config.name()} with {@code config.tags()}, registering it with {@code config} if
     * new. If a timer of that name and tags exists, it is returned as it is, whatever its configuration.
     *
     * @param config the timer's name, tags and configuration
     * @return the timer
     */
    Timer timer(TimerConfig config);

    /**
     * Returns the counter with this name and no tags, registering it if new.
     *
     * @param name the meter's name
     * @return the counter
     * @throws IllegalArgumentException if the name is invalid (see {@link TimerConfig#MAX_NAME_LENGTH})
     */
    Counter counter(String name);

    /**
     * Returns the counter with this name and tags, registering it if new; allocates nothing when it exists.
     *
     * @param name the meter's name
     * @param tags the meter's tags
     * @return the counter
     */
    Counter counter(String name, Tags tags);

    /**
     * Returns the registered timers, sorted by name, then by tags ({@link Tags#compareTo}). No-op timers handed out
     * after denials are not included.
     *
     * @return the registered timers
     */
    List<Timer> timers();

    /**
     * Returns the registered counters, sorted by name, then by tags.
     *
     * @return the registered counters
     */
    List<Counter> counters();

    /**
     * Returns how many lookups of new meters (name and tags) were denied because the registry was full or closed.
     *
     * @return the number of denied lookups
     */
    long deniedRegistrations();

    /**
     * Returns how many tag values of registered meters were clamped (null values kept as {@code "null"}, values cut to
     * {@value Tags#MAX_VALUE_LENGTH} characters), counted once per meter when it is registered.
     *
     * @return the number of clamped tag values
     */
    long clampedTagValues();

    /**
     * Returns a text table of every timer (count, mean, p50, p90, p99, p99.9, max) and counter, in human units; meters
     * with tags are grouped under their name.
     *
     * @return the report, as formatted by {@link TextReport#format(PerfRegistry)}
     */
    default String report() {
        return TextReport.format(this);
    }

    /**
     * True once {@link #close()} was called.
     *
     * @return true once the registry is closed
     */
    boolean isClosed();

    /**
     * Closes the registry: refuses new names, stops any background work and freezes the timers. Every sample recorded
     * before {@code close} returns is kept; records that start after it are dropped, so each timer's snapshots from
     * then on are its final ones (an interval read after the close still returns the last interval). Records running
     * concurrently with the close are either kept or dropped whole. Counters keep counting. Idempotent.
     */
    @Override
    void close();
}
