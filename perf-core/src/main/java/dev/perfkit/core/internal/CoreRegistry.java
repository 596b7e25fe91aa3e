package dev.perfkit.core.internal;

import dev.perfkit.Counter;
import dev.perfkit.PerfRegistry;
import dev.perfkit.RegistryConfig;
import dev.perfkit.Tags;
import dev.perfkit.Timer;
import dev.perfkit.TimerConfig;
import dev.perfkit.core.internal.jfr.TimerIntervals;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * The core engine's registry: meters by name, then by tags ({@link Family}), in concurrent maps; the number of meters
 * (each name with each set of tags) bounded by {@link RegistryConfig#maxMeters()}. No thread runs in the background:
 * every recorded value is visible to the next snapshot. With {@link RegistryConfig#jfrEvents()} the registry hooks its
 * timers' intervals into JDK Flight Recorder ({@link TimerIntervals}). {@link #close()} refuses new meters, unhooks JFR
 * and closes every timer: its pending samples are folded, later records are dropped, and its snapshots stay readable
 * with their final content. Counters keep counting.
 */
final class CoreRegistry implements PerfRegistry {

    private static final System.Logger LOG = System.getLogger("dev.perfkit");
    private static final Comparator<Timer> TIMER_ORDER =
            Comparator.comparing(Timer::name).thenComparing(Timer::tags);
    private static final Comparator<Counter> COUNTER_ORDER =
            Comparator.comparing(Counter::name).thenComparing(Counter::tags);

    private final RegistryConfig config;
    private final int maxStripes;
    private final Map<String, Family<StripedTimer>> timers = new ConcurrentHashMap<>();
    private final Map<String, Family<CoreCounter>> counters = new ConcurrentHashMap<>();
    private final AtomicInteger meters = new AtomicInteger();
    private final LongAdder denied = new LongAdder();
    private final AtomicBoolean deniedLogged = new AtomicBoolean();
    private final LongAdder clamped = new LongAdder();
    private final AtomicBoolean clampedLogged = new AtomicBoolean();
    private final TimerIntervals jfr;
    private volatile boolean closed;

    CoreRegistry(RegistryConfig config, int maxStripes) {
        this.config = config;
        this.maxStripes = maxStripes;
        this.jfr = config.jfrEvents() ? TimerIntervals.hook(this::timers) : null;
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
        return timer(name, Tags.empty());
    }

    @Override
    public Timer timer(String name, Tags tags) {
        Family<StripedTimer> f = name == null ? null : timers.get(name);
        StripedTimer t = f == null || tags == null ? null : f.get(tags);
        // the builder validates the name and tags
        return t != null
                ? t
                : timer(TimerConfig.builder(name)
                        .tags(Objects.requireNonNull(tags, "tags"))
                        .build());
    }

    @Override
    public Timer timer(TimerConfig timerConfig) {
        StripedTimer t = register(
                timers,
                timerConfig.name(),
                timerConfig.tags(),
                () -> new StripedTimer(timerConfig, config.ticker(), maxStripes));
        if (t != null && closed) {
            t.close(); // registered while the registry was closing: closed like the others
        }
        return t != null ? t : Timer.noop(timerConfig);
    }

    @Override
    public Counter counter(String name) {
        return counter(name, Tags.empty());
    }

    @Override
    public Counter counter(String name, Tags tags) {
        Family<CoreCounter> f = name == null ? null : counters.get(name);
        CoreCounter existing = f == null || tags == null ? null : f.get(tags);
        if (existing != null) {
            return existing;
        }
        Counter noop = Counter.noop(name, tags); // validates the name and tags
        Counter c = register(counters, name, tags, () -> new CoreCounter(name, tags));
        return c != null ? c : noop;
    }

    /** Returns the meter under {@code name} and {@code tags}, creating it if the budget allows; null when denied. */
    private <M> M register(Map<String, Family<M>> families, String name, Tags tags, Supplier<M> factory) {
        Family<M> f = families.get(name);
        M m = f == null ? null : f.get(tags);
        if (m != null) {
            return m;
        }
        Supplier<M> budgeted = () -> closed || !reserve() ? null : created(tags, factory.get());
        if (f == null) {
            // a family is created with its first meter, so that denied names leave nothing behind
            f = families.computeIfAbsent(name, n -> {
                M first = budgeted.get();
                return first == null ? null : new Family<>(tags, first);
            });
        }
        m = f == null ? null : f.getOrCreate(tags, budgeted);
        if (m == null) {
            deny(name, tags);
        }
        return m;
    }

    private boolean reserve() {
        while (true) {
            int n = meters.get();
            if (n >= config.maxMeters()) {
                return false;
            }
            if (meters.compareAndSet(n, n + 1)) {
                return true;
            }
        }
    }

    private <M> M created(Tags tags, M meter) {
        if (tags.clampedValues() > 0) {
            clamped.add(tags.clampedValues());
            if (clampedLogged.compareAndSet(false, true)) {
                LOG.log(
                        Level.WARNING,
                        "perfkit: " + meter + " has clamped tag values (null, or longer than " + Tags.MAX_VALUE_LENGTH
                                + " characters); PerfRegistry.clampedTagValues() counts them");
            }
        }
        return meter;
    }

    private void deny(String name, Tags tags) {
        denied.increment();
        if (deniedLogged.compareAndSet(false, true)) {
            String meter = "'" + name + "'" + (tags.isEmpty() ? "" : " " + tags);
            LOG.log(
                    Level.WARNING,
                    closed
                            ? "perfkit: registry is closed; meter " + meter + " and later new meters are no-ops"
                            : "perfkit: registry reached its limit of " + config.maxMeters()
                                    + " meters (names with tags); " + meter
                                    + " and later new meters are no-ops"
                                    + " (raise RegistryConfig.maxMeters if this is expected)");
        }
    }

    @Override
    public List<Timer> timers() {
        List<Timer> list = new ArrayList<>();
        for (Family<StripedTimer> f : timers.values()) {
            f.meters().forEach(list::add);
        }
        list.sort(TIMER_ORDER);
        return list;
    }

    @Override
    public List<Counter> counters() {
        List<Counter> list = new ArrayList<>();
        for (Family<CoreCounter> f : counters.values()) {
            f.meters().forEach(list::add);
        }
        list.sort(COUNTER_ORDER);
        return list;
    }

    @Override
    public long deniedRegistrations() {
        return denied.sum();
    }

    @Override
    public long clampedTagValues() {
        return clamped.sum();
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        closed = true;
        if (jfr != null) {
            jfr.unhook();
        }
        for (Family<StripedTimer> f : timers.values()) {
            for (StripedTimer t : f.meters()) {
                t.close();
            }
        }
    }
}
