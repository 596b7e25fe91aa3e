package dev.perfkit.core.internal.memo;

import dev.perfkit.Counter;
import dev.perfkit.PerfRegistry;
import dev.perfkit.Timer;
import dev.perfkit.TimerConfig;
import dev.perfkit.memo.MemoConfig;
import dev.perfkit.memo.MemoStats;
import java.util.concurrent.atomic.LongAdder;

/**
 * A memo's statistics: {@link LongAdder}s that {@link #snapshot()} reads, mirrored into the registry's counters and
 * load timer when one was given. Disabled, every method is one branch on a final field.
 *
 * <p>Thread-safe; recording never blocks.
 */
final class Stats {

    private static final Stats DISABLED = new Stats(false, null, "memo");

    final boolean enabled;
    private final LongAdder hits;
    private final LongAdder misses;
    private final LongAdder loadSuccesses;
    private final LongAdder loadFailures;
    private final LongAdder loadNanos;
    private final LongAdder evictions;
    private final Counter hitCounter;
    private final Counter missCounter;
    private final Counter loadCounter;
    private final Counter failureCounter;
    private final Counter evictionCounter;
    private final Timer loadTimer;

    private Stats(boolean enabled, PerfRegistry registry, String name) {
        this.enabled = enabled;
        this.hits = enabled ? new LongAdder() : null;
        this.misses = enabled ? new LongAdder() : null;
        this.loadSuccesses = enabled ? new LongAdder() : null;
        this.loadFailures = enabled ? new LongAdder() : null;
        this.loadNanos = enabled ? new LongAdder() : null;
        this.evictions = enabled ? new LongAdder() : null;
        this.hitCounter = counter(registry, name + ".hits");
        this.missCounter = counter(registry, name + ".misses");
        this.loadCounter = counter(registry, name + ".loads");
        this.failureCounter = counter(registry, name + ".load-failures");
        this.evictionCounter = counter(registry, name + ".evictions");
        this.loadTimer = registry == null ? Timer.noop(TimerConfig.of(name + ".load")) : registry.timer(name + ".load");
    }

    /** The statistics a configuration asks for: none, local only, or local and published to its registry. */
    static Stats of(MemoConfig config) {
        if (!config.recordStats()) {
            return DISABLED;
        }
        return new Stats(true, config.registry().orElse(null), config.name());
    }

    private static Counter counter(PerfRegistry registry, String name) {
        return registry == null ? Counter.noop(name) : registry.counter(name);
    }

    void hit() {
        if (enabled) {
            hits.increment();
            hitCounter.increment();
        }
    }

    void miss() {
        if (enabled) {
            misses.increment();
            missCounter.increment();
        }
    }

    void evicted() {
        if (enabled) {
            evictions.increment();
            evictionCounter.increment();
        }
    }

    /** Records one completed computation of {@code nanos}; a {@link Outcome.Failure} counts as a load failure. */
    void loaded(Object outcome, long nanos) {
        if (!enabled) {
            return;
        }
        if (outcome instanceof Outcome.Failure) {
            loadFailures.increment();
            failureCounter.increment();
        } else {
            loadSuccesses.increment();
            loadCounter.increment();
        }
        loadNanos.add(Math.max(0, nanos));
        loadTimer.recordNanos(nanos);
    }

    /** The counts so far; all zero when disabled. */
    MemoStats snapshot() {
        if (!enabled) {
            return MemoStats.empty();
        }
        return MemoStats.of(
                hits.sum(), misses.sum(), loadSuccesses.sum(), loadFailures.sum(), loadNanos.sum(), evictions.sum());
    }
}
