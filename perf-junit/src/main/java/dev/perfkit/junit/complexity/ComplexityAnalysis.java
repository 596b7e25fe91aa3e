package dev.perfkit.junit.complexity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Fits measured times per size to the growth classes and decides which fits best, or that two fit about equally. See
 * the package documentation for the method and its error rates. Stateless; the bootstrap draws from a fixed seed, so
 * the same times always give the same result.
 */
@SuppressWarnings("EnumOrdinal") // per-class arrays indexed by GrowthClass in declaration order
public final class ComplexityAnalysis {

    /** The least relative standard error assumed for a size's typical time: no timing is known better than 1 %. */
    public static final double NOISE_FLOOR = 0.01;
    /** The score added per free parameter, so that a growing curve must beat a constant by more than noise. */
    public static final double PENALTY = 10;
    /** How many times the rounds are resampled. */
    public static final int RESAMPLES = 1000;
    /** The share of resamples the best class must win for the fit to be decided. */
    public static final double DECIDED_SHARE = 0.9;
    /**
     * The least lead in score of the best class over any other for the fit to be decided: the other class must miss
     * the points by 2 noise units (errors widened by the Birge ratio) more.
     */
    public static final double DECIDED_GAP = 4;
    /** The share of resamples that makes another class a contender of an undecided fit. */
    public static final double CONTENDER_SHARE = 0.05;
    /** The fewest sizes a fit accepts. */
    public static final int MIN_SIZES = 3;
    /** The fewest rounds a fit accepts. */
    public static final int MIN_ROUNDS = 3;

    private static final long SEED = 0x5EED_C0DEL;
    /** The share of rounds left out at each end by {@link #centre}. */
    private static final double TRIM = 0.2;

    private ComplexityAnalysis() {}

