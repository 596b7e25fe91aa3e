package dev.perfkit.junit.measure;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every configuration key perf-junit reads ({@code perfkit.*}, as JUnit configuration parameters: system properties
 * or {@code junit-platform.properties}), and whether a forked JVM is given it. A fork measures with the same settings
 * as its parent unless a key is parent-only: what the parent alone does with the figures (where results go, whether
 * to fork, profile, record or compare a kept baseline, what an undecided comparison does). A test fails for a key the
 * sources read that is not here, and for a key here that {@code docs/configuration.md} does not document. The
 * accepted values and defaults are read and checked where the key is used ({@link Settings} and each feature's
 * settings).
 */
public enum Setting {
    /** What a missed budget does. */
    BUDGETS("perfkit.budgets", true),
    /** The factor on time budgets. */
    TIME_SCALE("perfkit.budgets.timeScale", true),
    /** The results folder; a fork writes only its figures, to where its parent tells it. */
    RESULTS_DIR("perfkit.results.dir", false),
    /** The default cap of a warm-up until steady. */
    WARMUP_CAP("perfkit.warmup.cap", true),
    /** The length of one steady-state window. */
    WARMUP_WINDOW("perfkit.warmup.window", true),
    /** The spread of window medians that counts as steady. */
    WARMUP_TOLERANCE("perfkit.warmup.tolerance", true),
    /** The default measurement length. */
    MEASURE_DURATION("perfkit.measure.duration", true),
    /** A scripted clock. */
    TICKER("perfkit.ticker", true),
    /** Whether allocation is measured. */
    ALLOCATION("perfkit.allocation", true),
    /** Whether CPU time is measured. */
    CPU("perfkit.cpu", true),
    /** A scripted CPU clock. */
    CPU_TICKER("perfkit.cpu.ticker", true),
    /** Whether warm-ups and rounds watch the JVM. */
    WATCH_JVM("perfkit.jvm.watch", true),
    /** What a measurement with cautions does. */
    UNSTEADY("perfkit.unsteady", true),
    /** How many fresh JVMs measure a test; a fork never forks again. */
    FORKS("perfkit.forks", false),
    /** When to profile; the parent profiles after the forks. */
    PROFILE("perfkit.profile", false),
    /** A comparison's warm-up. */
    COMPARE_WARMUP("perfkit.compare.warmup", true),
    /** The longest warm-up until steady of a comparison. */
    COMPARE_WARMUP_CAP("perfkit.compare.warmupCap", true),
    /** The time per side in one round. */
    COMPARE_ROUND("perfkit.compare.round", true),
    /** The most rounds of a comparison. */
    COMPARE_MAX_ROUNDS("perfkit.compare.maxRounds", true),
    /** The most measured time per side. */
    COMPARE_CAP("perfkit.compare.cap", true),
    /** The overall error of a comparison's verdicts. */
    COMPARE_ALPHA("perfkit.compare.alpha", true),
    /** What an undecided comparison does; the parent judges the forks together. */
    COMPARE_INCONCLUSIVE("perfkit.compare.inconclusive", false),
    /** Whether budgets one JVM does not settle are measured in fresh JVMs; the parent decides. */
    COMPARE_REPLICATE("perfkit.compare.replicate", false),
    /** How far beyond its budget a one-JVM interval must lie; the parent decides. */
    COMPARE_JVM_MARGIN("perfkit.compare.jvmMargin", false),
    /** How many fresh JVMs measure an unsettled comparison; the parent starts them. */
    COMPARE_REPLICA_FORKS("perfkit.compare.replicaForks", false),
    /** A complexity test's warm-up. */
    COMPLEXITY_WARMUP("perfkit.complexity.warmup", true),
    /** The longest warm-up until steady of a complexity test. */
    COMPLEXITY_WARMUP_CAP("perfkit.complexity.warmupCap", true),
    /** The time per size in one round. */
    COMPLEXITY_ROUND("perfkit.complexity.round", true),
    /** How many rounds a complexity test measures. */
    COMPLEXITY_ROUNDS("perfkit.complexity.rounds", true),
    /** What an undecided complexity test does. */
    COMPLEXITY_UNDECIDED("perfkit.complexity.undecided", true),
    /** The most time one test takes in one JVM when commits are compared. */
    COMMITS_MAX_TIME("perfkit.commits.maxTime", true),
    /** The kept baseline's file. */
    BASELINE_FILE("perfkit.baseline.file", false),
    /** Whether to record the kept baseline. */
    BASELINE_RECORD("perfkit.baseline.record", false),
    /** The change that counts as a regression against the kept baseline. */
    BASELINE_TOLERANCE("perfkit.baseline.tolerance", false),
    /** How many recordings the kept baseline's history keeps. */
    BASELINE_HISTORY("perfkit.baseline.history", false),
    /** A prefix: {@code perfkit.env.NAME} overrides the environment variable {@code NAME} (see {@link EnvVars}). */
    ENV_OVERRIDE("perfkit.env.", false);

    private final String key;
    private final boolean reachesForks;

    Setting(String key, boolean reachesForks) {
        this.key = key;
        this.reachesForks = reachesForks;
    }

    /** The key, such as {@code perfkit.budgets}; a prefix when it ends with a dot. */
    public String key() {
        return key;
    }

    /** Whether a forked JVM is given this key's value. */
    public boolean reachesForks() {
        return reachesForks;
    }

    /** Whether the key is a prefix of a family of keys ({@code perfkit.env.NAME}). */
    public boolean isPrefix() {
        return key.endsWith(".");
    }

    /**
     * The configuration a fork is given: every key that reaches forks and is set here, in declaration order.
     *
     * @param parameters looks up a configuration parameter by key
     */
    public static Map<String, String> forForks(Function<String, Optional<String>> parameters) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Setting s : values()) {
            if (s.reachesForks && !s.isPrefix()) {
                parameters.apply(s.key).ifPresent(v -> out.put(s.key, v));
            }
        }
        return out;
    }
}
