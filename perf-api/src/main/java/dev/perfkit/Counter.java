package dev.perfkit;

import java.util.Objects;

/**
 * A named counter of events, such as database queries or cache loads; budgets use counters for "events per
 * operation".
 *
 * <p>Thread-safe. {@link #increment()} and {@link #increment(long)} never throw, never block and do not allocate in
 * the steady state. A negative amount is rejected: it is counted in {@link #rejectedCount()} and otherwise ignored.
 */
public interface Counter {

  /** {@return a builder for a counter with the given name} */
  static Builder builder(String name) {
    return new Builder(name);
  }

  /** {@return a counter that counts nothing; registries hand these out when they are full or closed} */
  static Counter noop(String name) {
    return new NoopCounter(TimerConfig.checkName(name));
  }

  /** {@return this counter's name} */
  String name();

  /** Adds one. */
  void increment();

  /** Adds {@code amount}; a negative amount is rejected and counted, never thrown. */
  void increment(long amount);

  /** {@return the sum of all accepted increments since the counter was created} */
  long count();

  /** {@return how many increments were rejected because they were negative} */
  long rejectedCount();

  /** Registers a counter by name. */
  final class Builder {
    private final String name;

    Builder(String name) {
      this.name = TimerConfig.checkName(name);
    }

    /** Registers the counter (or returns the one already registered under this name) in {@code registry}. */
    public Counter register(PerfRegistry registry) {
      return Objects.requireNonNull(registry, "registry").counter(name);
    }
  }
}
