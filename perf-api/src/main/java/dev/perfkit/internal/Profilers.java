package dev.perfkit.internal;

import dev.perfkit.profile.Profiler;
import dev.perfkit.spi.ProfilerProvider;
import java.lang.System.Logger.Level;
import java.util.Iterator;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/** Finds the profiler once: the first {@link ProfilerProvider} that {@link ServiceLoader} offers, or none. */
public final class Profilers {

    private Profilers() {}

    private static final class Holder {
        static final Profiler PROFILER = load();
    }

    /** The profiler {@link Profiler#create()} returns. */
    public static Profiler create() {
        return Holder.PROFILER;
    }

    /** A profiler that runs blocks and answers every profile with "unavailable" and {@code reason}. */
    public static Profiler unavailable(String reason) {
        return new UnavailableProfiler(reason);
    }

    private static Profiler load() {
        String reason;
        try {
            Iterator<ProfilerProvider> it = ServiceLoader.load(
                            ProfilerProvider.class, ProfilerProvider.class.getClassLoader())
                    .iterator();
            if (it.hasNext()) {
                return it.next().profiler();
            }
            reason = "JFR profiling needs perf-core: add dev.perfkit:perf-core to the class path";
        } catch (ServiceConfigurationError | LinkageError e) {
            reason = "the profiler could not be loaded: " + e;
            System.getLogger("dev.perfkit").log(Level.WARNING, "perfkit: " + reason, e);
        }
        return new UnavailableProfiler(reason);
    }
}
