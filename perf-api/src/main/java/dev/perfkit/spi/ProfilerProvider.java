package dev.perfkit.spi;

import dev.perfkit.profile.Profiler;

/**
 * The service a profiling engine provides; {@link java.util.ServiceLoader} finds it. Application code never calls this
 * directly: {@link Profiler#create()} does.
 */
public interface ProfilerProvider {

    /** {@return a short name for the provider, such as {@code "jfr"}} */
    String name();

    /**
     * Returns a thread-safe profiler; may return the same instance every time. A provider that cannot profile here
     * (no JFR in this runtime) returns {@link Profiler#unavailable(String)} with the reason, and does not throw.
     *
     * @return the profiler, never null
     */
    Profiler profiler();
}
