package dev.perfkit.junit.internal.compare;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The verdict on simulated noisy runs with a known true factor, no real timing: {@link SequentialComparison} drives
 * each run as it drives a real test, with the default sequential plan, over rounds whose values carry log-normal noise
 * (sigma 0.15 on each side), a drift shared by both sides of a round, and an occasional 3x outlier (a GC pause).
 */
class ComparisonSimulationTest {

  private static final int RUNS = 200;
  private static final double BUDGET = 1.5;

  private static Map<Outcome, Integer> simulate(double trueFactor, long seed) throws Throwable {
    SplittableRandom random = new SplittableRandom(seed);
    Metric p50 = Metric.latency(50);
    Map<Outcome, Integer> tally = new EnumMap<>(Outcome.class);
    for (int run = 0; run < RUNS; run++) {
      ComparisonResult result = SequentialComparison.run(new SimulatedRounds(random, trueFactor), List.of(p50),
          Map.of(p50, BUDGET), SequentialPlan.defaults(), Long.MAX_VALUE);
      tally.merge(result.outcome(), 1, Integer::sum);
    }
    return tally;
  }

  /** Rounds whose values carry shared drift, noise on each side and occasional outliers. */
  private static final class SimulatedRounds implements PairedRounds {
    private final SplittableRandom random;
    private final double trueFactor;
    private final List<Double> baseline = new ArrayList<>();
    private final List<Double> candidate = new ArrayList<>();

    SimulatedRounds(SplittableRandom random, double trueFactor) {
      this.random = random;
      this.trueFactor = trueFactor;
    }

    @Override
    public void next() {
      double drift = Math.exp(0.3 * random.nextGaussian());
      baseline.add(1000 * trueFactor * drift * noise(random));
      candidate.add(1000 * drift * noise(random));
    }

    @Override
    public int count() {
      return baseline.size();
    }

    @Override
    public double[] baseline(Metric metric) {
      return baseline.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Override
    public double[] candidate(Metric metric) {
      return candidate.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Override
    public String unmeasurable(Metric metric) {
      return "";
    }

    @Override
    public long spentNanos() {
      return 0;
    }
  }

  private static double noise(SplittableRandom random) {
    double n = Math.exp(0.15 * random.nextGaussian());
    return random.nextInt(20) == 0 ? 3 * n : n;
  }

  @Test
  void aClearWinPassesAlmostAlways() throws Throwable {
    Map<Outcome, Integer> t = simulate(2.0, 1);
    assertTrue(t.getOrDefault(Outcome.PASS, 0) >= 199, "true factor 2.0 vs budget 1.5: " + t);
    assertTrue(t.getOrDefault(Outcome.FAIL, 0) == 0, "never a fail: " + t);
  }

  @Test
  void noChangeFailsAlmostAlways() throws Throwable {
    Map<Outcome, Integer> t = simulate(1.0, 2);
    assertTrue(t.getOrDefault(Outcome.FAIL, 0) >= 199, "true factor 1.0 vs budget 1.5: " + t);
    assertTrue(t.getOrDefault(Outcome.PASS, 0) == 0, "never a pass: " + t);
  }

  @Test
  void aFactorRightAtTheBudgetIsInconclusiveRatherThanGuessed() throws Throwable {
    Map<Outcome, Integer> t = simulate(BUDGET, 3);
    assertTrue(t.getOrDefault(Outcome.INCONCLUSIVE, 0) >= 180, "true factor at the budget: " + t);
  }
}
