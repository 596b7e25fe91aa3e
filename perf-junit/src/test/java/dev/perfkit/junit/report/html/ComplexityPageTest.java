package dev.perfkit.junit.report.html;

import static dev.perfkit.junit.report.html.PagesTest.n;
import static dev.perfkit.junit.report.html.SvgChartTest.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfkit.junit.complexity.ComplexityAnalysis;
import dev.perfkit.junit.complexity.GrowthClass;
import dev.perfkit.junit.complexity.GrowthFit;
import dev.perfkit.junit.metric.TestOutcome;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The complexity page on exact timings: the measured points where they are, the fitted curves and the roles. */
class ComplexityPageTest {

    private static final long[] SIZES = {1_000, 2_000, 4_000, 8_000, 16_000};

    /** Every round of every size takes exactly {@code 500 + b n^2} ns. */
    private static GrowthFit quadratic() {
        double[][] t = new double[SIZES.length][5];
        for (int i = 0; i < SIZES.length; i++) {
            Arrays.fill(t[i], 500 + 1e-3 * GrowthClass.QUADRATIC.f((double) SIZES[i]));
        }
        return ComplexityAnalysis.analyze(SIZES, t);
    }

    @Test
    void theChartDrawsEveryMeasuredPointAtItsSizeAndTimeAndTheBestRunnerUpAndExpectedCurves() {
        GrowthFit r = quadratic();
        SvgChart chart = ComplexityPage.chart("g", r, GrowthClass.LINEAR);
        String svg = chart.render("");
        assertTrue(svg.contains("data-series=\"measured\" data-points=\"5\""), svg);
        // the largest size: 500 ns + 1e-3 x 16,000^2 = 256,500 ns
        assertTrue(svg.contains("cx=\"" + n(chart.px(16_000)) + "\" cy=\"" + n(chart.py(256_500)) + "\""), svg);
        assertTrue(
                svg.contains("data-series=\"O(n^2) (best fit)\" data-points=\"" + ComplexityPage.CURVE_POINTS + "\""),
                svg);
        assertTrue(svg.contains("data-series=\"" + r.runnerUp().notation() + " (runner-up)\""), svg);
        assertTrue(svg.contains("data-series=\"O(n) (expected)\""), svg);
        assertEquals(4, count(svg, "data-series="), svg);
    }

    @Test
    void theExpectedClassIsDrawnOnceWhenItFitsBest() {
        String svg =
                ComplexityPage.chart("g", quadratic(), GrowthClass.QUADRATIC).render("");
        assertTrue(svg.contains("data-series=\"O(n^2) (best fit, expected)\""), svg);
        assertEquals(3, count(svg, "data-series="), svg);
    }

    @Test
    void thePageLinksBackAndEscapesTheNameAndTheReport() {
        String html = ComplexityPage.render(
                "Dedup.<list>()",
                quadratic(),
                GrowthClass.LINEAR,
                TestOutcome.FAILED,
                "report <text>",
                "Dedup.list.complexity.json");
        assertTrue(html.contains("href=\"index.html\""), html);
        assertTrue(html.contains("href=\"Dedup.list.complexity.json\""), html);
        assertTrue(html.contains("Dedup.&lt;list&gt;()"), html);
        assertTrue(html.contains("report &lt;text&gt;"), html);
        assertFalse(html.contains("<list>"), html);
        assertTrue(html.contains("<svg"), html);
    }
}
