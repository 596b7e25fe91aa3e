package dev.perfkit.junit.compare;

import dev.perfkit.junit.measure.WarmupSpec;
import dev.perfkit.Units;
import dev.perfkit.junit.measure.Settings;
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
 */
public record CompareSettings(long warmupNanos, long warmupCapNanos, long roundNanos, int maxRounds, long capNanos, double alpha,
    Policy inconclusive) {

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
        Settings.parse(parameters, WARMUP, "steady", "'steady' or a duration, 0 or more: " + Units.DURATION_FORMS,
            Settings::warmupNanos),
        Settings.parse(parameters, WARMUP_CAP, "20s", durations, Settings::positiveNanos),
        Settings.parse(parameters, ROUND, "50ms", durations, Settings::positiveNanos),
        Settings.parse(parameters, MAX_ROUNDS, "40", "a multiple of " + LOOK_STEP + ", at least "
            + SequentialPlan.FIRST_LOOK,
            CompareSettings::rounds),
        Settings.parse(parameters, CAP, "3s", durations, Settings::positiveNanos),
        Settings.parse(parameters, ALPHA, "0.05", "a number greater than 0 and less than 1 (e.g. '0.05')",
            CompareSettings::alpha),
        Settings.parse(parameters, INCONCLUSIVE, "fail", "fail or skip", t -> Policy.parse(t, "fail", "skip")));
  }

  /** How the sides warm up, given the global window and tolerance of warm-ups until steady. */
  public WarmupSpec warmup(Settings settings) {
    return WarmupSpec.fromSetting(warmupNanos, warmupCapNanos, settings.windowNanos(), settings.tolerance());
  }

  /** The plan of looks: at 20 rounds, then every {@value #LOOK_STEP} rounds up to {@link #maxRounds()}. */
  public SequentialPlan plan() {
    return new SequentialPlan(SequentialPlan.FIRST_LOOK, LOOK_STEP, maxRounds, alpha);
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