    /**
     * Analyses the times of one measurement.
     *
     * @param sizes at least {@value #MIN_SIZES} distinct positive sizes, ascending
     * @param times {@code times[i][r]}: the time per call at size i in round r, in nanoseconds, positive; every size
     *     with the same number of rounds, at least {@value #MIN_ROUNDS}
     * @throws IllegalArgumentException when the sizes or times are not as described
     */
    public static GrowthFit analyze(long[] sizes, double[][] times) {
        int k = sizes.length;
        if (k < MIN_SIZES || times.length != k) {
            throw new IllegalArgumentException("need at least " + MIN_SIZES + " sizes with times for each");
        }
        int rounds = times[0].length;
        for (int i = 0; i < k; i++) {
            if (sizes[i] <= 0 || (i > 0 && sizes[i] <= sizes[i - 1])) {
                throw new IllegalArgumentException("sizes must be positive and ascending: " + Arrays.toString(sizes));
            }
            if (times[i].length != rounds || rounds < MIN_ROUNDS) {
                throw new IllegalArgumentException("every size needs the same rounds, at least " + MIN_ROUNDS);
            }
            for (double t : times[i]) {
                if (!(t > 0) || Double.isInfinite(t)) {
                    throw new IllegalArgumentException("times must be positive: size " + sizes[i] + " has " + t);
                }
            }
        }
        double[] n = new double[k];
        double[] centres = new double[k];
        double[][] logs = new double[k][];
        for (int i = 0; i < k; i++) {
            n[i] = sizes[i];
            logs[i] = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                logs[i][r] = Math.log(times[i][r]);
            }
            centres[i] = Math.exp(trimmedMean(logs[i].clone()));
        }
        double[][] resampled = resample(logs, rounds);
        double[] noise = new double[k];
        double[] weights = new double[k];
        for (int i = 0; i < k; i++) {
            double sum = 0;
            double squares = 0;
            for (double[] b : resampled) {
                double log = Math.log(b[i]);
                sum += log;
                squares += log * log;
            }
            double mean = sum / RESAMPLES;
            noise[i] = Math.max(NOISE_FLOOR, Math.sqrt(Math.max(0, squares / RESAMPLES - mean * mean)));
            weights[i] = 1 / (noise[i] * noise[i]);
        }
        List<CurveFit> fits = fitAll(n, centres, weights);
        // When even the best class misses the points by more than their noise, the noise understates the error: real
        // curves bend a little (caches, branch prediction) where no class does. Widen the errors by the Birge ratio,
        // chi-square per degree of freedom of the best fit, so that such bends count as noise, not as a different
        // class.
        CurveFit first = fits.stream()
                .min((x, y) -> Double.compare(x.score(PENALTY), y.score(PENALTY)))
                .orElseThrow();
        double birge = first.chiSquare() / (k - first.growth().parameters());
        if (birge > 1) {
            for (int i = 0; i < k; i++) {
                noise[i] *= Math.sqrt(birge);
                weights[i] /= birge;
            }
            fits = fitAll(n, centres, weights);
        }
        GrowthClass[] ranked = fits.stream()
                .sorted((x, y) -> Double.compare(x.score(PENALTY), y.score(PENALTY)))
                .map(CurveFit::growth)
                .toArray(GrowthClass[]::new);
        int[] wins = new int[GrowthClass.values().length];
        for (double[] b : resampled) {
            wins[winner(n, b, weights).ordinal()]++;
        }
        double[] shares = new double[wins.length];
        for (int c = 0; c < wins.length; c++) {
            shares[c] = (double) wins[c] / RESAMPLES;
        }
        return new GrowthFit(sizes, centres, noise, fits, shares, RESAMPLES, ranked[0], ranked[1]);
    }

    private static List<CurveFit> fitAll(double[] n, double[] typical, double[] weights) {
        List<CurveFit> fits = new ArrayList<>();
        for (GrowthClass c : GrowthClass.values()) {
            fits.add(CurveFit.fit(c, n, typical, weights));
        }
        return fits;
    }

    /** The class with the lowest score, the slower-growing one among equal scores. */
    private static GrowthClass winner(double[] n, double[] typical, double[] weights) {
        GrowthClass best = null;
        double lowest = Double.POSITIVE_INFINITY;
        for (GrowthClass c : GrowthClass.values()) {
            double score = CurveFit.chiSquare(c, n, typical, weights) + PENALTY * c.parameters();
            if (score < lowest) {
                lowest = score;
                best = c;
            }
        }
        return best;
    }

    /**
     * {@value #RESAMPLES} bootstrap resamples of the rounds, drawn from a fixed seed: each draws as many rounds as
     * there are, with replacement, keeping a round's times of all sizes together (they were measured side by side), and
     * gives the {@link #centre} of every size.
     */
    private static double[][] resample(double[][] logs, int rounds) {
        SplittableRandom random = new SplittableRandom(SEED);
        double[][] out = new double[RESAMPLES][logs.length];
        double[] column = new double[rounds];
        int[] pick = new int[rounds];
        for (double[] b : out) {
            for (int r = 0; r < rounds; r++) {
                pick[r] = random.nextInt(rounds);
            }
            for (int i = 0; i < logs.length; i++) {
                for (int r = 0; r < rounds; r++) {
                    column[r] = logs[i][pick[r]];
                }
                b[i] = Math.exp(trimmedMean(column));
            }
        }
        return out;
    }

    /**
     * The typical time of one size over its rounds: the geometric mean of the middle 60 % (a 20 % trimmed mean of the
     * logarithms), which ignores slow outliers like a median but wastes less of the data.
     */
    public static double centre(double[] values) {
        double[] logs = new double[values.length];
        for (int i = 0; i < logs.length; i++) {
            logs[i] = Math.log(values[i]);
        }
        return Math.exp(trimmedMean(logs));
    }

    /** The mean of the middle 60 % of {@code logs}, which it sorts. */
    private static double trimmedMean(double[] logs) {
        Arrays.sort(logs);
        int trim = (int) (logs.length * TRIM);
        double sum = 0;
        for (int i = trim; i < logs.length - trim; i++) {
            sum += logs[i];
        }
        return sum / (logs.length - 2 * trim);
    }
}
