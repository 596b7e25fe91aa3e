package dev.perfkit.micrometer;

import dev.perfkit.PerfRegistry;
import dev.perfkit.Timer;
import dev.perfkit.micrometer.internal.Binding;
import dev.perfkit.micrometer.internal.TimerWindow;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Publishes every timer and counter of a perfkit {@link PerfRegistry} to Micrometer: a {@link MeterBinder}, so
 * {@code PerfkitMetrics.of(perf).bindTo(meterRegistry)} or a framework that binds beans of this type is all it takes.
 *
 * <pre>{@code
 * PerfkitMetrics metrics = PerfkitMetrics.of(Perf.registry());
 * metrics.bindTo(prometheusRegistry);     // every perfkit timer and counter, now and later
 * }</pre>
 *
 * <p>For a timer named {@code n}: a {@code FunctionTimer} {@code n} (cumulative count and total), a {@code TimeGauge}
 * {@code n.max} and a {@code TimeGauge} {@code n.percentile} per percentile, tagged {@code phi} (by default 0.5, 0.9,
 * 0.99 and 0.999), which is how Micrometer's own timers publish percentiles to most registries. In Micrometer's
 * {@code PrometheusMeterRegistry} the timer is what that registry makes of a Micrometer timer with published
 * percentiles: a summary {@code n_seconds} with {@code quantile} series, {@code _count} and {@code _sum}, and a gauge
 * {@code n_seconds_max}. Max and percentiles cover the window between the last two refreshes, so that they describe
 * recent traffic, as Micrometer's own decay; they come from perfkit's histogram (within the timer's precision, the max
 * exact when it is a new all-time max). A counter becomes a {@code FunctionCounter}, read live. Tags are carried over,
 * and the registry's meter filters apply.
 *
 * <p>Refreshes: every {@link Builder#refreshEvery(Duration) refresh interval} (default
 * {@value #DEFAULT_REFRESH_SECONDS} s) a daemon thread named {@code perfkit-micrometer} reads each timer's cumulative
 * snapshot once and registers meters for timers and counters created since the last refresh. {@link #refresh()} does
 * the same on demand; {@code refreshEvery(Duration.ZERO)} leaves refreshing to the caller. The application's recording
 * cost is perfkit's: nothing is added to the record path, and the snapshots are cumulative, so perfkit's intervals
 * (reporters, JFR events) are not disturbed.
 *
 * <p>Thread-safe: refreshes are serialized, and Micrometer reads published values from any thread.
 * {@link #close()} stops the refresh thread; the meters stay registered with their last values.
 */
public final class PerfkitMetrics implements MeterBinder, AutoCloseable {

    /** The default refresh interval, in seconds. */
    public static final long DEFAULT_REFRESH_SECONDS = 10;

    private static final System.Logger LOG = System.getLogger("dev.perfkit");

    private final PerfRegistry perf;
    private final double[] percentiles;
    private final Duration refreshEvery;
    private final IdentityHashMap<Timer, TimerWindow> windows = new IdentityHashMap<>();
    private final List<TimerWindow> ordered = new ArrayList<>();
    private final List<Binding> bindings = new ArrayList<>();
    private ScheduledExecutorService scheduler;
    private boolean closed;

    private PerfkitMetrics(Builder b) {
        this.perf = b.perf;
        this.percentiles = b.percentiles.clone();
        this.refreshEvery = b.refreshEvery;
    }

    /**
     * Returns a bridge for {@code perf} with the defaults.
     *
     * @param perf the perfkit registry to publish
     * @return a bridge for {@code perf} with the defaults
     */
    public static PerfkitMetrics of(PerfRegistry perf) {
        return builder(perf).build();
    }

    /**
     * Returns a builder for a bridge for {@code perf}.
     *
     * @param perf the perfkit registry to publish
     * @return a new builder
     */
    public static Builder builder(PerfRegistry perf) {
        return new Builder(perf);
    }

    /**
     * Registers Micrometer meters for every timer and counter of the perfkit registry in {@code registry}, now and at
     * every refresh for meters created later; starts the refresh thread on the first call. May be called for several
     * registries: each timer is still read once per refresh.
     */
    @Override
    public synchronized void bindTo(MeterRegistry registry) {
        Objects.requireNonNull(registry, "registry");
        bindings.add(new Binding(registry, percentiles));
        refresh();
        if (scheduler == null && !closed && !refreshEvery.isZero()) {
            scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "perfkit-micrometer");
                t.setDaemon(true);
                return t;
            });
            long nanos = refreshEvery.toNanos();
            // refreshQuietly logs its own failures, and close() shuts the scheduler down: the future has nothing to
            // tell
            var unused = scheduler.scheduleWithFixedDelay(this::refreshQuietly, nanos, nanos, TimeUnit.NANOSECONDS);
        }
    }

    /**
     * Reads every timer's snapshot, publishes the new window, and registers meters for timers and counters created
     * since the last refresh in every bound registry. The refresh thread calls this; tests and applications that
     * refresh on their own schedule may call it directly.
     */
    public synchronized void refresh() {
        for (Timer t : perf.timers()) {
            if (!windows.containsKey(t)) {
                TimerWindow w = new TimerWindow(t, percentiles);
                windows.put(t, w);
                ordered.add(w);
            }
        }
        for (TimerWindow w : ordered) {
            w.refresh();
        }
        for (Binding b : bindings) {
            b.bindNew(ordered, perf.counters());
        }
    }

    /**
     * How many perfkit meters the bound registries refused (see the log for the first reason).
     *
     * @return the number of refused meters
     */
    public synchronized long refusedMeters() {
        long n = 0;
        for (Binding b : bindings) {
            n += b.refused();
        }
        return n;
    }

    /** Stops the refresh thread. The meters stay registered and show the last refresh. Idempotent. */
    @Override
    public synchronized void close() {
        closed = true;
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "perfkit: refreshing the Micrometer bridge failed; the next refresh tries again", e);
        }
    }

    /** Configures a {@link PerfkitMetrics}. Not thread-safe. */
    public static final class Builder {
        private final PerfRegistry perf;
        private double[] percentiles = {0.5, 0.9, 0.99, 0.999};
        private Duration refreshEvery = Duration.ofSeconds(DEFAULT_REFRESH_SECONDS);

        private Builder(PerfRegistry perf) {
            this.perf = Objects.requireNonNull(perf, "perf");
        }

        /**
         * The percentiles to publish, each in [0, 1] (0.99 is p99); none at all is allowed. By default 0.5, 0.9, 0.99
         * and 0.999.
         *
         * @param percentiles the percentiles, each in [0, 1]
         * @return this builder
         * @throws IllegalArgumentException if one is outside [0, 1] or not a number
         */
        public Builder percentiles(double... percentiles) {
            for (double p : percentiles) {
                if (!(p >= 0 && p <= 1)) {
                    throw new IllegalArgumentException("percentiles must be within [0, 1] (0.99 is p99), got " + p);
                }
            }
            this.percentiles = percentiles.clone();
            return this;
        }

        /**
         * How often the refresh thread reads the timers and looks for new meters; also the length of the window that
         * max and percentiles describe. {@link Duration#ZERO}: no thread, the caller calls
         * {@link PerfkitMetrics#refresh()}.
         *
         * @param interval the refresh interval, or zero for none
         * @return this builder
         * @throws IllegalArgumentException if negative
         */
        public Builder refreshEvery(Duration interval) {
            if (interval.isNegative()) {
                throw new IllegalArgumentException("refreshEvery must not be negative, got " + interval);
            }
            this.refreshEvery = interval;
            return this;
        }

        /**
         * Returns the bridge; it reads nothing until bound.
         *
         * @return the bridge
         */
        public PerfkitMetrics build() {
            return new PerfkitMetrics(this);
        }
    }
}
