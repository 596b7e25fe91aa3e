package dev.perfkit.micrometer.internal;

import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.NamingConvention;
import io.micrometer.core.instrument.noop.NoopMeter;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.prometheus.metrics.model.registry.MetricType;
import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.snapshots.Exemplars;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot.GaugeDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricFamilyDescriptor;
import io.prometheus.metrics.model.snapshots.MetricMetadata;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import io.prometheus.metrics.model.snapshots.Quantile;
import io.prometheus.metrics.model.snapshots.Quantiles;
import io.prometheus.metrics.model.snapshots.SummarySnapshot;
import io.prometheus.metrics.model.snapshots.SummarySnapshot.SummaryDataPointSnapshot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * perfkit timers in Micrometer's {@link PrometheusMeterRegistry}, shaped as the registry shapes a Micrometer
 * {@code Timer} with published percentiles: a summary {@code n_seconds} ({@code quantile} series, {@code _count},
 * {@code _sum}) and a gauge {@code n_seconds_max}.
 *
 * <p>Why not Micrometer meters: that registry renders {@code quantile} only for the timers and distribution summaries
 * it creates itself, from their own histograms, so a perfkit timer could only reach it by replaying every recorded
 * value into a Micrometer timer. Instead each timer name gets a collector in the registry's underlying
 * {@code PrometheusRegistry} that reads the timer's {@link WindowStats}: count and sum cumulative (what
 * {@code rate()} wants), quantiles and max of the window between the last two refreshes.
 *
 * <p>The name and tags are the ones Micrometer would give the timer: each is first registered as a
 * {@link FunctionTimer}, so that the registry's meter filters (common tags, renames, denials) and naming convention
 * apply, and then removed again; a timer a filter denies is not published. Loaded only when the registry is a
 * {@code PrometheusMeterRegistry}. Not thread-safe for {@link #add}, which the bridge serializes; scrapes may run on
 * any thread.
 */
final class PrometheusSummaries {

    private final PrometheusMeterRegistry registry;
    private final double[] percentiles;
    private final Map<String, Family> families = new HashMap<>();

    private PrometheusSummaries(PrometheusMeterRegistry registry, double[] percentiles) {
        this.registry = registry;
        this.percentiles = percentiles.clone();
    }

    /** The summaries of {@code registry}, which {@link Binding#isPrometheus} accepted. */
    static PrometheusSummaries of(MeterRegistry registry, double[] percentiles) {
        return new PrometheusSummaries((PrometheusMeterRegistry) registry, percentiles);
    }

    /**
     * Publishes {@code window} as a summary and a max gauge.
     *
     * @return false if a meter filter denied the timer
     * @throws IllegalArgumentException if the registry already has another metric of that name
     */
    boolean add(TimerWindow window, List<Tag> tags, String description) {
        FunctionTimer probe = FunctionTimer.builder(
                        window.timer().name(),
                        window,
                        x -> x.stats().count(),
                        x -> x.stats().totalNanos(),
                        TimeUnit.NANOSECONDS)
                .tags(tags)
                .description(description)
                .register(registry);
        Meter.Id id = probe.getId();
        registry.remove(probe);
        if (probe instanceof NoopMeter) {
            return false;
        }
        NamingConvention convention = registry.config().namingConvention();
        String name = id.getConventionName(convention);
        List<String> keys = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (Tag t : id.getConventionTags(convention)) {
            keys.add(t.getKey());
            values.add(t.getValue());
        }
        Family family = families.get(name);
        if (family == null) {
            String help = id.getDescription() == null ? " " : id.getDescription();
            family = new Family(name, help, keys);
            registry.getPrometheusRegistry().register(family);
            families.put(name, family);
        }
        family.points.add(new Point(
                window, Labels.of(keys, values), registry.config().clock().wallTime()));
        return true;
    }

    private record Point(TimerWindow window, Labels labels, long createdMillis) {}

    /** Every perfkit timer of one Prometheus name, each with its own labels. */
    private final class Family implements MultiCollector {
        private final String name;
        private final String help;
        private final List<String> labelNames;
        private final List<Point> points = new CopyOnWriteArrayList<>();

        Family(String name, String help, List<String> labelNames) {
            this.name = name;
            this.help = help;
            this.labelNames = List.copyOf(labelNames);
        }

        @Override
        public MetricSnapshots collect() {
            List<SummaryDataPointSnapshot> summaries = new ArrayList<>(points.size());
            List<GaugeDataPointSnapshot> maxima = new ArrayList<>(points.size());
            for (Point p : points) {
                WindowStats s = p.window().stats();
                List<Quantile> quantiles = new ArrayList<>(percentiles.length);
                for (int i = 0; i < percentiles.length; i++) {
                    quantiles.add(new Quantile(percentiles[i], seconds(s.percentileNanos(i))));
                }
                summaries.add(new SummaryDataPointSnapshot(
                        s.count(),
                        seconds(s.totalNanos()),
                        Quantiles.of(quantiles),
                        p.labels(),
                        Exemplars.EMPTY,
                        p.createdMillis()));
                maxima.add(new GaugeDataPointSnapshot(seconds(s.maxNanos()), p.labels(), null));
            }
            return MetricSnapshots.of(
                    new SummarySnapshot(new MetricMetadata(name, help), summaries),
                    new GaugeSnapshot(new MetricMetadata(name + "_max", help), maxima));
        }

        @Override
        public List<MetricFamilyDescriptor> getMetricFamilyDescriptors() {
            return List.of(
                    MetricFamilyDescriptor.of(MetricType.SUMMARY, name)
                            .help(help)
                            .labelNames(labelNames)
                            .build(),
                    MetricFamilyDescriptor.of(MetricType.GAUGE, name + "_max")
                            .help(help)
                            .labelNames(labelNames)
                            .build());
        }
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
