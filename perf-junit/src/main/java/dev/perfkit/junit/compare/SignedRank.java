package dev.perfkit.junit.compare;

import dev.perfkit.junit.metric.Direction;
import dev.perfkit.junit.metric.RatioEstimate;

/**
 * The exact null distribution of Wilcoxon's signed-rank statistic, and the confidence interval for a pseudo-median
 * that it gives (Hodges-Lehmann): the interval between the k-th smallest and k-th largest Walsh average.
 *
 * <p>Distribution-free: it assumes only that the paired differences are independent and symmetric about their centre,
 * so one GC pause in one round moves it far less than it moves a mean. Thread-safe, stateless.
 */
final class SignedRank {

    private SignedRank() {}

    /**
     * Estimates the factor from paired per-round measurements: the Hodges-Lehmann centre of the per-round log factors
     * and its signed-rank confidence interval, mapped back from logs. Rounds with a non-positive value are ignored.
     */
    static RatioEstimate ratio(double[] baseline, double[] candidate, Direction direction, double confidence) {
        if (baseline.length != candidate.length) {
            throw new IllegalArgumentException("baseline and candidate need the same number of rounds: "
                    + baseline.length + " vs " + candidate.length);
        }
        double[] logs = new double[baseline.length];
        int n = 0;
        for (int i = 0; i < baseline.length; i++) {
            if (baseline[i] > 0 && candidate[i] > 0) {
                logs[n++] = Math.log(direction.factor(baseline[i], candidate[i]));
            }
        }
        if (n == 0) {
            return new RatioEstimate(0, Double.NaN, Double.POSITIVE_INFINITY, confidence, 0);
        }
        double[] ci = interval(java.util.Arrays.copyOf(logs, n), 1 - confidence);
        return new RatioEstimate(Math.exp(ci[0]), Math.exp(ci[1]), Math.exp(ci[2]), confidence, n);
    }

    /**
     * Returns the largest {@code k >= 1} with {@code P(T <= k - 1) <= alpha / 2} for the signed-rank statistic
     * {@code T} of {@code n} pairs, or 0 when even {@code k = 1} is too wide (too few pairs for this confidence).
     */
    static int criticalRank(int n, double alpha) {
        int max = n * (n + 1) / 2;
        double[] ways = new double[max + 1];
        ways[0] = 1;
        for (int rank = 1; rank <= n; rank++) {
            for (int w = Math.min(max, rank * (rank + 1) / 2); w >= rank; w--) {
                ways[w] += ways[w - rank];
            }
        }
        double total = Math.pow(2, n);
        double cumulative = 0;
        int k = 0;
        for (int w = 0; w <= max; w++) {
            cumulative += ways[w] / total;
            if (cumulative <= alpha / 2) {
                k = w + 1;
            } else {
                break;
            }
        }
        return k;
    }

    /**
     * The Hodges-Lehmann estimate and its {@code 1 - alpha} confidence interval for the centre of {@code d}:
     * {@code {low, estimate, high}}; the bounds are infinite when {@code d} is too short for that confidence.
     */
    static double[] interval(double[] d, double alpha) {
        int n = d.length;
        double[] walsh = new double[n * (n + 1) / 2];
        int m = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                walsh[m++] = (d[i] + d[j]) / 2;
            }
        }
        java.util.Arrays.sort(walsh);
        double estimate = m % 2 == 1 ? walsh[m / 2] : (walsh[m / 2 - 1] + walsh[m / 2]) / 2;
        int k = criticalRank(n, alpha);
        if (k == 0) {
            return new double[] {Double.NEGATIVE_INFINITY, estimate, Double.POSITIVE_INFINITY};
        }
        return new double[] {walsh[k - 1], estimate, walsh[m - k]};
    }
}
