package dev.perfkit.core.internal.memory;

import dev.perfkit.memory.LinearFit;

/** Ordinary least squares for a straight line, with the slope's standard error and r². Stateless. */
final class LeastSquares {

    private LeastSquares() {}

    /**
     * Fits {@code y = intercept + slope * x}.
     *
     * @throws IllegalArgumentException if the arrays differ in length, hold fewer than 3 points, hold a value that is
     *     not finite, or all {@code x} are equal
     */
    static LinearFit fit(double[] x, double[] y) {
        if (x.length != y.length || x.length < 3) {
            throw new IllegalArgumentException(
                    "a fit needs two arrays of the same length, at least 3, got " + x.length + " and " + y.length);
        }
        int n = x.length;
        double meanX = 0;
        double meanY = 0;
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                throw new IllegalArgumentException("point " + i + " is not finite: (" + x[i] + ", " + y[i] + ")");
            }
            meanX += x[i];
            meanY += y[i];
        }
        meanX /= n;
        meanY /= n;
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            double dx = x[i] - meanX;
            double dy = y[i] - meanY;
            sxx += dx * dx;
            sxy += dx * dy;
            syy += dy * dy;
        }
        if (sxx == 0) {
            throw new IllegalArgumentException("all x are equal (" + x[0] + "); no slope can be fitted");
        }
        double slope = sxy / sxx;
        double intercept = meanY - slope * meanX;
        double sse = 0;
        for (int i = 0; i < n; i++) {
            double r = y[i] - meanY - slope * (x[i] - meanX);
            sse += r * r;
        }
        double stdError = Math.sqrt(sse / (n - 2) / sxx);
        double rSquared = syy == 0 ? 1 : Math.max(0, Math.min(1, 1 - sse / syy));
        return LinearFit.of(slope, intercept, stdError, rSquared, n);
    }
}
