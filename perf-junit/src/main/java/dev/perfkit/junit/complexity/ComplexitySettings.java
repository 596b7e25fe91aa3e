package dev.perfkit.junit.complexity;

import dev.perfkit.Units;
import dev.perfkit.junit.measure.Settings;
import dev.perfkit.junit.measure.WarmupSpec;
import dev.perfkit.junit.metric.Policy;
import java.util.Optional;
import java.util.function.Function;

/**
 * The configuration of complexity measurements, keys {@code perfkit.complexity.*}, read like {@link Settings}.
 * Immutable.
 *
 * @param warmupNanos a fixed warm-up of all sizes together, 0 or more; -1 (the default) to warm all sizes up together
 *     until they and the JVM are steady
 * @param warmupCapNanos the longest warm-up until steady
 * @param roundNanos how long each size measures in one round
 * @param rounds how many rounds, at least 5
 * @param undecided what an undecided fit whose contenders lie on both sides of the expected class does:
 *     {@link Policy#FAIL} fails the test, {@link Policy#SKIP} skips (aborts) it
 */
public record ComplexitySettings(long warmupNanos, long warmupCapNanos, long roundNanos, int rounds, Policy undecided) {

    /** Key: {@code steady} (the default) or a fixed warm-up of all sizes together. */
    public static final String WARMUP = "perfkit.complexity.warmup";
    /** Key: the longest warm-up until steady. */
    public static final String WARMUP_CAP = "perfkit.complexity.warmupCap";
    /** Key: the time per size in one round. */
    public static final String ROUND = "perfkit.complexity.round";
    /** Key: the number of rounds. */
    public static final String ROUNDS = "perfkit.complexity.rounds";
    /** Key: {@code fail} or {@code skip}, what an undecided fit does. */
    public static final String UNDECIDED = "perfkit.complexity.undecided";
    /** The fewest rounds. */
    public static final int MIN_ROUNDS = 5;

    /**
     * Reads the configuration.
     *
     * @throws org.junit.jupiter.api.extension.ExtensionConfigurationException naming the key, the bad value and the
     *     accepted forms
     */
    public static ComplexitySettings read(Function<String, Optional<String>> parameters) {
        String durations = "a positive duration: " + Units.DURATION_FORMS;
        return new ComplexitySettings(
                Settings.parse(
                        parameters,
                        WARMUP,
                        "steady",
                        "'steady' or a duration, 0 or more: " + Units.DURATION_FORMS,
                        Settings::warmupNanos),
                Settings.parse(parameters, WARMUP_CAP, "30s", durations, Settings::positiveNanos),
                Settings.parse(parameters, ROUND, "20ms", durations, Settings::positiveNanos),
                Settings.parse(
                        parameters,
                        ROUNDS,
                        "30",
                        "a whole number from " + MIN_ROUNDS + " to 1000",
                        ComplexitySettings::rounds),
                Settings.parse(parameters, UNDECIDED, "fail", "fail or skip", t -> Policy.parse(t, "fail", "skip")));
    }

    /** How the sizes warm up, given the global window and tolerance of warm-ups until steady. */
    public WarmupSpec warmup(Settings settings) {
        return WarmupSpec.fromSetting(warmupNanos, warmupCapNanos, settings.windowNanos(), settings.tolerance());
    }

    private static int rounds(String text) {
        if (!text.matches("[0-9]{1,4}")) {
            throw new IllegalArgumentException("not a whole number: " + text);
        }
        int v = Integer.parseInt(text);
        if (v < MIN_ROUNDS || v > 1000) {
            throw new IllegalArgumentException("out of range: " + text);
        }
        return v;
    }
}
