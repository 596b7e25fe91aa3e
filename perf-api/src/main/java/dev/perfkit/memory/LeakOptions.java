package dev.perfkit.memory;

/**
 * How a leak check runs: how many rounds, how many runs of the operation per round, how many rounds to run first
 * without fitting them, and how much growth per run counts as a leak.
 *
 * <p>Immutable and thread-safe; the {@code with...} methods return a copy. Warm-up rounds let one-time growth settle
 * (classes loading, lazy fields, a bounded cache filling up) before the heap is fitted; a cache that takes longer to
 * fill needs more of them, or more runs per round. More runs per round make the per-run figure more precise: the
 * noise of one heap reading is spread over more runs.
 */
public final class LeakOptions {

    /** Fitted rounds by default. */
    public static final int DEFAULT_ROUNDS = 6;
    /** Warm-up rounds by default. */
    public static final int DEFAULT_WARMUP_ROUNDS = 1;
    /** Runs per round by default. */
    public static final long DEFAULT_OPS_PER_ROUND = 1_000;
    /**
     * The default threshold, 2 bytes per run: above the noise of settled readings at the default runs per round (a
     * reading may carry a few hundred bytes the JVM keeps for itself), below the smallest real leak of an object
     * reference kept per run (4 bytes and up).
     */
    public static final double DEFAULT_THRESHOLD_BYTES_PER_OP = 2.0;

    private static final LeakOptions DEFAULTS = new LeakOptions(
            DEFAULT_ROUNDS, DEFAULT_WARMUP_ROUNDS, DEFAULT_OPS_PER_ROUND, DEFAULT_THRESHOLD_BYTES_PER_OP);

    private final int rounds;
    private final int warmupRounds;
    private final long opsPerRound;
    private final double thresholdBytesPerOp;

    private LeakOptions(int rounds, int warmupRounds, long opsPerRound, double thresholdBytesPerOp) {
        this.rounds = rounds;
        this.warmupRounds = warmupRounds;
        this.opsPerRound = opsPerRound;
        this.thresholdBytesPerOp = thresholdBytesPerOp;
    }

    /**
     * {@return the defaults: {@value #DEFAULT_ROUNDS} fitted rounds after {@value #DEFAULT_WARMUP_ROUNDS} warm-up
     * round, of {@value #DEFAULT_OPS_PER_ROUND} runs each, threshold {@value #DEFAULT_THRESHOLD_BYTES_PER_OP} bytes per
     * run}
     */
    public static LeakOptions defaults() {
        return DEFAULTS;
    }

    /**
     * {@return a copy with this many fitted rounds}
     *
     * @param rounds the number of fitted rounds, 2 or more
     * @throws IllegalArgumentException if {@code rounds < 2} (a fit with its error needs three heap readings)
     */
    public LeakOptions withRounds(int rounds) {
        if (rounds < 2) {
            throw new IllegalArgumentException("rounds must be at least 2, got " + rounds);
        }
        return new LeakOptions(rounds, warmupRounds, opsPerRound, thresholdBytesPerOp);
    }

    /**
     * {@return a copy with this many warm-up rounds, which run the operation but are not fitted}
     *
     * @param warmupRounds the number of warm-up rounds, 0 or more
     * @throws IllegalArgumentException if {@code warmupRounds < 0}
     */
    public LeakOptions withWarmupRounds(int warmupRounds) {
        if (warmupRounds < 0) {
            throw new IllegalArgumentException("warmupRounds must not be negative, got " + warmupRounds);
        }
        return new LeakOptions(rounds, warmupRounds, opsPerRound, thresholdBytesPerOp);
    }

    /**
     * {@return a copy with this many runs of the operation per round}
     *
     * @param opsPerRound the runs of the operation per round, 1 or more
     * @throws IllegalArgumentException if {@code opsPerRound < 1}
     */
    public LeakOptions withOpsPerRound(long opsPerRound) {
        return new LeakOptions(
                rounds, warmupRounds, MemoryArgumentChecks.positive(opsPerRound, "opsPerRound"), thresholdBytesPerOp);
    }

    /**
     * {@return a copy with this threshold: growth per run above it is a leak}
     *
     * @param thresholdBytesPerOp the growth per run, in bytes, above which the operation leaks; finite, 0 or more
     * @throws IllegalArgumentException if the threshold is negative, infinite or NaN
     */
    public LeakOptions withThresholdBytesPerOp(double thresholdBytesPerOp) {
        if (!(thresholdBytesPerOp >= 0) || Double.isInfinite(thresholdBytesPerOp)) {
            throw new IllegalArgumentException(
                    "thresholdBytesPerOp must be finite and at least 0, got " + thresholdBytesPerOp);
        }
        return new LeakOptions(rounds, warmupRounds, opsPerRound, thresholdBytesPerOp);
    }

    /** {@return fitted rounds, at least 2} */
    public int rounds() {
        return rounds;
    }

    /** {@return warm-up rounds, at least 0} */
    public int warmupRounds() {
        return warmupRounds;
    }

    /** {@return runs of the operation per round, at least 1} */
    public long opsPerRound() {
        return opsPerRound;
    }

    /** {@return growth per run, in bytes, above which the heap counts as leaking; at least 0} */
    public double thresholdBytesPerOp() {
        return thresholdBytesPerOp;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LeakOptions x
                && rounds == x.rounds
                && warmupRounds == x.warmupRounds
                && opsPerRound == x.opsPerRound
                && Double.compare(thresholdBytesPerOp, x.thresholdBytesPerOp) == 0;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(rounds, warmupRounds, opsPerRound, thresholdBytesPerOp);
    }

    @Override
    public String toString() {
        return rounds + " rounds of " + opsPerRound + " ops after " + warmupRounds + " warm-up, threshold "
                + dev.perfkit.Units.formatBytes(thresholdBytesPerOp) + "/op";
    }
}
