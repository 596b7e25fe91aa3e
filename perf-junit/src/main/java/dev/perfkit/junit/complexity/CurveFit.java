package dev.perfkit.junit.complexity;

/**
 * The fit of one growth class to the typical times per size: the model {@code t(n) = a + b * f(n)} with its
 * coefficients, its weighted residual error and its R². Immutable.
 *
 * @param growth the class
 * @param a the constant part in nanoseconds, 0 or more (a fixed overhead per call)
 * @param b the growing part in nanoseconds per unit of f(n), 0 or more; 0 for {@link GrowthClass#CONSTANT}
 * @param chiSquare the weighted sum of squared relative residuals, {@code sum w_i (1 - fit(n_i) / t_i)^2} with
 *     {@code w_i = 1 / s_i^2} and s_i the relative standard error of the median at size i: how many "noise units"
 *     squared the curve misses the points by
 * @param rSquared the share of the variation of log t that the curve explains, {@code 1 - SS_res / SS_tot} in log
 *     space (at most 1; 0 or less for a curve no better than the mean, such as a constant)
 */
public record CurveFit(GrowthClass growth, double a, double b, double chiSquare, double rSquared) {

    /** The fitted time at size {@code n}, in nanoseconds. */
    public double predict(double n) {
        return a + b * growth.f(n);
    }

    /** The score that ranks classes: chi-square plus {@code penalty} per free parameter (smaller is better). */
    double score(double penalty) {
        return chiSquare + penalty * growth.parameters();
    }

    /**
     * Fits {@code growth} to typical times by weighted least squares of relative residuals, with a and b kept at 0 or
     * more.
     *
     * @param sizes the sizes, positive
     * @param medians the typical time per size in nanoseconds, positive
     * @param weights the weight of each size, {@code 1 / s_i^2}, positive
     */
    static CurveFit fit(GrowthClass growth, double[] sizes, double[] medians, double[] weights) {
        double[] ab = coefficients(growth, sizes, medians, weights);
        double a = ab[0];
        double b = ab[1];
        int k = sizes.length;
        double meanLog = 0;
        for (double m : medians) {
            meanLog += Math.log(m) / k;
        }
        double res = 0;
        double tot = 0;
        for (int i = 0; i < k; i++) {
            double log = Math.log(medians[i]);
            res += Math.pow(log - Math.log(a + b * growth.f(sizes[i])), 2);
            tot += Math.pow(log - meanLog, 2);
        }
        return new CurveFit(
                growth,
                a,
                b,
                chiSquare(growth, sizes, medians, weights, a, b),
                tot > 0 ? 1 - res / tot : res == 0 ? 1 : 0);
    }

    /** The chi-square of the best fit of {@code growth}, without the rest of the fit (for the bootstrap). */
    static double chiSquare(GrowthClass growth, double[] sizes, double[] medians, double[] weights) {
        double[] ab = coefficients(growth, sizes, medians, weights);
        return chiSquare(growth, sizes, medians, weights, ab[0], ab[1]);
    }

    private static double chiSquare(
            GrowthClass growth, double[] sizes, double[] medians, double[] weights, double a, double b) {
        double chi = 0;
        for (int i = 0; i < sizes.length; i++) {
            double r = 1 - (a + b * growth.f(sizes[i])) / medians[i];
            chi += weights[i] * r * r;
        }
        return chi;
    }

    /** The weighted least-squares a and b, both kept at 0 or more. */
    private static double[] coefficients(GrowthClass growth, double[] sizes, double[] medians, double[] weights) {
        int k = sizes.length;
        double scale = growth == GrowthClass.CONSTANT ? 1 : growth.f(sizes[k - 1]);
        double s = 0, sf = 0, sff = 0, sm = 0, sfm = 0;
        for (int i = 0; i < k; i++) {
            double u = weights[i] / (medians[i] * medians[i]);
            double f = growth.f(sizes[i]) / scale;
            s += u;
            sf += u * f;
            sff += u * f * f;
            sm += u * medians[i];
            sfm += u * f * medians[i];
        }
        if (growth == GrowthClass.CONSTANT) {
            return new double[] {sm / s, 0};
        }
        double det = s * sff - sf * sf;
        double b = det > 0 ? (s * sfm - sf * sm) / det : 0;
        double a = (sm - b * sf) / s;
        if (b < 0) {
            b = 0;
            a = sm / s;
        } else if (a < 1e-12 * sm / s) {
            // below 0, or 0 but for rounding: no overhead
            a = 0;
            b = sfm / sff;
        }
        return new double[] {a, b / scale};
    }
}
