package dev.perfkit.junit.internal.compare;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Tests a series of per-round values (log factors, or window medians) for the one thing every interval here assumes
 * and real machines break: that the rounds come from one unchanging distribution.
 *
 * <p>The test is Bartels' rank version of von Neumann's ratio: the sum of squared differences between the ranks of
 * neighbouring rounds over the ranks' total sum of squares. Rounds drawn independently from one distribution give
 * about 2; a level shift (two regimes), a trend or rounds that drift together give less, because neighbours are
 * alike. The p-value is exact up to Monte-Carlo error: the ratio of the observed order against
 * {@value #PERMUTATIONS} random orders of the same values, drawn from a fixed seed so that a verdict can be
 * reproduced from the values alone. Being rank-based it ignores a single outlier, and it assumes nothing about the
 * distribution. Its one-sided form ignores rounds that alternate (the A-B, B-A order of interleaved rounds can do
 * that), which average out in a paired estimate.
 *
 * <p>Where a series is not stationary, {@link Result#changePoint()} is the most likely single change point
 * (Pettitt's statistic), so that a caller may drop a leading transient and test the rest again. Stateless.
 */
public final class Stationarity {

  /** Random orders drawn for the p-value. */
  static final int PERMUTATIONS = 2_000;
  private static final long SEED = 0x5EED_F00DL;

  private Stationarity() {}

  /**
   * The outcome of one test.
   *
   * @param pValue the probability of a ratio at most the observed one if the rounds were exchangeable
   * @param stationary whether {@code pValue > alpha}
   * @param changePoint the number of leading rounds before the most likely change, between 1 and {@code n - 1};
   *     0 for fewer than 4 rounds
   */
  public record Result(double pValue, boolean stationary, int changePoint) {}

  /** Tests {@code values} (at least 4 for a real test; shorter series are called stationary) at level {@code alpha}. */
  public static Result test(double[] values, double alpha) {
    int n = values.length;
    if (n < 4) {
      return new Result(1, true, 0);
    }
    double[] ranks = ranks(values);
    double observed = ratio(ranks);
    double[] shuffled = ranks.clone();
    SplittableRandom random = new SplittableRandom(SEED + n);
    int atMost = 0;
    for (int p = 0; p < PERMUTATIONS; p++) {
      for (int i = n - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        double t = shuffled[i];
        shuffled[i] = shuffled[j];
        shuffled[j] = t;
      }
      if (ratio(shuffled) <= observed + 1e-12) {
        atMost++;
      }
    }
    double pValue = (atMost + 1.0) / (PERMUTATIONS + 1.0);
    return new Result(pValue, pValue > alpha, changePoint(values));
  }

  /** Bartels' ratio: squared neighbour differences of the ranks over their total sum of squares. */
  static double ratio(double[] ranks) {
    double mean = (ranks.length + 1) / 2.0;
    double num = 0;
    double den = 0;
    for (int i = 0; i < ranks.length; i++) {
      if (i > 0) {
        double d = ranks[i] - ranks[i - 1];
        num += d * d;
      }
      double c = ranks[i] - mean;
      den += c * c;
    }
    return den == 0 ? 2 : num / den;
  }

  /** Ranks 1..n, ties sharing their average rank. */
  static double[] ranks(double[] values) {
    int n = values.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
    double[] ranks = new double[n];
    for (int i = 0; i < n; ) {
      int j = i;
      while (j + 1 < n && Double.compare(values[order[j + 1]], values[order[i]]) == 0) {
        j++;
      }
      double rank = (i + j) / 2.0 + 1;
      for (int k = i; k <= j; k++) {
        ranks[order[k]] = rank;
      }
      i = j + 1;
    }
    return ranks;
  }

  /** Pettitt's most likely change point: the split {@code t} maximizing {@code |sum of sign(x[j] - x[i])|}
   * over the rounds {@code i} before {@code t} and {@code j} from {@code t} on. */
  static int changePoint(double[] x) {
    int n = x.length;
    int best = 1;
    long bestU = -1;
    long u = 0;
    for (int t = 1; t < n; t++) {
      // moving x[t-1] from the tail into the head: U_t = U_{t-1} + sum_j sign(x_j - x_{t-1}) over all j
      for (int j = 0; j < n; j++) {
        u += Long.signum(Double.compare(x[j], x[t - 1]));
      }
      if (Math.abs(u) > bestU) {
        bestU = Math.abs(u);
        best = t;
      }
    }
    return best;
  }
}
