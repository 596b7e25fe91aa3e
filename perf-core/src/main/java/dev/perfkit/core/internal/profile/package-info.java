/**
 * The profiler behind {@link dev.perfkit.profile.Profiler}, on the JDK Flight Recorder.
 *
 * <p>A profile is one {@code jdk.jfr.Recording} with only the events it reads enabled (execution samples at the
 * options' period, throttled allocation samples, monitor/park/socket/file waits above a threshold, garbage
 * collections), dumped to a file when stopped and read back one event at a time with
 * {@code jdk.jfr.consumer.RecordingFile}. {@link dev.perfkit.core.internal.profile.JfrReader} turns recorded events
 * into the plain {@link dev.perfkit.core.internal.profile.ProfileEvent}s that
 * {@link dev.perfkit.core.internal.profile.Aggregation} sums, so aggregation is tested without JFR. Only the tracked
 * threads' events are counted: JFR records every thread, and overlapping recordings share their events.
 *
 * <p>Everything that touches {@code jdk.jfr} is reached through
 * {@link dev.perfkit.core.internal.profile.JfrProfilerProvider}, which answers with an unavailable profiler (and the
 * reason) on a runtime without JFR, instead of failing to load.
 */
package dev.perfkit.core.internal.profile;
