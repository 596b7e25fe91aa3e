package dev.perfkit.core.internal.profile;

import dev.perfkit.profile.Profile;
import dev.perfkit.profile.ProfileOptions;
import dev.perfkit.profile.ProfileSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongPredicate;
import jdk.jfr.Recording;

/**
 * One JFR recording with the profile's settings, and the threads it counts. {@link #track} is lock-free (a concurrent
 * set of thread ids); {@link #stop()} and {@link #close()} synchronize, and the first of them ends the recording.
 */
final class JfrSession implements ProfileSession {

    /** The most disk a recording may use; JFR drops the oldest data beyond it, so a long session keeps its end. */
    static final long MAX_RECORDING_BYTES = 256L << 20;

    private final ProfileOptions options;
    private final Recording recording;
    private final String failure;
    private final long startNanos;
    private final Map<Long, Long> allocatedAtStart;
    private final Set<Long> tracked = ConcurrentHashMap.newKeySet();
    private Profile profile;
    private boolean closed;

    private JfrSession(ProfileOptions options, Recording recording, String failure) {
        this.options = options;
        this.recording = recording;
        this.failure = failure;
        this.startNanos = System.nanoTime();
        this.allocatedAtStart = recording == null ? null : ThreadAllocations.readAll();
    }

    /** Starts a recording; when JFR refuses, a session whose profile will say why. */
    static JfrSession start(ProfileOptions options) {
        Recording recording = null;
        try {
            recording = new Recording(JfrSettings.of(options));
            recording.setName("perfkit profile");
            recording.setToDisk(true);
            recording.setMaxSize(MAX_RECORDING_BYTES);
            recording.start();
            return new JfrSession(options, recording, null);
        } catch (RuntimeException | LinkageError e) {
            if (recording != null) {
                closeQuietly(recording);
            }
            return new JfrSession(options, null, "JFR could not start a recording: " + e);
        }
    }

    @Override
    public void track(Thread thread) {
        tracked.add(Objects.requireNonNull(thread, "thread").getId());
    }

    @Override
    public synchronized Profile stop() {
        if (profile != null) {
            return profile;
        }
        Duration duration = Duration.ofNanos(System.nanoTime() - startNanos);
        if (recording == null) {
            profile = Profile.unavailable(failure, duration);
            return profile;
        }
        if (closed) {
            profile = Profile.unavailable("the profile session was closed before it was stopped", duration);
            return profile;
        }
        closed = true;
        Path kept = options.jfrFile().orElse(null);
        Path file = null;
        try {
            recording.stop();
            ThreadAllocations allocated = new ThreadAllocations(
                    allocatedAtStart, ThreadAllocations.read(options.allThreads() ? null : Set.copyOf(tracked)));
            if (kept == null) {
                file = Files.createTempFile("perfkit-profile-", ".jfr");
            } else {
                file = kept;
                Path parent = kept.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
            }
            recording.dump(file);
            LongPredicate counts = options.allThreads() ? id -> true : tracked::contains;
            Aggregation aggregation = new Aggregation(counts, allocated);
            JfrReader.read(file, aggregation::add);
            profile = aggregation.toProfile(duration, options.samplingPeriod(), kept);
        } catch (IOException | RuntimeException | LinkageError e) {
            profile = Profile.unavailable("the JFR recording could not be written or read: " + e, duration);
        } finally {
            closeQuietly(recording);
            if (kept == null && file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException | RuntimeException e) {
                    file.toFile().deleteOnExit();
                }
            }
        }
        return profile;
    }

    @Override
    public synchronized void close() {
        if (!closed && recording != null) {
            closeQuietly(recording);
        }
        closed = true;
    }

    private static void closeQuietly(Recording recording) {
        try {
            recording.close();
        } catch (RuntimeException e) {
            // already closed, or JFR shutting down: nothing left to release
        }
    }
}
