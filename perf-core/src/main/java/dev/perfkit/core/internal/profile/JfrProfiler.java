package dev.perfkit.core.internal.profile;

import dev.perfkit.profile.Profile;
import dev.perfkit.profile.ProfileOptions;
import dev.perfkit.profile.ProfileSession;
import dev.perfkit.profile.Profiler;
import java.util.Objects;
import jdk.jfr.FlightRecorder;

/** The profiler on JFR: each profile is its own {@link JfrSession}. Stateless and thread-safe. */
final class JfrProfiler implements Profiler {

    private JfrProfiler() {}

    /**
     * The JFR profiler, or an unavailable one saying why: JFR missing from the runtime (a {@code jlink} image without
     * {@code jdk.jfr}) or switched off in this JVM.
     */
    static Profiler createOrExplain() {
        try {
            if (!FlightRecorder.isAvailable()) {
                return Profiler.unavailable("JFR is not available in this JVM (FlightRecorder.isAvailable() is false;"
                        + " was it started with -XX:-FlightRecorder?)");
            }
            return new JfrProfiler();
        } catch (LinkageError e) {
            return Profiler.unavailable("JFR is not available: jdk.jfr is missing from this runtime (" + e + ")");
        }
    }

    @Override
    public boolean isAvailable() {
        return true;
    }

    @Override
    public String unavailableReason() {
        return "";
    }

    @Override
    public Profile profile(ProfileOptions options, Runnable block) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(block, "block");
        ProfileSession session = start(options);
        session.trackCurrentThread();
        try {
            runBlock(block);
        } catch (RuntimeException | Error e) {
            session.close();
            throw e;
        }
        return session.stop();
    }

    /** Runs the block: the frame at which {@link Stacks} cuts the caller's frames off. */
    private static void runBlock(Runnable block) {
        block.run();
    }

    @Override
    public ProfileSession start(ProfileOptions options) {
        return JfrSession.start(Objects.requireNonNull(options, "options"));
    }

    @Override
    public String toString() {
        return "JFR profiler";
    }
}
