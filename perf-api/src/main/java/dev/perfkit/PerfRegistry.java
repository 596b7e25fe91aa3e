package dev.perfkit;

import dev.perfkit.internal.Engines;
import java.util.List;

/**
 * A set of named timers and counters with a shared configuration. Tests create their own and close them; application
 * code usually shares {@link Perf#registry()}.
 *
 * <p>Thread-safe. Looking up a meter by name returns the same meter every time. The number of distinct names is
 * bounded by {@link RegistryConfig#maxMeters()}: beyond it, lookups of new names return no-op meters, the registry
 * logs that once and counts every denial. After {@link #close()} new names get no-op meters too, and snapshots of the
 * existing meters stay readable (see {@link #close()} for what timers do after it).
 */
public interface PerfRegistry extends AutoCloseable {

  /** Creates a registry with the default configuration on the engine found on the class path (or the no-op one). */
  static PerfRegistry create() {
    return create(RegistryConfig.defaults());
  }

  /** Creates a registry with the given configuration on the engine found on the class path (or the no-op one). */
  static PerfRegistry create(RegistryConfig config) {
    return Engines.engine().newRegistry(config);
  }

  /** The name of the engine behind this registry: {@code "noop"} when no engine is on the class path. */
  String engineName();

  /** The registry's configuration. */
  RegistryConfig config();

  /** Returns the timer with this name, registering it with default settings if new. */
  Timer timer(String name);

  /**
   * Returns the timer named {@code config.name()}, registering it with {@code config} if new. If a timer of that
   * name exists, it is returned as it is, whatever its configuration.
   */
  Timer timer(TimerConfig config);

  /** Returns the counter with this name, registering it if new. */
  Counter counter(String name);

  /** Returns the registered timers, sorted by name. No-op timers handed out after denials are not included. */
  List<Timer> timers();

  /** Returns the registered counters, sorted by name. */
  List<Counter> counters();

  /** Returns how many lookups of new names were denied because the registry was full or closed. */
  long deniedRegistrations();

  /** Returns a text table of every timer (count, mean, p50, p90, p99, p99.9, max) and counter, in human units. */
  default String report() {
    return TextReport.format(this);
  }

  /** True once {@link #close()} was called. */
  boolean isClosed();

  /**
   * Closes the registry: refuses new names, stops any background work and freezes the timers. Every sample recorded
   * before {@code close} returns is kept; records that start after it are dropped, so each timer's snapshots from then
   * on are its final ones (an interval read after the close still returns the last interval). Records running
   * concurrently with the close are either kept or dropped whole. Counters keep counting. Idempotent.
   */
  @Override
  void close();
}
