package dev.perfkit.internal;

import dev.perfkit.profile.Profile;
import dev.perfkit.profile.ProfileOptions;
import dev.perfkit.profile.ProfileSession;
import dev.perfkit.profile.Profiler;
import java.time.Duration;
import java.util.Objects;

/** A profiler that runs blocks as asked and answers every profile with "unavailable" and one reason. */
final class UnavailableProfiler implements Profiler {

    private final String reason;

    UnavailableProfiler(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("an unavailable profiler needs a reason");
        }
        this.reason = reason;
    }

    @Override
    public boolean isAvailable() {
        return false;
    }

    @Override
    public String unavailableReason() {
        return reason;
    }

    @Override
    public Profile profile(ProfileOptions options, Runnable block) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(block, "block");
        long start = System.nanoTime();
        block.run();
        return Profile.unavailable(reason, Duration.ofNanos(System.nanoTime() - start));
    }

    @Override
    public ProfileSession start(ProfileOptions options) {
        Objects.requireNonNull(options, "options");
        long start = System.nanoTime();
        return new ProfileSession() {
            private Profile profile;

            @Override
            public void track(Thread thread) {
                Objects.requireNonNull(thread, "thread");
            }

            @Override
            public synchronized Profile stop() {
                if (profile == null) {
                    profile = Profile.unavailable(reason, Duration.ofNanos(System.nanoTime() - start));
                }
                return profile;
            }

            @Override
            public void close() {
                stop();
            }
        };
    }

    @Override
    public String toString() {
        return "unavailable profiler: " + reason;
    }
}
