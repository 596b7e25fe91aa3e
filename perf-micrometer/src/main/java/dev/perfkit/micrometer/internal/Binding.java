package dev.perfkit.micrometer.internal;

import dev.perfkit.Counter;
import dev.perfkit.Timer;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.TimeGauge;
import java.lang.System.Logger.Level;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The Micrometer meters of one perfkit registry in one {@link MeterRegistry}. For a timer named {@code n}:
 * <ul>
 *   <li>a {@link FunctionTimer} {@code n}: the cumulative count and total;</li>
 *   <li>a {@link TimeGauge} {@code n.max}: the window's max;</li>
 *   <li>a {@link TimeGauge} {@code n.percentile} per configured percentile, tagged {@code phi}, as Micrometer's own
 *       timers publish client-side percentiles to registries without native support.</li>
 * </ul>
 * In Micrometer's {@code PrometheusMeterRegistry} a timer is instead what that registry makes of a Micrometer timer
 * with published percentiles: a summary with {@code quantile} series and a max gauge (see
 * {@link PrometheusSummaries}).
 * A counter becomes a {@link FunctionCounter} of the same name, read live. Every meter carries the perfkit meter's
 * tags. A meter Micrometer refuses (a name already taken by another type, say) is skipped and logged once; it is not
 * tried again. Not thread-safe: the bridge serializes {@link #bindNew}.
 */
public final class Binding {

    private static final System.Logger LOG = System.getLogger("dev.perfkit");

    private final MeterRegistry registry;
    private final double[] percentiles;
    private final String[] phi;
    /** Null unless the registry is Micrometer's Prometheus registry. */
    private final PrometheusSummaries prometheus;

    private final Set<Object> bound = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Strong references: Micrometer's function meters hold their objects weakly. */
    private final List<Object> kept = new ArrayList<>();

    private long refused;

    /**
     * A binding into {@code registry} publishing {@code percentiles} (each in [0, 1]).
     *
     * @param registry the registry to register in
     * @param percentiles the percentiles, each in [0, 1]
     */
    public Binding(MeterRegistry registry, double[] percentiles) {
        this.registry = registry;
        this.percentiles = percentiles.clone();
        this.phi = new String[percentiles.length];
        for (int i = 0; i < percentiles.length; i++) {
            phi[i] = BigDecimal.valueOf(percentiles[i]).stripTrailingZeros().toPlainString();
        }
        // PrometheusSummaries is loaded only for a Prometheus registry: its optional dependency is there then
        this.prometheus = isPrometheus(registry) ? PrometheusSummaries.of(registry, percentiles) : null;
    }

    /**
     * Whether {@code registry} is Micrometer's Prometheus registry, judged by class name, so that no Prometheus
     * class is loaded (the dependency is optional).
     */
    static boolean isPrometheus(MeterRegistry registry) {
        for (Class<?> c = registry.getClass(); c != null; c = c.getSuperclass()) {
            if (c.getName().equals("io.micrometer.prometheusmetrics.PrometheusMeterRegistry")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Registers meters for the windows and counters not bound yet.
     *
     * @param windows every timer's window
     * @param counters every counter
     */
    public void bindNew(List<TimerWindow> windows, List<Counter> counters) {
        for (TimerWindow w : windows) {
            if (bound.add(w.timer())) {
                tryRegister(w.timer().name(), () -> registerTimer(w));
            }
        }
        for (Counter c : counters) {
            if (bound.add(c)) {
                tryRegister(c.name(), () -> {
                    FunctionCounter.builder(c.name(), c, Counter::count)
                            .tags(tags(c.tags()))
                            .register(registry);
                    kept.add(c);
                });
            }
        }
    }

    /**
     * How many perfkit meters Micrometer refused.
     *
     * @return the number of refused meters
     */
    public long refused() {
        return refused;
    }

    private void registerTimer(TimerWindow w) {
        Timer t = w.timer();
        List<Tag> tags = tags(t.tags());
        String description =
                t.config().description().isEmpty() ? null : t.config().description();
        if (prometheus != null) {
            if (prometheus.add(w, tags, description)) {
                kept.add(w);
            }
            return;
        }
        FunctionTimer.builder(
                        t.name(), w, x -> x.stats().count(), x -> x.stats().totalNanos(), TimeUnit.NANOSECONDS)
                .tags(tags)
                .description(description)
                .register(registry);
        TimeGauge.builder(
                        t.name() + ".max",
                        w,
                        TimeUnit.NANOSECONDS,
                        x -> x.stats().maxNanos())
                .tags(tags)
                .description(description)
                .register(registry);
        for (int i = 0; i < percentiles.length; i++) {
            int p = i;
            TimeGauge.builder(
                            t.name() + ".percentile",
                            w,
                            TimeUnit.NANOSECONDS,
                            x -> x.stats().percentileNanos(p))
                    .tags(tags)
                    .tag("phi", phi[i])
                    .description(description)
                    .register(registry);
        }
        kept.add(w);
    }

    private void tryRegister(String name, Runnable register) {
        try {
            register.run();
        } catch (RuntimeException e) {
            if (refused++ == 0) {
                LOG.log(
                        Level.WARNING,
                        "perfkit: Micrometer refused meter '" + name + "' (" + e.getMessage()
                                + "); it and any later refused meters are not published",
                        e);
            }
        }
    }

    private static List<Tag> tags(dev.perfkit.Tags tags) {
        List<Tag> list = new ArrayList<>(tags.size());
        for (int i = 0; i < tags.size(); i++) {
            list.add(Tag.of(tags.key(i), tags.value(i)));
        }
        return list;
    }
}
