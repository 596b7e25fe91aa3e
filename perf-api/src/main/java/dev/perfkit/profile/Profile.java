package dev.perfkit.profile;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the time of a profiled piece of code went: hot methods, allocation sites, blocking and GC pauses, from a JFR
 * recording; or, when it could not be profiled, why not.
 *
 * <p>Immutable and thread-safe. Counts cover the threads the profile tracked (see {@link Profiler}); GC pauses are the
 * whole JVM's, since a pause stops every thread. Lists are sorted, largest first, and hold the largest entries the
 * engine kept (the core engine keeps 50 of each; of hot methods, 50 by self and 50 by total share). An unavailable
 * profile ({@link #isAvailable()} false) has empty lists and zero counts, and {@link #unavailableReason()} says why; it
 * never carries a made-up number.
 *
 * <p>{@link #toText(int)} is the readable form:
 * <pre>
 * profile: 1.50 s, 1021 execution samples (every 1.00 ms) on 1 thread
 * hot methods (self: on top of the stack; total: anywhere on it)
 *    self  total  method
 *    91 %   93 %  ArrayList.indexOfRange:296
 * ...
 * </pre>
 */
public final class Profile {

    private final String unavailableReason;
    private final Duration duration;
    private final Duration samplingPeriod;
    private final int threads;
    private final long executionSamples;
    private final List<HotMethod> hotMethods;
    private final long allocationSamples;
    private final long allocatedBytes;
    private final List<AllocationSite> allocationSites;
    private final long blockedNanos;
    private final long blockingEvents;
    private final List<BlockingSite> blockingSites;
    private final long gcPauses;
    private final long gcPauseNanos;
    private final Path jfrFile;
    private final CallTree cpuTree;
    private final CallTree allocationTree;

    private Profile(Builder b, String unavailableReason) {
        this.unavailableReason = unavailableReason;
        this.duration = b.duration;
        this.samplingPeriod = b.samplingPeriod;
        this.threads = b.threads;
        this.executionSamples = b.executionSamples;
        this.hotMethods = sorted(
                b.hotMethods,
                Comparator.comparingLong(HotMethod::selfSamples)
                        .reversed()
                        .thenComparing(Comparator.comparingLong(HotMethod::totalSamples)
                                .reversed()));
        this.allocationSamples = b.allocationSamples;
        this.allocatedBytes = b.allocatedBytes;
        this.allocationSites = sorted(
                b.allocationSites,
                Comparator.comparingLong(AllocationSite::bytes).reversed());
        this.blockedNanos = b.blockedNanos;
        this.blockingEvents = b.blockingEvents;
        this.blockingSites = sorted(
                b.blockingSites, Comparator.comparingLong(BlockingSite::nanos).reversed());
        this.gcPauses = b.gcPauses;
        this.gcPauseNanos = b.gcPauseNanos;
        this.jfrFile = b.jfrFile;
        this.cpuTree = b.cpuTree;
        this.allocationTree = b.allocationTree;
    }

    private static <T> List<T> sorted(List<T> values, Comparator<? super T> order) {
        List<T> copy = new ArrayList<>(values);
        copy.sort(order); // stable: equal entries keep the engine's order
        return List.copyOf(copy);
    }

    /**
     * Returns a profile that holds nothing, and why.
     *
     * @param reason a sentence for people, such as "JFR is not available: jdk.jfr is missing from this runtime"
     * @param duration how long the profiled code ran anyway
     * @return an unavailable profile with empty lists and zero counts
     */
    public static Profile unavailable(String reason, Duration duration) {
        return new Profile(
                new Builder(duration, ProfileOptions.DEFAULT_SAMPLING_PERIOD), ProfileArgumentChecks.reason(reason));
    }

    /**
     * Starts a profile of code that ran for {@code duration}, sampled every {@code samplingPeriod}.
     *
     * @param duration how long the profiled code ran; not negative
     * @param samplingPeriod how often running threads' stacks were sampled; positive
     * @return a builder with every count zero and every list empty
     * @throws IllegalArgumentException if a duration is negative, or the period is not positive
     */
    public static Builder builder(Duration duration, Duration samplingPeriod) {
        return new Builder(duration, samplingPeriod);
    }

    /** {@return true when the code was profiled; false when {@link #unavailableReason()} says why not} */
    public boolean isAvailable() {
        return unavailableReason == null;
    }

    /** {@return why the code could not be profiled; empty when it was} */
    public String unavailableReason() {
        return unavailableReason == null ? "" : unavailableReason;
    }

    /** {@return how long the profiled code ran (the recording's wall-clock time)} */
    public Duration duration() {
        return duration;
    }

    /** {@return how often running threads' stacks were sampled} */
    public Duration samplingPeriod() {
        return samplingPeriod;
    }

    /** {@return how many tracked threads showed up in the samples} */
    public int threads() {
        return threads;
    }

    /** {@return the execution samples of tracked threads: the denominator of every method share} */
    public long executionSamples() {
        return executionSamples;
    }

    /** {@return hot methods, largest self share first (ties: largest total share first)} */
    public List<HotMethod> hotMethods() {
        return hotMethods;
    }

    /** {@return hot methods, largest total share first: the callers that the time went through} */
    public List<HotMethod> hotMethodsByTotal() {
        return sorted(
                hotMethods,
                Comparator.comparingLong(HotMethod::totalSamples)
                        .reversed()
                        .thenComparing(
                                Comparator.comparingLong(HotMethod::selfSamples).reversed()));
    }

    /**
     * The kept entry of the method with this qualified name ({@code java.util.ArrayList.indexOf}), if any.
     *
     * @param qualifiedMethodName the class and method, without the line, such as {@code java.util.ArrayList.indexOf}
     * @return the kept entry, or empty when the method is not among the kept hot methods
     * @see Frame#qualifiedMethodName()
     */
    public Optional<HotMethod> hotMethod(String qualifiedMethodName) {
        Objects.requireNonNull(qualifiedMethodName, "qualifiedMethodName");
        return hotMethods.stream()
                .filter(h -> h.method().qualifiedMethodName().equals(qualifiedMethodName))
                .findFirst();
    }

    /** {@return the allocation samples of tracked threads} */
    public long allocationSamples() {
        return allocationSamples;
    }

    /**
     * {@return the estimated bytes tracked threads allocated, summed over all allocation samples (also those not kept)}
     * Only bytes allocated while the profile ran count: JFR's first sample of a thread also weighs what the thread
     * allocated before, and the core engine bounds it by the thread's allocation counter (see its documentation).
     */
    public long allocatedBytes() {
        return allocatedBytes;
    }

    /** {@return allocation sites, most bytes first} */
    public List<AllocationSite> allocationSites() {
        return allocationSites;
    }

    /** {@return the total time tracked threads waited at least the blocking threshold, in nanoseconds} */
    public long blockedNanos() {
        return blockedNanos;
    }

    /** {@return how many waits {@link #blockedNanos()} adds up} */
    public long blockingEvents() {
        return blockingEvents;
    }

    /** {@return blocking sites, longest total wait first} */
    public List<BlockingSite> blockingSites() {
        return blockingSites;
    }

    /** {@return how many garbage collections ran during the profile (whole JVM)} */
    public long gcPauses() {
        return gcPauses;
    }

    /** {@return the summed GC pause time during the profile (whole JVM), in nanoseconds} */
    public long gcPauseNanos() {
        return gcPauseNanos;
    }

    /**
     * {@return the call tree of the execution samples, weighed in samples: a flame graph of where the time went}
     * Empty (weight 0) when the engine kept none.
     */
    public CallTree cpuTree() {
        return cpuTree;
    }

    /**
     * {@return the call tree of the allocation samples, weighed in estimated bytes: a flame graph of who allocated}
     * Empty (weight 0) when the engine kept none.
     */
    public CallTree allocationTree() {
        return allocationTree;
    }

    /** {@return the kept JFR recording, for JDK Mission Control, if one was asked for and written} */
    public Optional<Path> jfrFile() {
        return Optional.ofNullable(jfrFile);
    }

    /**
     * The differences from {@code before} to this profile, as {@link ProfileDiff#between} gives them.
     *
     * @param before the baseline profile
     * @return the differences from {@code before} to this profile
     */
    public ProfileDiff diffFrom(Profile before) {
        return ProfileDiff.between(before, this);
    }

    /**
     * A short readable profile: a header line, the {@code topN} hottest methods by self share, the methods by total
     * share, the {@code topN} allocation sites and blocking sites, and GC pauses. Sections with nothing to show are
     * left out; an unavailable profile is one line with the reason.
     *
     * @param topN how many entries each list section shows, 1 or more
     * @return the text, lines separated by {@code \n}
     * @throws IllegalArgumentException if {@code topN < 1}
     */
    public String toText(int topN) {
        return ProfileText.profile(this, topN);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Profile p
                && threads == p.threads
                && executionSamples == p.executionSamples
                && allocationSamples == p.allocationSamples
                && allocatedBytes == p.allocatedBytes
                && blockedNanos == p.blockedNanos
                && blockingEvents == p.blockingEvents
                && gcPauses == p.gcPauses
                && gcPauseNanos == p.gcPauseNanos
                && Objects.equals(unavailableReason, p.unavailableReason)
                && duration.equals(p.duration)
                && samplingPeriod.equals(p.samplingPeriod)
                && hotMethods.equals(p.hotMethods)
                && allocationSites.equals(p.allocationSites)
                && blockingSites.equals(p.blockingSites)
                && Objects.equals(jfrFile, p.jfrFile)
                && cpuTree.equals(p.cpuTree)
                && allocationTree.equals(p.allocationTree);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                unavailableReason,
                duration,
                executionSamples,
                hotMethods,
                allocatedBytes,
                allocationSites,
                blockedNanos,
                blockingSites,
                gcPauseNanos,
                jfrFile);
    }

    /** {@link #toText(int)} with the top 5. */
    @Override
    public String toString() {
        return toText(5);
    }

    /**
     * Collects the parts of an available profile. Not thread-safe; each {@link #build()} returns an independent value.
     */
    public static final class Builder {

        private final Duration duration;
        private final Duration samplingPeriod;
        private int threads;
        private long executionSamples;
        private List<HotMethod> hotMethods = List.of();
        private long allocationSamples;
        private long allocatedBytes;
        private List<AllocationSite> allocationSites = List.of();
        private long blockedNanos;
        private long blockingEvents;
        private List<BlockingSite> blockingSites = List.of();
        private long gcPauses;
        private long gcPauseNanos;
        private Path jfrFile;
        private CallTree cpuTree = CallTree.empty();
        private CallTree allocationTree = CallTree.empty();

        private Builder(Duration duration, Duration samplingPeriod) {
            if (Objects.requireNonNull(duration, "duration").isNegative()) {
                throw new IllegalArgumentException("duration must not be negative, got " + duration);
            }
            if (Objects.requireNonNull(samplingPeriod, "samplingPeriod").isNegative() || samplingPeriod.isZero()) {
                throw new IllegalArgumentException("samplingPeriod must be positive, got " + samplingPeriod);
            }
            this.duration = duration;
            this.samplingPeriod = samplingPeriod;
        }

        /**
         * The execution samples of tracked threads, how many threads they came from, and the kept hot methods.
         *
         * @param samples the execution samples of tracked threads, 0 or more
         * @param threads how many tracked threads showed up in the samples, 0 or more
         * @param hotMethods the kept hot methods, in any order
         * @return this builder
         * @throws IllegalArgumentException if a count is negative or a method counts more samples than {@code samples}
         */
        public Builder execution(long samples, int threads, List<HotMethod> hotMethods) {
            ProfileArgumentChecks.notNegative(samples, "samples");
            ProfileArgumentChecks.notNegative(threads, "threads");
            for (HotMethod h : List.copyOf(hotMethods)) {
                if (h.totalSamples() > samples) {
                    throw new IllegalArgumentException(
                            h.method() + " counts " + h.totalSamples() + " samples of " + samples);
                }
            }
            this.executionSamples = samples;
            this.threads = threads;
            this.hotMethods = List.copyOf(hotMethods);
            return this;
        }

        /**
         * The allocation samples of tracked threads, their estimated bytes, and the kept sites.
         *
         * @param samples the allocation samples of tracked threads, 0 or more
         * @param bytes the estimated bytes allocated, 0 or more
         * @param sites the kept allocation sites, in any order
         * @return this builder
         * @throws IllegalArgumentException if a count is negative
         */
        public Builder allocation(long samples, long bytes, List<AllocationSite> sites) {
            this.allocationSamples = ProfileArgumentChecks.notNegative(samples, "samples");
            this.allocatedBytes = ProfileArgumentChecks.notNegative(bytes, "bytes");
            this.allocationSites = List.copyOf(sites);
            return this;
        }

        /**
         * The total time tracked threads waited, how many waits, and the kept sites.
         *
         * @param nanos the total time waited, in nanoseconds, 0 or more
         * @param events how many waits, 0 or more
         * @param sites the kept blocking sites, in any order
         * @return this builder
         * @throws IllegalArgumentException if a count is negative
         */
        public Builder blocking(long nanos, long events, List<BlockingSite> sites) {
            this.blockedNanos = ProfileArgumentChecks.notNegative(nanos, "nanos");
            this.blockingEvents = ProfileArgumentChecks.notNegative(events, "events");
            this.blockingSites = List.copyOf(sites);
            return this;
        }

        /**
         * Garbage collections during the profile and their summed pauses, in nanoseconds.
         *
         * @param pauses how many garbage collections ran, 0 or more
         * @param pauseNanos their summed pause time, in nanoseconds, 0 or more
         * @return this builder
         * @throws IllegalArgumentException if a count is negative
         */
        public Builder gc(long pauses, long pauseNanos) {
            this.gcPauses = ProfileArgumentChecks.notNegative(pauses, "pauses");
            this.gcPauseNanos = ProfileArgumentChecks.notNegative(pauseNanos, "pauseNanos");
            return this;
        }

        /**
         * The kept JFR file.
         *
         * @param file where the recording was written
         * @return this builder
         */
        public Builder jfrFile(Path file) {
            this.jfrFile = Objects.requireNonNull(file, "file");
            return this;
        }

        /**
         * The call trees of the execution samples (weighed in samples) and of the allocation samples (in bytes).
         *
         * @param cpu the root of the execution samples' tree, weighing at most the execution samples
         * @param allocation the root of the allocation samples' tree
         * @return this builder
         * @throws IllegalArgumentException if a tree is not a root
         */
        public Builder callTrees(CallTree cpu, CallTree allocation) {
            if (!Objects.requireNonNull(cpu, "cpu").isRoot()
                    || !Objects.requireNonNull(allocation, "allocation").isRoot()) {
                throw new IllegalArgumentException("call trees must be roots");
            }
            this.cpuTree = cpu;
            this.allocationTree = allocation;
            return this;
        }

        /** {@return the profile} */
        public Profile build() {
            return new Profile(this, null);
        }
    }
}
