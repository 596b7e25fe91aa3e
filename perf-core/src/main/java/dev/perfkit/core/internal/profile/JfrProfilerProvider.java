package dev.perfkit.core.internal.profile;

import dev.perfkit.profile.Profiler;
import dev.perfkit.spi.ProfilerProvider;

/** Provides the JFR profiler to {@link java.util.ServiceLoader}; checks once per JVM whether JFR is there. */
public final class JfrProfilerProvider implements ProfilerProvider {

    /** Called by {@link java.util.ServiceLoader}. */
    public JfrProfilerProvider() {}

    private static final class Holder {
        static final Profiler PROFILER = load();

        private static Profiler load() {
            try {
                return JfrProfiler.createOrExplain();
            } catch (LinkageError e) { // JfrProfiler itself links against jdk.jfr
                return Profiler.unavailable("JFR is not available: jdk.jfr is missing from this runtime (" + e + ")");
            }
        }
    }

    @Override
    public String name() {
        return "jfr";
    }

    @Override
    public Profiler profiler() {
        return Holder.PROFILER;
    }
}
