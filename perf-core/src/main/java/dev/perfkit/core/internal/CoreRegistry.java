package dev.perfkit.core.internal;

import dev.perfkit.Counter;
import dev.perfkit.PerfRegistry;
import dev.perfkit.RegistryConfig;
import dev.perfkit.Timer;
import dev.perfkit.TimerConfig;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

/**
 * The core engine's registry: meters by name in concurrent maps, the name count bounded by
 * {@link RegistryConfig#maxMeters()}. No thread runs in the background: every recorded value is visible to the next
 * snapshot. {@link #close()} refuses new names and closes every timer: its pending samples are folded, later records
 * are dropped, and its snapshots stay readable with their final content. Counters keep counting.
 */
final class CoreRegistry implements PerfRegistry {

  private static final System.Logger LOG = System.getLogger("dev.perfkit");

  private final RegistryConfig config;
  private final int maxStripes;
  private final Map<String, StripedTimer> timers = new ConcurrentHashMap<>();
  private final Map<String, CoreCounter> counters = new ConcurrentHashMap<>();
  private final AtomicInteger names = new AtomicInteger();
  private final LongAdder denied = new LongAdder();
  private final AtomicBoolean deniedLogged = new AtomicBoolean();
  private volatile boolean closed;

  CoreRegistry(RegistryConfig config, int maxStripes) {
    this.config = config;
    this.maxStripes = maxStripes;
  }

  @Override
  public String engineName() {
    return CoreEngine.NAME;
  }

  @Override
  public RegistryConfig config() {
    return config;
  }

  @Override
  public Timer timer(String name) {
    StripedTimer t = name == null ? null : timers.get(name);
    return t != null ? t : timer(TimerConfig.of(name)); // TimerConfig.of validates the name
  }

  @Override
  public Timer timer(TimerConfig timerConfig) {
    StripedTimer t = register(timers, timerConfig.name(),
        n -> new StripedTimer(timerConfig, config.ticker(), maxStripes));
    if (t != null && closed) {
      t.close(); // registered while the registry was closing: closed like the others
    }
    return t != null ? t : Timer.noop(timerConfig);
  }

  @Override
  public Counter counter(String name) {
    CoreCounter existing = name == null ? null : counters.get(name);
    if (existing != null) {
      return existing;
    }
    Counter noop = Counter.noop(name); // validates the name
    Counter c = register(counters, name, CoreCounter::new);
    return c != null ? c : noop;
  }

  /** Returns the meter under {@code name}, creating it if the name budget allows; null when denied. */
  private <M> M register(Map<String, M> meters, String name, Function<String, M> factory) {
    M existing = meters.get(name);
    if (existing != null) {
      return existing;
    }
    M created = closed ? null : meters.computeIfAbsent(name, n -> reserveName() ? factory.apply(n) : null);
    if (created == null) {
      deny(name);
    }
    return created;
  }

  private boolean reserveName() {
    while (true) {
      int n = names.get();
      if (n >= config.maxMeters()) {
        return false;
      }
      if (names.compareAndSet(n, n + 1)) {
        return true;
      }
    }
  }

  private void deny(String name) {
    denied.increment();
    if (deniedLogged.compareAndSet(false, true)) {
      LOG.log(Level.WARNING, closed
          ? "perfkit: registry is closed; meter '" + name + "' and later new names are no-ops"
          : "perfkit: registry reached its limit of " + config.maxMeters() + " meter names; '" + name
              + "' and later new names are no-ops (raise RegistryConfig.maxMeters if this is expected)");
    }
  }

  @Override
  public List<Timer> timers() {
    List<Timer> list = new ArrayList<>(timers.values());
    list.sort(Comparator.comparing(Timer::name));
    return list;
  }

  @Override
  public List<Counter> counters() {
    List<Counter> list = new ArrayList<>(counters.values());
    list.sort(Comparator.comparing(Counter::name));
    return list;
  }

  @Override
  public long deniedRegistrations() {
    return denied.sum();
  }

  @Override
  public boolean isClosed() {
    return closed;
  }

  @Override
  public void close() {
    closed = true;
    for (StripedTimer t : timers.values()) {
      t.close();
    }
  }
}
