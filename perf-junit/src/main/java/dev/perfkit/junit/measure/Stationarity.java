package dev.perfkit.junit.measure;

import java.util.SplittableRandom;

/**
 * Tests a series of per-round values (log factors, or window medians) for the one thing every interval here assumes
 * and real machines break: that the rounds come from one unchanging distribution.
 *
 * <p>The statistic is von Neumann's ratio: the mean squared difference between neighbouring rounds over the
 * series' variance (about 2 for rounds drawn independently from one distribution). A level shift, two regimes that
 * take turns, or a trend make neighbours alike and the ratio small; the further apart two regimes are, the smaller.
 * A few outliers (a GC pause in one round) interrupt neighbours, though, so a second statistic looks at blocks of
 * {@value #BLOCK} consecutive rounds instead: the spread of the blocks' mean ranks (a Kruskal-Wallis statistic with
 * the blocks as groups), which one outlier per block barely moves; and a third, for a trend too gentle to make
 * neighbours alike, is the rank correlation of the rounds with their order (Spearman's, two-sided). The p-value is
 * the smallest of the three, tripled (Bonferroni). Each p-value assumes no distribution: it is the share of
 * {@value #PERMUTATIONS} random orders of the same rounds whose ratio is at most the observed one (exact under
 * exchangeability, up to Monte-Carlo error), drawn from a fixed seed so that a verdict can be reproduced from the
 * values alone. The one-sided test ignores rounds that alternate (the A-B, B-A order of interleaved rounds can do
 * that), which average out in a paired estimate.
 *
 * <p>Its power is bounded by the rounds there are: 15 rounds in three blocks of two regimes cannot reach p below
 * about 0.005 by any permutation test, so the comparison looks again after more rounds. Where a series is not
 * stationary, {@link Result#changePoint()} is the most likely single change point (least squares), so that a
 * caller may drop a leading transient and test the rest again. Stateless.
 */
public final class Stationarity {

    /** Random orders drawn for the p-value. */
    static final int PERMUTATIONS = 2_000;
    /** Consecutive rounds per block of the rank statistic. */
    public static final int BLOCK = 5;

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

    /**
     * Tests {@code values} (at least 4 for a real test; shorter series are called stationary) at level {@code alpha}.
     * Costs {@value #PERMUTATIONS} shuffles of the series: well under a millisecond for the rounds of a comparison.
     */
    public static Result test(double[] values, double alpha) {
        int n = values.length;
        if (n < 4) {
            return new Result(1, true, 0);
        }
        double[] ranks = ranks(values);
        double observedValues = ratio(values);
        double observedRanks = blockSpread(ranks);
        double observedTrend = Math.abs(trend(ranks));
        double[] shuffled = values.clone();
        double[] shuffledRanks = ranks.clone();
        SplittableRandom random = new SplittableRandom(SEED + n);
        int valuesAtMost = 0;
        int ranksAtMost = 0;
        int trendAtLeast = 0;
        for (int p = 0; p < PERMUTATIONS; p++) {
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                double t = shuffled[i];
                shuffled[i] = shuffled[j];
                shuffled[j] = t;
                t = shuffledRanks[i];
                shuffledRanks[i] = shuffledRanks[j];
                shuffledRanks[j] = t;
            }
            valuesAtMost += ratio(shuffled) <= observedValues + 1e-12 ? 1 : 0;
            ranksAtMost += blockSpread(shuffledRanks) >= observedRanks - 1e-9 ? 1 : 0;
            trendAtLeast += Math.abs(trend(shuffledRanks)) >= observedTrend - 1e-9 ? 1 : 0;
        }
        int least = Math.min(valuesAtMost, Math.min(ranksAtMost, trendAtLeast));
        double pValue = Math.min(1, 3 * (least + 1.0) / (PERMUTATIONS + 1.0));
        return new Result(pValue, pValue > alpha, changePoint(values));
    }

    /** Von Neumann's ratio: squared neighbour differences over the total sum of squares about the mean. */
    static double ratio(double[] x) {
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= x.length;
        double num = 0;
        double den = 0;
        for (int i = 0; i < x.length; i++) {
            if (i > 0) {
                double d = x[i] - x[i - 1];
                num += d * d;
            }
            double c = x[i] - mean;
            den += c * c;
        }
        return den == 0 ? 2 : num / den;
    }

    /**
     * The spread of the mean ranks of consecutive blocks of {@value #BLOCK} rounds about the overall mean rank (an
     * incomplete last block is left out); 0 with fewer than two blocks.
     */
    static double blockSpread(double[] ranks) {
        int blocks = ranks.length / BLOCK;
        if (blocks < 2) {
            return 0;
        }
        double mean = (ranks.length + 1) / 2.0;
        double spread = 0;
        for (int b = 0; b < blocks; b++) {
            double sum = 0;
            for (int i = b * BLOCK; i < (b + 1) * BLOCK; i++) {
                sum += ranks[i];
            }
            double d = sum / BLOCK - mean;
            spread += d * d;
        }
        return spread;
    }

    /** The covariance of the ranks with the round order: Spearman's correlation up to a constant factor. */
    static double trend(double[] ranks) {
        double mean = (ranks.length + 1) / 2.0;
        double sum = 0;
        for (int i = 0; i < ranks.length; i++) {
            sum += (i + 1 - mean) * (ranks[i] - mean);
        }
        return sum;
    }

    /** Ranks 1..n, ties sharing their average rank. */
    static double[] ranks(double[] values) {
        int n = values.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
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

    /**
     * The most likely single change point: the split {@code t} (rounds before it, rounds from it on) that explains most
     * of the variance, maximizing {@code t (n - t) (mean before - mean after)^2}. It follows a large jump rather than
     * many small rank differences, so a short transient is located where it ends.
     */
    static int changePoint(double[] x) {
        int n = x.length;
        double total = 0;
        for (double v : x) {
            total += v;
        }
        int best = 1;
        double bestScore = -1;
        double head = 0;
        for (int t = 1; t < n; t++) {
            head += x[t - 1];
            double d = head / t - (total - head) / (n - t);
            double score = (double) t * (n - t) * d * d;
            if (score > bestScore) {
                bestScore = score;
                best = t;
            }
        }
        return best;
    }
}
