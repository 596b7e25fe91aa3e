package dev.perfkit.junit.compare;

import dev.perfkit.Units;
import dev.perfkit.junit.measure.Settings;
import dev.perfkit.junit.measure.WarmupSpec;
import dev.perfkit.junit.metric.Policy;
import java.util.Optional;
import java.util.function.Function;

/**
 * The configuration of comparisons, keys {@code perfkit.compare.*}, read like {@link Settings}. Immutable.
 *
 * @param warmupNanos the fixed warm-up of each side before the rounds, 0 or more; -1 (the default) to warm both
 *     sides up together until they and the JVM are steady
 * @param warmupCapNanos the longest warm-up until steady
 * @param roundNanos how long each side measures in one round
 * @param maxRounds the most rounds, a multiple of {@value #LOOK_STEP}, at least the first look's 20
 * @param capNanos the most measured time per side; the comparison stops at the next round after it
 * @param alpha the error budget spread over the looks
 * @param inconclusive what a comparison that stays inconclusive or unstable does: {@link Policy#SKIP} skips (aborts)
 *     its test, {@link Policy#FAIL} fails it
 * @param replicate whether a budget this JVM does not settle is measured again in fresh JVMs ({@link Replication})
 * @param jvmMargin how far (relative) beyond its budget a one-JVM interval must lie to settle the budget
 * @param replicaForks the fresh JVMs that measure a comparison this JVM does not settle, 2 to 20
 * @param replicaCapNanos the wall time after which no further replica is started, once two have measured
 * @param isolateSides whether forks measure one side each, alternating ({@link IsolatedSides}), instead of both
 */
