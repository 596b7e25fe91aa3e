package dev.perfkit.junit.measure;

import dev.perfkit.profile.Profile;
import dev.perfkit.profile.ProfileOptions;
import dev.perfkit.profile.ProfileSession;
import dev.perfkit.profile.Profiler;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Profiles of measured code, taken in extra calls after the measured ones: JFR slows a CPU-bound body by about 6 %
 * (perf-benchmarks/RESULTS.md, "Profiles"), so no measured figure ever comes from a profiled call. Stateless.
 */
public final class Profiling {

    /** When to profile: {@code perfkit.profile}. */
    public enum When {
        /** After a missed budget or a comparison that did not pass (the default). */
        ON_FAILURE,
        /** After every performance test and comparison. */
        ALWAYS,
        /** Never. */
        OFF
    }

    /** How long the extra profiled calls run: at the 1 ms sampling period, about 1,500 samples, a stable top 5. */
    public static final Duration LENGTH = Duration.ofMillis(1500);

    /** The most extra calls. */
    static final long MAX_CALLS = 50_000_000;

    private Profiling() {}

    /**
     * Calls {@code body} on this thread for {@link #LENGTH} (or {@link #MAX_CALLS}) while JFR samples it, keeping the
     * recording at {@code jfr}. Never throws: a body that fails ends the profile early, and a profiler that cannot run
     * returns a profile that says why.
     */
    public static Profile profile(Body body, Path jfr) {
        Profiler profiler = Profiler.create();
        if (!profiler.isAvailable()) {
            return Profile.unavailable(profiler.unavailableReason(), Duration.ZERO);
        }
        ProfileSession session = profiler.start(ProfileOptions.defaults().withJfrFile(jfr));
        try {
            session.trackCurrentThread();
            long end = System.nanoTime() + LENGTH.toNanos();
            for (long calls = 0; calls < MAX_CALLS && System.nanoTime() < end; calls++) {
                body.invoke();
            }
        } catch (Throwable t) {
            // the measurement already reported what the body does; the profile keeps what it saw until here
        }
        return session.stop();
    }
}
