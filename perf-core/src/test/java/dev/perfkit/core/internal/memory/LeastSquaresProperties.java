package dev.perfkit.core.internal.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.perfkit.memory.LeakReport;
import dev.perfkit.memory.LeakVerdict;
import dev.perfkit.memory.LinearFit;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fit and the verdict on generated heap readings with known growth and noise. */
class LeastSquaresProperties {

    /** Readings as a leak check takes them: {@code points} rounds of {@code opsPerRound}, with uniform noise. */
    private static LinearFit fitOf(
            double bytesPerOp, double baseBytes, int points, long opsPerRound, double noiseBytes, long seed) {
        Random random = new Random(seed);
        double[] x = new double[points];
        double[] y = new double[points];
        for (int i = 0; i < points; i++) {
            x[i] = (double) i * opsPerRound;
            y[i] = baseBytes + bytesPerOp * x[i] + (random.nextDouble() * 2 - 1) * noiseBytes;
        }
        return LeastSquares.fit(x, y);
    }

    @Test
    void recoversAnExactLine() {
        qt().withExamples(1_000)
                .forAll(
                        doubles().between(-5_000, 5_000),
                        doubles().between(0, 1e9),
                        integers().between(3, 50),
                        longs().between(1, 100_000))
                .checkAssert(LeastSquaresProperties::recoversAnExactLine);
    }

    private static void recoversAnExactLine(double slope, double base, int points, long opsPerRound) {
        LinearFit fit = fitOf(slope, base, points, opsPerRound, 0, 0);
        assertEquals(
                slope, fit.slope(), 1e-9 * Math.max(1, Math.abs(slope)) + 1e-3 * (1 + base) / opsPerRound / points);
        assertEquals(base, fit.intercept(), 1e-6 * Math.max(1, base) + 1e-6 * Math.abs(slope) * opsPerRound * points);
        assertEquals(points, fit.points());
        assertTrue(fit.slopeStdError() <= 1e-6 * (1 + Math.abs(slope)), fit::toString);
    }

    @Test
    void recoversASlopeThroughNoiseWithinItsErrorBound() {
        qt().withExamples(1_000)
                .forAll(
                        doubles().between(-2_000, 2_000),
                        doubles().between(0, 10_000),
                        integers().between(5, 30),
                        longs().all())
                .checkAssert(LeastSquaresProperties::recoversASlopeThroughNoiseWithinItsErrorBound);
    }

    private static void recoversASlopeThroughNoiseWithinItsErrorBound(
            double slope, double noise, int points, long seed) {
        LinearFit fit = fitOf(slope, 50e6, points, 1_000, noise, seed);
        // Noise e_i of at most w moves the slope by sum((x_i - mean x) e_i) / sxx <= w sum|x_i - mean x| / sxx.
        double mean = 1_000.0 * (points - 1) / 2;
        double sumAbs = 0;
        double sxx = 0;
        for (int i = 0; i < points; i++) {
            sumAbs += Math.abs(1_000.0 * i - mean);
            sxx += (1_000.0 * i - mean) * (1_000.0 * i - mean);
        }
        double bound = noise * sumAbs / sxx + 1e-6 * (1 + Math.abs(slope));
        assertEquals(slope, fit.slope(), bound, fit::toString);
    }

    @Test
    void aClearLeakIsALeak() {
        qt().withExamples(1_000)
                .forAll(doubles().between(16, 100_000), doubles().between(0, 2_000), longs().all())
                .checkAssert((bytesPerOp, noise, seed) -> {
                    LinearFit fit = fitOf(bytesPerOp, 2e6, 7, 1_000, noise, seed);
                    assertEquals(LeakVerdict.LEAK, LeakReport.judge(fit, 2.0), fit::toString);
                });
    }

    @Test
    void flatReadingsWithSmallNoiseAreNoLeak() {
        qt().withExamples(1_000)
                .forAll(doubles().between(0, 300), longs().all())
                .checkAssert((noise, seed) -> {
                    LinearFit fit = fitOf(0, 2e6, 7, 1_000, noise, seed);
                    assertEquals(LeakVerdict.NO_LEAK, LeakReport.judge(fit, 2.0), fit::toString);
                });
    }

    @Test
    void noiseLargerThanTheGrowthIsMostlyInconclusive() {
        // Three standard errors on 5 degrees of freedom: a wrong verdict either way about 1.5 % of the time each.
        int inconclusive = 0;
        for (long seed = 0; seed < 1_000; seed++) {
            if (LeakReport.judge(fitOf(2, 2e6, 7, 1_000, 1e6, seed), 2.0) == LeakVerdict.INCONCLUSIVE) {
                inconclusive++;
            }
        }
        assertTrue(inconclusive >= 950, inconclusive + " of 1000");
    }

    @Test
    void knownSmallFit() {
        LinearFit fit = LeastSquares.fit(new double[] {0, 1, 2, 3}, new double[] {1, 3, 5, 8});
        assertEquals(2.3, fit.slope(), 1e-12);
        assertEquals(0.8, fit.intercept(), 1e-12);
        // residuals 0.2, -0.1, -0.4, 0.3: sse = 0.3; sxx = 5; se = sqrt(0.3 / 2 / 5); syy = 26.75
        assertEquals(Math.sqrt(0.03), fit.slopeStdError(), 1e-12);
        assertEquals(1 - 0.3 / 26.75, fit.rSquared(), 1e-12);
    }

    @Test
    void constantReadingsFitPerfectly() {
        LinearFit fit = LeastSquares.fit(new double[] {0, 1, 2}, new double[] {7, 7, 7});
        assertEquals(0, fit.slope());
        assertEquals(1, fit.rSquared());
        assertEquals(0, fit.slopeStdError());
    }

    @Test
    void rejectsFitsThatCannotBeMade() {
        assertThrows(IllegalArgumentException.class, () -> LeastSquares.fit(new double[] {0, 1}, new double[] {0, 1}));
        assertThrows(
                IllegalArgumentException.class, () -> LeastSquares.fit(new double[] {1, 1, 1}, new double[] {0, 1, 2}));
        assertThrows(
                IllegalArgumentException.class,
                () -> LeastSquares.fit(new double[] {0, 1, 2}, new double[] {0, Double.NaN, 2}));
        assertThrows(
                IllegalArgumentException.class, () -> LeastSquares.fit(new double[] {0, 1, 2}, new double[] {0, 1}));
    }
}
