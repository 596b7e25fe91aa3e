package dev.perfkit.junit.internal.compare;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The verdict on simulated noisy runs with a known true factor, no real timing: each run measures baseline and
 * candidate in interleaved rounds whose values carry log-normal noise (sigma 0.15 on each side), a drift shared by
 * both sides of a round, and an occasional 3x outlier (a GC pause), and follows the default sequential plan.
 */
class ComparisonSimulationTest {

  private static final int RUNS = 200;
  private static final double BUDGET = 1.5;

  private static Map<Outcome, Integer> simulate(double trueFactor, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    SequentialPlan plan = SequentialPlan.defaults();
    Map<Outcome, Integer> tally = new EnumMap<>(Outcome.class);
    for (int run = 0; run < RUNS; run++) {
      double[] baseline = new double[plan.maxRounds()];
      double[] candidate = new double[plan.maxRounds()];
      Outcome outcome = Outcome.INCONCLUSIVE;
      for (int round = 0; round < plan.maxRounds(); round++) {
        double drift = Math.exp(0.3 * random.nextGaussian());
        baseline[round] = 1000 * trueFactor * drift * noise(random);
        candidate[round] = 1000 * drift * noise(random);
        int n = round + 1;
        if (plan.isLook(n)) {
          RatioEstimate e = RatioEstimate.of(java.util.Arrays.copyOf(baseline, n),
              java.util.Arrays.copyOf(candidate, n), Direction.LOWER_IS_BETTER, plan.lookConfidence());
          outcome = e.against(BUDGET);
          if (outcome != Outcome.INCONCLUSIVE) {
            break;
          }
        }
      }
      tally.merge(outcome, 1, Integer::sum);
    }
    return tally;
  }

  private static double noise(SplittableRandom random) {
    double n = Math.exp(0.15 * random.nextGaussian());
    return random.nextInt(20) == 0 ? 3 * n : n;
  }

  @Test
  void aClearWinPassesAlmostAlways() {
    Map<Outcome, Integer> t = simulate(2.0, 1);
    assertTrue(t.getOrDefault(Outcome.PASS, 0) >= 199, "true factor 2.0 vs budget 1.5: " + t);
    assertTrue(t.getOrDefault(Outcome.FAIL, 0) == 0, "never a fail: " + t);
  }

  @Test
  void noChangeFailsAlmostAlways() {
    Map<Outcome, Integer> t = simulate(1.0, 2);
    assertTrue(t.getOrDefault(Outcome.FAIL, 0) >= 199, "true factor 1.0 vs budget 1.5: " + t);
    assertTrue(t.getOrDefault(Outcome.PASS, 0) == 0, "never a pass: " + t);
  }

  @Test
  void aFactorRightAtTheBudgetIsInconclusiveRatherThanGuessed() {
    Map<Outcome, Integer> t = simulate(BUDGET, 3);
    assertTrue(t.getOrDefault(Outcome.INCONCLUSIVE, 0) >= 180, "true factor at the budget: " + t);
  }
}
