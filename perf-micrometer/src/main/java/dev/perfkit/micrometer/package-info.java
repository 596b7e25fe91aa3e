/**
 * perfkit to Micrometer: {@link dev.perfkit.micrometer.PerfkitMetrics} publishes a perfkit registry's timers and
 * counters to any Micrometer {@code MeterRegistry}, and through it to Prometheus, OpenTelemetry, Datadog and every
 * other Micrometer backend.
 *
 * <h2>Why a {@code MeterBinder} (perfkit feeds Micrometer), not a Micrometer registry that records into perfkit</h2>
 * <ol>
 *   <li>The point of the bridge is that an application keeps perfkit's recording cost. A binder leaves the record path
 *       alone: code records into perfkit timers exactly as before, and the bridge only reads snapshots, once per
 *       refresh. The other direction (a {@code MeterRegistry} whose timers are perfkit timers) would put Micrometer's
 *       dispatch in front of every record: its {@code Timer} interface, its meter filters and its per-lookup
 *       {@code Meter.Id} (which allocates, see {@code perf-benchmarks/RESULTS.md}).</li>
 *   <li>Library code that instruments against {@code perf-api} needs no Micrometer dependency; only the application
 *       that exports adds this module. Micrometer appears nowhere in {@code perf-api} or {@code perf-core}.</li>
 *   <li>It is the shape Micrometer users know: {@code new JvmMemoryMetrics().bindTo(registry)}, and frameworks (Spring
 *       Boot) bind every {@code MeterBinder} bean to their registry on their own.</li>
 * </ol>
 *
 * <h2>Why poll for new meters instead of listening</h2>
 * perfkit registries have no listener API, and adding one would put a callback on the registration path of the
 * engine. The bridge already refreshes snapshots periodically; finding new timers and counters on the same pass costs
 * one listing of the registry per refresh, and a meter created between refreshes appears at the next one.
 *
 * <h2>Why cumulative snapshots and windows between refreshes</h2>
 * A timer's interval snapshots have one consumer (a reporter, or JFR events); the bridge must not take them. It reads
 * the cumulative snapshot, which disturbs nothing, and subtracts the previous one bucket by bucket: counts and totals
 * stay cumulative (what Prometheus' {@code rate()} wants), max and percentiles describe the last window, as
 * Micrometer's own time-window statistics do.
 */
package dev.perfkit.micrometer;
