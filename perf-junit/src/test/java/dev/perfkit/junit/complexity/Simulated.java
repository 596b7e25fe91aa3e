package dev.perfkit.junit.complexity;

import java.util.SplittableRandom;

/**
 * Synthetic timings of a known growth class, as a measurement would report them: per size and round, the true time
 * {@code overhead + f(n) / f(n_1)} (so the growing part takes 1 time unit at the smallest size, the overhead is given
 * in the same unit) times log-normal noise, times a per-round factor shared by all sizes (the machine's drift), with
 * a share of outliers slowed down by 1.5x to 4x. No real timing.
 *
 * @param sizes the sizes
 * @param rounds rounds per size
 * @param sigma the standard deviation of the log-normal noise of one value
 * @param roundSigma the standard deviation of the per-round factor's logarithm
 * @param outliers the share of values slowed down
 * @param overhead the constant part, in units of the growing part at the smallest size
 */
@SuppressWarnings("ArrayRecordComponent") // the sizes of a simulation, never changed
record Simulated(long[] sizes, int rounds, double sigma, double roundSigma, double outliers, double overhead) {

    /** One measurement of {@code growth}: {@code times[i][r]} in nanoseconds (the unit is 10 µs). */
    double[][] times(GrowthClass growth, SplittableRandom random) {
        double unit = 10_000;
        double[][] t = new double[sizes.length][rounds];
        double[] drift = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            drift[r] = Math.exp(roundSigma * gaussian(random));
        }
        double first = growth == GrowthClass.CONSTANT ? 1 : growth.f((double) sizes[0]);
        for (int i = 0; i < sizes.length; i++) {
            double growing = growth == GrowthClass.CONSTANT ? 1 : growth.f((double) sizes[i]) / first;
            double truth = unit * (overhead + growing);
            for (int r = 0; r < rounds; r++) {
                double v = truth * drift[r] * Math.exp(sigma * gaussian(random));
                if (random.nextDouble() < outliers) {
                    v *= 1.5 + 2.5 * random.nextDouble();
                }
                t[i][r] = v;
            }
        }
        return t;
    }

    private static double gaussian(SplittableRandom random) {
        // Box-Muller; SplittableRandom has no nextGaussian on JDK 17
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
