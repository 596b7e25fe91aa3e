package dev.perfkit.memory;

/**
 * A straight line {@code y = intercept + slope * x} fitted to points by least squares, with the figures that say how
 * well it fits.
 *
 * <p>Immutable and thread-safe. In a {@link LeakReport}, {@code x} counts runs of the operation and {@code y} is the
 * settled heap in bytes, so the slope is in bytes per run.
 */
public final class LinearFit {

    private final double slope;
    private final double intercept;
    private final double slopeStdError;
    private final double rSquared;
    private final int points;

    private LinearFit(double slope, double intercept, double slopeStdError, double rSquared, int points) {
        this.slope = slope;
        this.intercept = intercept;
        this.slopeStdError = slopeStdError;
        this.rSquared = rSquared;
        this.points = points;
    }

    /**
     * Creates a fit from its figures.
     *
     * @param slope the fitted slope, finite
     * @param intercept the fitted value at {@code x = 0}, finite
     * @param slopeStdError the standard error of the slope, finite and at least 0
     * @param rSquared the coefficient of determination, within [0, 1]; 1 when the points lie on the line
     * @param points how many points were fitted, at least 3
     * @return the fit
     * @throws IllegalArgumentException if a figure is out of its range
     */
    public static LinearFit of(double slope, double intercept, double slopeStdError, double rSquared, int points) {
        if (!Double.isFinite(slope) || !Double.isFinite(intercept)) {
            throw new IllegalArgumentException(
                    "slope and intercept must be finite, got " + slope + " and " + intercept);
        }
        if (!(slopeStdError >= 0) || Double.isInfinite(slopeStdError)) {
            throw new IllegalArgumentException("slopeStdError must be finite and at least 0, got " + slopeStdError);
        }
        if (!(rSquared >= 0 && rSquared <= 1)) {
            throw new IllegalArgumentException("rSquared must be within [0, 1], got " + rSquared);
        }
        if (points < 3) {
            throw new IllegalArgumentException("a fit needs at least 3 points, got " + points);
        }
        return new LinearFit(slope, intercept, slopeStdError, rSquared, points);
    }

    /** {@return the fitted slope: change in {@code y} per unit of {@code x}} */
    public double slope() {
        return slope;
    }

    /** {@return the fitted value at {@code x = 0}} */
    public double intercept() {
        return intercept;
    }

    /**
     * {@return the standard error of the slope, {@code sqrt(residual variance / sum((x - mean x)^2))} with the residual
     * variance taken over {@code points - 2} degrees of freedom; 0 when the points lie exactly on the line}
     */
    public double slopeStdError() {
        return slopeStdError;
    }

    /**
     * {@return the share of the variance of {@code y} that the line explains, within [0, 1]; 1 when {@code y} is
     * constant}
     */
    public double rSquared() {
        return rSquared;
    }

    /** {@return how many points were fitted} */
    public int points() {
        return points;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LinearFit f
                && Double.compare(slope, f.slope) == 0
                && Double.compare(intercept, f.intercept) == 0
                && Double.compare(slopeStdError, f.slopeStdError) == 0
                && Double.compare(rSquared, f.rSquared) == 0
                && points == f.points;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(slope, intercept, slopeStdError, rSquared, points);
    }

    @Override
    public String toString() {
        return String.format(
                java.util.Locale.ROOT,
                "slope %.4g ± %.2g, intercept %.6g, r² %.4f, %d points",
                slope,
                slopeStdError,
                intercept,
                rSquared,
                points);
    }
}
