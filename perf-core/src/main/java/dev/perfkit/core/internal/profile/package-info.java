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
 * <h2>Allocation weights that add up</h2>
 * JFR weighs a {@code jdk.ObjectAllocationSample} by the bytes its thread allocated since that thread's previous
 * sample, whenever that was: the first sample of a thread in a recording also carries everything the thread allocated
 * before the recording started (since its previous sample in an earlier recording, or since the thread began). A
 * test thread that allocated 24 GB before a 1.5 s profile shows a single 24 GB sample and a site that never mattered.
 * Three ways out were weighed:
 * <ul>
 *   <li>Dropping each thread's first sample: loses one sample interval, but keeps nothing wrong. Used only as the
 *       fallback below.</li>
 *   <li>Capping it at a typical sample's weight: a guess, where a count is available.</li>
 *   <li><b>Bounding it by the thread's own allocation counter</b> (chosen): {@code com.sun.management.ThreadMXBean}
 *       counts each thread's allocated bytes exactly (the counter JFR's weights are differences of).
 *       {@link dev.perfkit.core.internal.profile.JfrSession} reads every live thread's count right after the
 *       recording starts and the counted threads' counts right after it stops; the difference is what the thread
 *       allocated while recorded. Its later samples are taken as recorded, and its earliest one weighs at most that
 *       difference less the later samples' sum (never below 0). The thread's total then equals its counter's
 *       difference whenever the earliest sample carried older bytes, and the earliest site keeps about one sample
 *       interval (its own, plus the bytes after the last sample).</li>
 * </ul>
 * A thread that started after the recording has nothing older to carry, and its first sample is taken as recorded.
 * When a thread's counts are unknown (it ended before the stop, or the JVM does not count), its earliest sample weighs
 * at most the mean of its later ones, and nothing when it has none. Samples are ordered by their time stamps, not by
 * their place in the file.
 *
 * <h2>Call trees</h2>
 * Execution samples (weighed 1) and allocation samples (weighed in bytes, after the bound above) are summed into
 * call trees, root first, with the same collapsed stacks as the hot methods; {@link
 * dev.perfkit.core.internal.profile.CallTreeBuilder} cuts them to callees of at least 1 % of the root, 20 per node,
 * 64 deep, so a flame graph of them stays small.
 *
 * <p>Everything that touches {@code jdk.jfr} is reached through
 * {@link dev.perfkit.core.internal.profile.JfrProfilerProvider}, which answers with an unavailable profiler (and the
 * reason) on a runtime without JFR, instead of failing to load.
 */
package dev.perfkit.core.internal.profile;
