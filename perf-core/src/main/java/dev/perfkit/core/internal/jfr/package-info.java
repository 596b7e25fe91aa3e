/**
 * JDK Flight Recorder events for timers: with {@link dev.perfkit.RegistryConfig#jfrEvents()} on, a registry hooks
 * {@link dev.perfkit.core.internal.jfr.TimerIntervals} into {@link jdk.jfr.FlightRecorder#addPeriodicEvent} and each
 * period emits one {@code dev.perfkit.TimerInterval} event per timer (name, tags, count, mean, p50, p99, max).
 *
 * <h2>Why periodic events, and why intervals</h2>
 * <ol>
 *   <li>A periodic hook is pulled by JFR: it runs only while a recording enables the event, on JFR's thread, at the
 *       period the recording chooses. An event per recorded value would put JFR on the record path; a periodic
 *       summary leaves the record path exactly as it is, so the cost with the option off is nothing, and with it on
 *       is one interval read per timer per period (measured in {@code perf-benchmarks/RESULTS.md}).</li>
 *   <li>An interval (not the cumulative snapshot) is what a time line wants: JDK Mission Control plots each event at
 *       its time, beside GC pauses and thread states. Intervals have one consumer (see
 *       {@link dev.perfkit.Timer#intervalSnapshot()}): while a recording runs, the events are it, so an application
 *       that reads intervals itself should leave the option off. The Micrometer bridge reads cumulative snapshots and
 *       is unaffected.</li>
 *   <li>Intervals are read through a {@link dev.perfkit.SnapshotSink}, so a period allocates the events and nothing
 *       else per timer.</li>
 * </ol>
 */
package dev.perfkit.core.internal.jfr;
