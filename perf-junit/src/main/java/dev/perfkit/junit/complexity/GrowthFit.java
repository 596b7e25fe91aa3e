package dev.perfkit.junit.complexity;

import dev.perfkit.junit.metric.Check;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What {@link ComplexityAnalysis} found: the points (the typical time per call at each size), the fit of every class,
 * which class fits best and which next, and how often each class won when the rounds were resampled. Immutable; the
 * arrays are copied in and out.
 *
 * @param sizes the sizes, ascending
 * @param typicalNanos the typical time per call at each size over the rounds (see {@link ComplexityAnalysis#centre}),
 *     in
 *     nanoseconds
 * @param noise the relative standard error of each typical time (0.02 is 2 %), at least
 *     {@link ComplexityAnalysis#NOISE_FLOOR}
 * @param fits the fit of every class, in the order of {@link GrowthClass}
 * @param shares the share of bootstrap resamples each class won, in the order of {@link GrowthClass}
 * @param resamples how many bootstrap resamples were drawn
 * @param best the class with the lowest score on all rounds
 * @param runnerUp the class with the second lowest score
 */
@SuppressWarnings({"ArrayRecordComponent", "EnumOrdinal"}) // arrays filled once, never changed; indexed by class
public record GrowthFit(
        long[] sizes,
        double[] typicalNanos,
        double[] noise,
        List<CurveFit> fits,
        double[] shares,
        int resamples,
        GrowthClass best,
        GrowthClass runnerUp) {

    /** Copies the arrays and the list. */
    public GrowthFit {
        sizes = sizes.clone();
        typicalNanos = typicalNanos.clone();
        noise = noise.clone();
        fits = List.copyOf(fits);
        shares = shares.clone();
    }

    @Override
    public long[] sizes() {
        return sizes.clone();
    }

    @Override
    public double[] typicalNanos() {
        return typicalNanos.clone();
    }

    @Override
    public double[] noise() {
        return noise.clone();
    }

    @Override
    public double[] shares() {
        return shares.clone();
    }

    /** The fit of {@code growth}. */
    public CurveFit fit(GrowthClass growth) {
        return fits.get(growth.ordinal());
    }

    /**
     * The fitted curve of {@code growth} for a plot: {@code points} sizes spaced evenly on a log scale from the
     * smallest to the largest size (both exact) in {@code [0]}, the fitted times in nanoseconds in {@code [1]}.
     *
     * @param points at least 2
     */
    public double[][] curve(GrowthClass growth, int points) {
        double[][] out = new double[2][points];
        double min = Math.log((double) sizes[0]);
        double max = Math.log((double) sizes[sizes.length - 1]);
        for (int j = 0; j < points; j++) {
            out[0][j] = j == 0
                    ? sizes[0]
                    : j == points - 1 ? sizes[sizes.length - 1] : Math.exp(min + (max - min) * j / (points - 1));
            out[1][j] = fit(growth).predict(out[0][j]);
        }
        return out;
    }

    /** The share of resamples {@code growth} won, 0 to 1. */
    public double share(GrowthClass growth) {
        return shares[growth.ordinal()];
    }

    /**
     * Whether the best class won at least {@link ComplexityAnalysis#DECIDED_SHARE} of the resamples and leads every
     * other class in score by at least {@link ComplexityAnalysis#DECIDED_GAP}.
     */
    public boolean decided() {
        return share(best) >= ComplexityAnalysis.DECIDED_SHARE && !close(runnerUp);
    }

    /** Whether {@code other}'s score is within {@link ComplexityAnalysis#DECIDED_GAP} of the best class's. */
    private boolean close(GrowthClass other) {
        return other != best
                && fit(other).score(ComplexityAnalysis.PENALTY) - fit(best).score(ComplexityAnalysis.PENALTY)
                        < ComplexityAnalysis.DECIDED_GAP;
    }

    /**
     * The classes still in the running: the best one alone when decided; otherwise the best and every class that won
     * at least {@link ComplexityAnalysis#CONTENDER_SHARE} of the resamples or scores within
     * {@link ComplexityAnalysis#DECIDED_GAP} of the best, in order of growth.
     */
    public List<GrowthClass> contenders() {
        List<GrowthClass> out = new ArrayList<>();
        for (GrowthClass c : GrowthClass.values()) {
            if (c == best || (!decided() && (share(c) >= ComplexityAnalysis.CONTENDER_SHARE || close(c)))) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * The verdict against an expected class: {@link Check#PASS} when every contender grows no faster than
     * {@code expected} (so an undecided fit between two classes that both meet it passes), {@link Check#FAIL} when
     * every contender grows faster, {@link Check#INCONCLUSIVE} when the contenders lie on both sides.
     */
    public Check check(GrowthClass expected) {
        List<GrowthClass> in = contenders();
        long worse = in.stream().filter(c -> c.isWorseThan(expected)).count();
        return worse == 0 ? Check.PASS : worse == in.size() ? Check.FAIL : Check.INCONCLUSIVE;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GrowthFit r
                && Arrays.equals(sizes, r.sizes)
                && Arrays.equals(typicalNanos, r.typicalNanos)
                && Arrays.equals(noise, r.noise)
                && fits.equals(r.fits)
                && Arrays.equals(shares, r.shares)
                && resamples == r.resamples
                && best == r.best
                && runnerUp == r.runnerUp;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(typicalNanos) * 31 + best.hashCode();
    }

    @Override
    public String toString() {
        return "GrowthFit[best=" + best.notation() + ", runnerUp=" + runnerUp.notation() + ", shares="
                + Arrays.toString(shares) + ", typicalNanos=" + Arrays.toString(typicalNanos) + "]";
    }
}
