/**
 * Profiles of application code from the JDK Flight Recorder: hot methods with self and total share of execution
 * samples, allocation sites with estimated bytes, time blocked on monitors, parking and I/O, and GC pauses.
 *
 * <p>{@link dev.perfkit.profile.Profiler#create()} returns the JFR engine of {@code dev.perfkit:perf-core}; a
 * {@link dev.perfkit.profile.Profile} is a final immutable value that reports can print ({@code toText(topN)}), keep,
 * and compare ({@link dev.perfkit.profile.ProfileDiff}).
 *
 * <h2>Design</h2>
 * <ul>
 *   <li><b>Only the measured threads.</b> JFR records every thread of the JVM; a profile counts the threads it
 *       tracks (the caller of {@code profile(block)}, or those a {@link dev.perfkit.profile.ProfileSession} is told
 *       about), so a busy test runner or another test's threads do not dilute the shares.</li>
 *   <li><b>Frames.</b> JDK plumbing that says nothing about the code (lambda forms, hidden lambda classes,
 *       reflection accessors, method handles) is dropped from every stack. Self time goes to the top remaining frame;
 *       total time to every distinct method on the stack, once per sample even when it recurses. Frames below a
 *       profiled block (the caller's) are cut, so total shares are shares of the block. Methods are grouped by class
 *       and name: overloads are one entry, whose line is the line most self samples were at.</li>
 *   <li><b>Sites.</b> An allocation or a wait is attributed to the first application frame (outside the JDK's
 *       packages): {@code LockSupport.park} or {@code Arrays.copyOf} is rarely the line to change.</li>
 *   <li><b>Bounded.</b> Aggregation streams the recording; a profile keeps the 50 largest entries of each list (hot
 *       methods: the 50 largest by self share and the 50 largest by total share).</li>
 *   <li><b>Call trees.</b> {@link dev.perfkit.profile.CallTree}s of the execution and allocation samples, the data
 *       of a flame graph, are cut by the engine to callees of at least 1 % of the samples, 20 per method, 64 deep.
 *       </li>
 *   <li><b>Never in the way.</b> A profiling problem makes the profile unavailable with a reason; it never throws
 *       into the profiled code.</li>
 * </ul>
 */
package dev.perfkit.profile;
