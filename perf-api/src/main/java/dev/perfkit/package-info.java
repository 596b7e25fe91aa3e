/**
 * perfkit's public API: {@link dev.perfkit.Timer}, {@link dev.perfkit.Counter}, {@link dev.perfkit.TimerSnapshot}
 * and the {@link dev.perfkit.PerfRegistry} that names them; {@link dev.perfkit.Perf} is the process-wide default.
 *
 * <p>Library code instruments against this module alone. Whether measurements are kept is the application's choice:
 * with {@code dev.perfkit:perf-core} on the class path, {@link java.util.ServiceLoader} picks the recording engine;
 * without it, every meter is a no-op (one log line through {@link java.lang.System.Logger} says so).
 */
package dev.perfkit;
