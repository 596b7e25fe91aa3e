/**
 * What every feature shares to measure code: bodies ({@link dev.perfkit.junit.measure.Body},
 * {@link dev.perfkit.junit.measure.Bodies}), the clock's calibration and the timed region
 * ({@link dev.perfkit.junit.measure.Calibration}, {@link dev.perfkit.junit.measure.Sampler}), warm-ups
 * ({@link dev.perfkit.junit.measure.WarmupSpec}, {@link dev.perfkit.junit.measure.WarmupLoop}), steady state and
 * stationarity, a body measured round by round ({@link dev.perfkit.junit.measure.MeasuredBody}), pacing, allocation
 * per thread, profiles of extra calls, the test's identity ({@link dev.perfkit.junit.measure.TestId}), and the settings
 * ({@link dev.perfkit.junit.measure.Settings}, every key in {@link dev.perfkit.junit.measure.Setting}), and the one
 * way a file is written, whole or not at all ({@link dev.perfkit.junit.measure.AtomicFiles}). The JVM guards
 * are in {@code measure.jvm}, the forks' protocol in {@code measure.fork}.
 *
 * <p>May use {@code measure.jvm}, {@code measure.fork}, {@code metric} and {@code json}; never a feature or the
 * writers. Time is read only through a {@link dev.perfkit.Ticker}, so tests script it.
 */
package dev.perfkit.junit.measure;
