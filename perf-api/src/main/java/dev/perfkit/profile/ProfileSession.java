package dev.perfkit.profile;

/**
 * A running profile: started by {@link Profiler#start}, fed the threads to watch, ended by {@link #stop()}.
 *
 * <p>Thread-safe: any thread may {@link #track} itself or others while the session runs, such as the threads of a
 * measurement. {@link #stop()} and {@link #close()} may be called once each in any order; the first ends the
 * recording. Never throws for a recording problem: the profile says what went wrong.
 *
 * <pre>{@code
 * try (ProfileSession session = profiler.start(ProfileOptions.defaults())) {
 *   pool.submit(() -> { session.trackCurrentThread(); work(); }).get();
 *   Profile profile = session.stop();
 * }
 * }</pre>
 */
public interface ProfileSession extends AutoCloseable {

    /**
     * Counts the samples and events of {@code thread} from now until the session stops (and any it had since start).
     *
     * @param thread the thread whose samples and events count
     */
    void track(Thread thread);

    /** Tracks the calling thread. */
    default void trackCurrentThread() {
        track(Thread.currentThread());
    }

    /**
     * Ends the recording and returns the profile of the tracked threads (or, with
     * {@link ProfileOptions#withAllThreads()}, of every thread). A second call returns the same profile.
     *
     * @return the profile, available or saying why not; never null
     */
    Profile stop();

    /** Ends the recording if {@link #stop()} has not, and discards it. */
    @Override
    void close();
}
