package dev.perfkit.profile;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How to profile: the sampling period, the allocation sampling rate, the shortest wait that counts as blocking, which
 * threads count, and where to keep the JFR file.
 *
 * <p>Immutable and thread-safe; each {@code with...} method returns a new options value.
 *
 * <pre>{@code
 * ProfileOptions options = ProfileOptions.defaults()
 *     .withSamplingPeriod(Duration.ofMillis(10))
 *     .withJfrFile(Path.of("target/perf/parse.jfr"));
 * }</pre>
 */
public final class ProfileOptions {

    /**
     * The default sampling period: 1 ms, JFR's shortest. At most 1,000 execution samples per busy second of a thread;
     * on a loaded machine JFR delivers fewer, and at its own default (20 ms) or at 10 ms too few for a 1-2 s run to
     * rank its top 5 the same way twice (see {@code perf-benchmarks/RESULTS.md}, "Profiles").
     */
    public static final Duration DEFAULT_SAMPLING_PERIOD = Duration.ofMillis(1);
    /** The default allocation sampling rate: at most 300 samples a second, JFR's "profile" setting. */
    public static final int DEFAULT_ALLOCATION_SAMPLES_PER_SECOND = 300;
    /** The default shortest wait recorded as blocking: 1 ms. */
    public static final Duration DEFAULT_BLOCKING_THRESHOLD = Duration.ofMillis(1);

    private static final Duration SHORTEST_PERIOD = Duration.ofMillis(1);
    private static final ProfileOptions DEFAULTS = new ProfileOptions(
            DEFAULT_SAMPLING_PERIOD, DEFAULT_ALLOCATION_SAMPLES_PER_SECOND, DEFAULT_BLOCKING_THRESHOLD, false, null);

    private final Duration samplingPeriod;
    private final int allocationSamplesPerSecond;
    private final Duration blockingThreshold;
    private final boolean allThreads;
    private final Path jfrFile;

    private ProfileOptions(
            Duration samplingPeriod,
            int allocationSamplesPerSecond,
            Duration blockingThreshold,
            boolean allThreads,
            Path jfrFile) {
        this.samplingPeriod = samplingPeriod;
        this.allocationSamplesPerSecond = allocationSamplesPerSecond;
        this.blockingThreshold = blockingThreshold;
        this.allThreads = allThreads;
        this.jfrFile = jfrFile;
    }

    /**
     * {@return the default options} Sampling every 1 ms, 300 allocation samples a second, waits from 1 ms, tracked
     * threads only, no file kept.
     */
    public static ProfileOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Returns options that sample the stacks of running Java threads every {@code period}. Shorter periods give more
     * samples, and so a steadier ranking from a short run, at a higher cost to the measured code (see
     * {@code perf-benchmarks/RESULTS.md}, "Profiles").
     *
     * @param period the time between two samples of a thread's stack, 1 ms or more
     * @return a copy with this sampling period
     * @throws IllegalArgumentException if {@code period} is shorter than 1 ms, JFR's shortest
     */
    public ProfileOptions withSamplingPeriod(Duration period) {
        if (Objects.requireNonNull(period, "period").compareTo(SHORTEST_PERIOD) < 0) {
            throw new IllegalArgumentException(
                    "samplingPeriod must be at least 1 ms (JFR samples no faster), got " + period.toNanos() + " ns");
        }
        return new ProfileOptions(period, allocationSamplesPerSecond, blockingThreshold, allThreads, jfrFile);
    }

    /**
     * Returns options that take at most {@code perSecond} allocation samples a second (JFR's throttle).
     *
     * @param perSecond the most allocation samples a second, 1 or more
     * @return a copy with this throttle
     * @throws IllegalArgumentException if {@code perSecond < 1}
     */
    public ProfileOptions withAllocationSamplesPerSecond(int perSecond) {
        if (perSecond < 1) {
            throw new IllegalArgumentException("allocationSamplesPerSecond must be at least 1, got " + perSecond);
        }
        return new ProfileOptions(samplingPeriod, perSecond, blockingThreshold, allThreads, jfrFile);
    }

    /**
     * Returns options that record waits (monitors, parking, socket and file I/O) of at least {@code threshold}.
     *
     * @param threshold the shortest wait recorded, 0 or more
     * @return a copy with this threshold
     * @throws IllegalArgumentException if {@code threshold} is negative
     */
    public ProfileOptions withBlockingThreshold(Duration threshold) {
        if (Objects.requireNonNull(threshold, "threshold").isNegative()) {
            throw new IllegalArgumentException("blockingThreshold must not be negative, got " + threshold);
        }
        return new ProfileOptions(samplingPeriod, allocationSamplesPerSecond, threshold, allThreads, jfrFile);
    }

    /**
     * Returns options that count every thread of the JVM, not only the tracked ones: for work handed to threads the
     * caller does not know. Unrelated threads (the JVM's own, other tests) then show up too.
     *
     * @return a copy that counts every thread
     */
    public ProfileOptions withAllThreads() {
        return new ProfileOptions(samplingPeriod, allocationSamplesPerSecond, blockingThreshold, true, jfrFile);
    }

    /**
     * Returns options that keep the recording in {@code file} (parent directories are created), for JDK Mission
     * Control; {@link Profile#jfrFile()} names it. Without a file, the recording is read and deleted.
     *
     * @param file where the recording is kept
     * @return a copy that keeps the recording
     */
    public ProfileOptions withJfrFile(Path file) {
        return new ProfileOptions(
                samplingPeriod,
                allocationSamplesPerSecond,
                blockingThreshold,
                allThreads,
                Objects.requireNonNull(file, "file"));
    }

    /** {@return how often running threads' stacks are sampled} */
    public Duration samplingPeriod() {
        return samplingPeriod;
    }

    /** {@return the most allocation samples a second} */
    public int allocationSamplesPerSecond() {
        return allocationSamplesPerSecond;
    }

    /** {@return the shortest wait recorded as blocking} */
    public Duration blockingThreshold() {
        return blockingThreshold;
    }

    /** {@return true when every thread counts; false when only tracked threads do} */
    public boolean allThreads() {
        return allThreads;
    }

    /** {@return where the recording is kept, if anywhere} */
    public Optional<Path> jfrFile() {
        return Optional.ofNullable(jfrFile);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProfileOptions p
                && allocationSamplesPerSecond == p.allocationSamplesPerSecond
                && allThreads == p.allThreads
                && samplingPeriod.equals(p.samplingPeriod)
                && blockingThreshold.equals(p.blockingThreshold)
                && Objects.equals(jfrFile, p.jfrFile);
    }

    @Override
    public int hashCode() {
        return Objects.hash(samplingPeriod, allocationSamplesPerSecond, blockingThreshold, allThreads, jfrFile);
    }

    @Override
    public String toString() {
        return "sampling every " + samplingPeriod.toMillis() + " ms, " + allocationSamplesPerSecond
                + " allocation samples/s, waits from " + blockingThreshold.toNanos() / 1e6 + " ms, "
                + (allThreads ? "all threads" : "tracked threads") + (jfrFile == null ? "" : ", file " + jfrFile);
    }
}
