package dev.perfkit.junit.complexity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfkit.junit.metric.Check;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fit of one class, the parsing of classes, and the verdicts on exact data. */
class CurveFitTest {

    static final long[] SIZES = {1_000, 2_000, 4_000, 8_000, 16_000};

    /** Every round of every size takes exactly {@code a + b f(n)}. */
    static double[][] exact(GrowthClass c, double a, double b) {
        double[][] t = new double[SIZES.length][5];
        for (int i = 0; i < SIZES.length; i++) {
            java.util.Arrays.fill(t[i], a + b * c.f((double) SIZES[i]));
        }
        return t;
    }

    @Test
    void recoversTheOverheadAndTheCoefficientOfExactTimes() {
        for (GrowthClass c : GrowthClass.values()) {
            double b = c == GrowthClass.CONSTANT ? 0 : 1000 / c.f((double) SIZES[0]);
            GrowthFit r = ComplexityAnalysis.analyze(SIZES, exact(c, 500, b));
            assertEquals(c, r.best(), r::toString);
            assertTrue(r.decided(), r::toString);
            CurveFit fit = r.fit(c);
            assertEquals(500, fit.a(), 1e-6, fit::toString);
            assertEquals(b, fit.b(), b * 1e-9, fit::toString);
            assertEquals(0, fit.chiSquare(), 1e-12);
            assertEquals(1, fit.rSquared(), 1e-9);
            assertEquals(500 + b * c.f(3000), fit.predict(3000), 1e-6);
        }
    }

    @Test
    void keepsTheOverheadAndTheSlopeAtZeroOrMore() {
        // n log n data: a linear fit would want a negative overhead
        CurveFit linear = ComplexityAnalysis.analyze(SIZES, exact(GrowthClass.LINEARITHMIC, 0, 1))
                .fit(GrowthClass.LINEAR);
        assertEquals(0, linear.a());
        assertTrue(linear.b() > 0 && linear.chiSquare() > 10, linear::toString);
        // falling times: no class may fit a negative slope
        double[][] falling = new double[SIZES.length][5];
        for (int i = 0; i < SIZES.length; i++) {
            java.util.Arrays.fill(falling[i], 1000 - 10 * i);
        }
        GrowthFit r = ComplexityAnalysis.analyze(SIZES, falling);
        for (CurveFit f : r.fits()) {
            assertTrue(f.a() >= 0 && f.b() >= 0, f::toString);
        }
        assertEquals(GrowthClass.CONSTANT, r.best());
    }

    @Test
    void judgesTheBestClassAgainstTheExpectedOne() {
        GrowthFit quadratic = ComplexityAnalysis.analyze(SIZES, exact(GrowthClass.QUADRATIC, 100, 1e-3));
        assertEquals(List.of(GrowthClass.QUADRATIC), quadratic.contenders());
        assertEquals(GrowthClass.CUBIC, quadratic.runnerUp());
        assertEquals(Check.FAIL, quadratic.check(GrowthClass.LINEARITHMIC));
        assertEquals(Check.PASS, quadratic.check(GrowthClass.QUADRATIC));
        assertEquals(Check.PASS, quadratic.check(GrowthClass.CUBIC));
    }

    @Test
    void rejectsTooFewSizesOrRoundsAndNonPositiveTimes() {
        assertThrows(
                IllegalArgumentException.class,
                () -> ComplexityAnalysis.analyze(new long[] {1, 2}, new double[][] {{1, 1, 1}, {2, 2, 2}}));
        assertThrows(
                IllegalArgumentException.class,
                () -> ComplexityAnalysis.analyze(new long[] {1, 2, 3}, new double[][] {{1, 1}, {2, 2}, {3, 3}}));
        assertThrows(
                IllegalArgumentException.class,
                () -> ComplexityAnalysis.analyze(
                        new long[] {1, 3, 2}, new double[][] {{1, 1, 1}, {2, 2, 2}, {3, 3, 3}}));
        assertThrows(
                IllegalArgumentException.class,
                () -> ComplexityAnalysis.analyze(
                        new long[] {1, 2, 3}, new double[][] {{1, 1, 1}, {0, 2, 2}, {3, 3, 3}}));
    }

    @Test
    void parsesTheNotationsAndNamesTheFormsOtherwise() {
        assertEquals(GrowthClass.CONSTANT, GrowthClass.parse("O(1)"));
        assertEquals(GrowthClass.LOGARITHMIC, GrowthClass.parse(" o( log  n ) "));
        assertEquals(GrowthClass.LINEAR, GrowthClass.parse("O(n)"));
        assertEquals(GrowthClass.LINEARITHMIC, GrowthClass.parse("O(n log n)"));
        assertEquals(GrowthClass.QUADRATIC, GrowthClass.parse("O(n^2)"));
        assertEquals(GrowthClass.QUADRATIC, GrowthClass.parse("O(n²)"));
        assertEquals(GrowthClass.CUBIC, GrowthClass.parse("O(n³)"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GrowthClass.parse("n^2"));
        assertEquals("expected " + GrowthClass.FORMS + ", got 'n^2'", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> GrowthClass.parse("O(nlogn)"));
        assertThrows(IllegalArgumentException.class, () -> GrowthClass.parse("O(2^n)"));
    }
}
