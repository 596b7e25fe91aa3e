/**
 * Publishes perfkit's timers and counters to a Micrometer {@code MeterRegistry}: see
 * {@link dev.perfkit.micrometer.PerfkitMetrics}. Micrometer is needed here and nowhere else in perfkit.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module dev.perfkit.micrometer {
    requires transitive dev.perfkit.api;
    requires transitive micrometer.core; // an automatic module: Micrometer names itself in its manifest
    // optional: used only when the registry bound to is Micrometer's PrometheusMeterRegistry
    requires static micrometer.registry.prometheus;
    requires static io.prometheus.metrics.model;

    exports dev.perfkit.micrometer;
}
