package dev.perfkit.junit.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Axes, pixel positions, series, reference lines and escaping of the SVG charts, on known inputs. */
class SvgChartTest {

    private static SvgChart chart() {
        return new SvgChart(
                "c",
                "Title",
                "What it shows.",
                Axis.linear("x (s)", 0, 10, Axis::number),
                Axis.linear("y (ms)", 0, 100, Axis::number));
    }

    @Test
    void axesMapValuesToFractionsLinearlyOrLogarithmically() {
        Axis linear = Axis.linear("x", 0, 200, Axis::number);
        assertEquals(0.25, linear.fraction(50), 1e-12);
        assertEquals(0, linear.fraction(-5), "clamped below");
        assertEquals(1, linear.fraction(500), "clamped above");
        Axis log = Axis.log("y", 1, 1000, Axis::number);
        assertEquals(1 / 3.0, log.fraction(10), 1e-12);
        assertEquals(2 / 3.0, log.fraction(100), 1e-12);
        assertEquals(
                List.of(1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0, 200.0, 500.0, 1000.0),
                log.ticks().stream().map(Axis.Tick::value).toList(),
                "1, 2 and 5 per decade over three decades");
        assertEquals(
                List.of(1.0, 10.0, 100.0, 1000.0, 10000.0),
                Axis.log("y", 1, 10000, Axis::number).ticks().stream()
                        .map(Axis.Tick::value)
                        .toList(),
                "powers of ten only over more");
        assertEquals(
                List.of("0", "50", "100", "150", "200"),
                linear.ticks().stream().map(Axis.Tick::label).toList());
        assertThrows(
                IllegalArgumentException.class,
                () -> Axis.withTicks("z", 0, 10, true, List.of()),
                "a log axis cannot start at 0");
    }

    @Test
    void pixelsOfKnownPoints() {
        SvgChart c = chart();
        assertEquals(SvgChart.LEFT, c.px(0));
        assertEquals(SvgChart.RIGHT, c.px(10));
        assertEquals(410, c.px(5)); // 84 + 0.5 * (736 - 84)
        assertEquals(SvgChart.BOTTOM, c.py(0));
        assertEquals(SvgChart.TOP, c.py(100));
        assertEquals(183, c.py(50)); // 322 - 0.5 * (322 - 44)
    }

    @Test
    void rendersEverySeriesWithItsPointsAndEveryLineAtItsRow() {
        String svg = chart().add(Series.line(
                        "latency", "#000", new double[] {0, 5, 10}, new double[] {0, 50, 100}, new String[] {
                            "a", "b", "c"
                        }))
                .add(Series.points(
                        "gaps", "#111", new double[] {1, Double.NaN, 3}, new double[] {10, 20, 30}, true, null))
                .horizontal("budget 75 ms", "#c00", 75, true)
                .vertical("settled", "#0c0", 5)
                .band("interval", "#00c", 2, 4, 20, 40)
                .render("caption");
        assertTrue(svg.contains("<g class=\"series\" data-series=\"latency\" data-points=\"3\">"), svg);
        assertTrue(svg.contains("points=\"84,322 410,183 736,44\""), svg);
        assertTrue(
                svg.contains("<g class=\"series\" data-series=\"gaps\" data-points=\"2\">"),
                "NaN points are not drawn");
        assertEquals(
                7, count(svg, "<circle cx=\"[0-9.]+\" cy=\"[0-9.]+\" r=\"3.2\""), "3 + 2 dots, 1 per legend entry");
        assertTrue(svg.contains("data-reference=\"budget 75 ms\" data-y=\"113.5\""), svg); // 322 - 0.75 * 278
        assertTrue(svg.contains("data-reference=\"settled\" data-x=\"410\""), svg);
        assertTrue(svg.contains("<title id=\"c-title\">Title</title>") && svg.contains("role=\"img\""), svg);
        assertTrue(svg.contains(">x (s)</text>") && svg.contains(">y (ms)</text>"), "axis labels with units");
        assertEquals(5, count(svg, "<g class=\"legend-item\">"), "a legend entry per series, line and band");
        assertTrue(svg.contains("<figcaption>caption</figcaption>"), svg);
    }

    @Test
    void escapesTextEverywhere() {
        String nasty = "Tests<T>.run(\"a\" & 'b')";
        String svg = new SvgChart(
                        "c", nasty, nasty, Axis.linear(nasty, 0, 1, Axis::number), Axis.linear("y", 0, 1, v -> nasty))
                .add(Series.line(nasty, "#000", new double[] {0}, new double[] {0}, new String[] {nasty}))
                .horizontal(nasty, "#000", 0.5, false)
                .render("");
        assertFalse(svg.contains(nasty), "never raw");
        assertFalse(svg.contains("<T>"), svg);
        String escaped = "Tests&lt;T&gt;.run(&quot;a&quot; &amp; &#39;b&#39;)";
        assertTrue(count(svg, Pattern.quote(escaped)) >= 7, svg);
        assertEquals("a%5B2%5D.html", Html.href("a[2].html"));
        assertEquals("A$B.m%23x%3F%20y.html", Html.href("A$B.m#x? y.html"));
        assertThrows(
                IllegalArgumentException.class,
                () -> new SvgChart(
                        "1\"x", "t", "d", Axis.linear("x", 0, 1, Axis::number), Axis.linear("y", 0, 1, Axis::number)));
    }

    static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
