package dev.perfkit.profile;

import dev.perfkit.internal.Profilers;

/**
 * Profiles application code with the JDK Flight Recorder: which methods the time went to, which allocated the most,
 * where threads waited; the {@code cProfile}/{@code tracemalloc} of the JVM, without an agent or a dependency.
 *
 * <pre>{@code
 * Profile profile = Profiler.create().profile(() -> report.render(orders));
 * System.out.println(profile.toText(5));
 * }</pre>
 *
 * <p>Thread-safe; profiles may overlap (each is its own JFR recording; events of other threads are filtered out).
 * JFR samples a thread only while it runs Java code: sleeping, waiting and native code show up as blocking events
 * (monitors, parking, socket and file I/O at least {@link ProfileOptions#blockingThreshold()} long), never as hot
 * methods. The first profile in a JVM starts JFR itself, which takes a few hundred milliseconds before the block runs.
 *
 * <p>Never throws for a profiling problem (JFR missing, disabled, out of disk): the block still runs once and the
 * profile is {@linkplain Profile#isAvailable() unavailable}, with the reason. Exceptions thrown by the block propagate
 * unchanged, after the recording has been discarded. Invalid arguments throw {@link NullPointerException} before the
 * block runs.
 */
public interface Profiler {

    /**
     * Returns the profiler of the engine on the class or module path ({@code dev.perfkit:perf-core}), found with
     * {@link java.util.ServiceLoader}; without one, or without JFR, a profiler whose profiles are unavailable and say
     * why.
     *
     * @return a thread-safe profiler, never null
     */
    static Profiler create() {
        return Profilers.create();
    }

    /**
     * Returns a profiler that runs blocks and answers every profile with "unavailable" and this reason.
     *
     * @param reason a sentence for people that says why profiles are unavailable
     * @return a thread-safe profiler whose every profile is unavailable
     */
    static Profiler unavailable(String reason) {
        return Profilers.unavailable(reason);
    }

    /** {@return true when profiles from this profiler can be available; false when they will all say why not} */
    boolean isAvailable();

    /** {@return why profiles are unavailable; empty when they are available} */
    String unavailableReason();

    /**
     * Runs {@code block} on the calling thread and returns its profile, with {@link ProfileOptions#defaults()}.
     *
     * @param block the code to profile
     * @return the profile, available or saying why not; never null
     */
    default Profile profile(Runnable block) {
        return profile(ProfileOptions.defaults(), block);
    }

    /**
     * Runs {@code block} on the calling thread and returns its profile. Only the calling thread is tracked unless the
     * options say {@linkplain ProfileOptions#withAllThreads() all threads}; frames below the block (the caller's) are
     * left out, so total shares are shares of the block.
     *
     * @param options how to sample and what to count
     * @param block the code to profile
     * @return the profile, available or saying why not; never null
     */
    Profile profile(ProfileOptions options, Runnable block);

    /**
     * Starts a recording; nothing is tracked until a thread is {@linkplain ProfileSession#track tracked} (or all
     * threads are, by the options). For measurements that run on several threads, or that start and stop in different
     * places.
     *
     * @param options how to sample and what to count
     * @return the running session; stop or close it to end the recording
     */
    ProfileSession start(ProfileOptions options);
}