public record CompareSettings(
        long warmupNanos,
        long warmupCapNanos,
        long roundNanos,
        int maxRounds,
        long capNanos,
        double alpha,
        Policy inconclusive,
        boolean replicate,
        double jvmMargin,
        int replicaForks,
        long replicaCapNanos,
        boolean isolateSides) {

    /** Key: {@code steady} (the default) or a fixed warm-up per side. */
    public static final String WARMUP = "perfkit.compare.warmup";
    /** Key: the longest warm-up until steady, both sides together. */
    public static final String WARMUP_CAP = "perfkit.compare.warmupCap";
    /** Key: the time per side in one round. */
    public static final String ROUND = "perfkit.compare.round";
    /** Key: the most rounds. */
    public static final String MAX_ROUNDS = "perfkit.compare.maxRounds";
    /** Key: the most measured time per side. */
    public static final String CAP = "perfkit.compare.cap";
    /** Key: the overall error budget of the verdicts. */
    public static final String ALPHA = "perfkit.compare.alpha";
    /** Key: {@code fail} or {@code skip}, what an inconclusive comparison does. */
    public static final String INCONCLUSIVE = "perfkit.compare.inconclusive";
    /** Key: {@code auto} (the default) or {@code off}, whether unsettled budgets are measured again in fresh JVMs. */
    public static final String REPLICATE = "perfkit.compare.replicate";
    /** Key: how far beyond its budget a one-JVM interval must lie to settle it, relative. */
    public static final String JVM_MARGIN = "perfkit.compare.jvmMargin";
    /** Key: the fresh JVMs that measure a comparison this JVM does not settle. */
    public static final String REPLICA_FORKS = "perfkit.compare.replicaForks";

    /** Key: the wall time after which no further replica is started, once two have measured. */
    public static final String REPLICA_CAP = "perfkit.compare.replicaCap";
    /** Key: {@code paired} (the default) or {@code sides}, whether each fork measures both sides or one. */
    public static final String ISOLATION = "perfkit.compare.isolation";
    /**
     * Key: {@code both}, {@code baseline} or {@code candidate}, the side a fork measures; set by the parent on the
     * forks it starts.
     */
    public static final String SIDE = "perfkit.compare.side";

    /** The data is examined every this many rounds. */
    public static final int LOOK_STEP = 10;

    /**
     * Reads the configuration.
     *
     * @throws org.junit.jupiter.api.extension.ExtensionConfigurationException naming the key, the bad value and the
     *     accepted forms
     */
    public static CompareSettings read(Function<String, Optional<String>> parameters) {
        String durations = "a positive duration: " + Units.DURATION_FORMS;
        return new CompareSettings(
                Settings.parse(
                        parameters,
                        WARMUP,
                        "steady",
                        "'steady' or a duration, 0 or more: " + Units.DURATION_FORMS,
                        Settings::warmupNanos),
                Settings.parse(parameters, WARMUP_CAP, "20s", durations, Settings::positiveNanos),
                Settings.parse(parameters, ROUND, "50ms", durations, Settings::positiveNanos),
                Settings.parse(
                        parameters,
                        MAX_ROUNDS,
                        "40",
                        "a multiple of " + LOOK_STEP + " from " + SequentialPlan.FIRST_LOOK + " to 999999990",
                        CompareSettings::rounds),
                Settings.parse(parameters, CAP, "3s", durations, Settings::positiveNanos),
                Settings.parse(
                        parameters,
                        ALPHA,
                        "0.05",
                        "a decimal number greater than 0 and less than 1, in digits (e.g. '0.05'; no exponent)",
                        CompareSettings::alpha),
                Settings.parse(parameters, INCONCLUSIVE, "fail", "fail or skip", t -> Policy.parse(t, "fail", "skip")),
                Settings.parse(parameters, REPLICATE, "auto", "auto or off", CompareSettings::replicate),
                Settings.parse(
                        parameters, JVM_MARGIN, "0.3", "a positive number (e.g. '0.3' for 30 %)", Settings::positive),
                Settings.parse(
                        parameters,
                        REPLICA_FORKS,
                        "4",
                        "a whole number from 2 to " + Settings.MAX_FORKS,
                        CompareSettings::replicaForks),
                Settings.parse(parameters, REPLICA_CAP, "90s", durations, Settings::positiveNanos),
                Settings.parse(parameters, ISOLATION, "paired", "paired or sides", CompareSettings::isolateSides));
    }

    /**
     * The side a fork measures: {@code both}, {@code baseline} or {@code candidate}.
     *
     * @throws org.junit.jupiter.api.extension.ExtensionConfigurationException for another value
     */
    public static String side(Function<String, Optional<String>> parameters) {
        return Settings.parse(parameters, SIDE, "both", "both, baseline or candidate", t -> {
            if (!t.equals("both") && !t.equals("baseline") && !t.equals("candidate")) {
                throw new IllegalArgumentException("not a side: " + t);
            }
            return t;
        });
    }

    /** How the sides warm up, given the global window and tolerance of warm-ups until steady. */
    public WarmupSpec warmup(Settings settings) {
        return WarmupSpec.fromSetting(warmupNanos, warmupCapNanos, settings.windowNanos(), settings.tolerance());
    }

    /** The plan of looks: at 20 rounds, then every {@value #LOOK_STEP} rounds up to {@link #maxRounds()}. */
    public SequentialPlan plan() {
        return new SequentialPlan(SequentialPlan.FIRST_LOOK, LOOK_STEP, maxRounds, alpha);
    }

    private static boolean replicate(String text) {
        return switch (text) {
            case "auto" -> true;
            case "off" -> false;
            default -> throw new IllegalArgumentException("neither auto nor off: " + text);
        };
    }

    private static boolean isolateSides(String text) {
        return switch (text) {
            case "paired" -> false;
            case "sides" -> true;
            default -> throw new IllegalArgumentException("neither paired nor sides: " + text);
        };
    }

    private static int replicaForks(String text) {
        if (!text.matches("[0-9]{1,2}")) {
            throw new IllegalArgumentException("not a whole number: " + text);
        }
        int v = Integer.parseInt(text);
        if (v < 2 || v > Settings.MAX_FORKS) {
            throw new IllegalArgumentException("not in 2.." + Settings.MAX_FORKS + ": " + text);
        }
        return v;
    }

    private static int rounds(String text) {
        if (!text.matches("[0-9]{1,9}")) {
            throw new IllegalArgumentException("not a whole number: " + text);
        }
        int v = Integer.parseInt(text);
        if (v < SequentialPlan.FIRST_LOOK || v % LOOK_STEP != 0) {
            throw new IllegalArgumentException("not a multiple of " + LOOK_STEP + ": " + text);
        }
        return v;
    }

    private static double alpha(String text) {
        double v = Settings.decimal(text);
        if (!(v > 0 && v < 1)) {
            throw new IllegalArgumentException("not in (0, 1): " + text);
        }
        return v;
    }
}
