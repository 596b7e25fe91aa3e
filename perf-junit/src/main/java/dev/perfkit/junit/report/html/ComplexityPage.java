package dev.perfkit.junit.report.html;

import dev.perfkit.Units;
import dev.perfkit.junit.complexity.GrowthClass;
import dev.perfkit.junit.complexity.GrowthFit;
import dev.perfkit.junit.metric.TestOutcome;
import dev.perfkit.junit.report.format.ComplexityText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A complexity test's page: the measured time per call at each size with the fitted curves of the best class, the
 * runner-up and the expected class (log-log axes, where every power law is a straight line of its own slope), and
 * the report text with the fit table. Stateless.
 */
public final class ComplexityPage {

    /** Points per fitted curve: enough for a smooth line between the sizes. */
    static final int CURVE_POINTS = 48;

    private ComplexityPage() {}

    /**
     * The page.
     *
     * @param test the test's name
     * @param r the fit
     * @param expect the expected class, or null when the test states none
     * @param outcome the test's outcome
     * @param report the report text ({@code ComplexityText.message})
     * @param json the JSON result's file name, beside the page
     * @return the HTML document
     */
    public static String render(
            String test, GrowthFit r, GrowthClass expect, TestOutcome outcome, String report, String json) {
        StringBuilder body = new StringBuilder();
        body.append("<nav>")
                .append(Html.link(IndexPage.FILE, "all results of the run"))
                .append(" · ")
                .append(Html.link(json, "JSON result"))
                .append("</nav>\n<h1>")
                .append(Html.escape(test))
                .append("</h1>\n<p>")
                .append(Html.badge(outcome))
                .append(' ')
                .append(Html.escape(ComplexityText.verdict(r, expect)))
                .append("</p>\n<h2>Time per call against input size</h2>\n");
        SvgChart chart = chart("growth", r, expect);
        body.append(chart.render("The typical time per call at each size (dots) and the fitted curves: on log-log axes "
                + "O(n) is a line of slope 1 and O(n^2) of slope 2, so the class that follows the dots is the growth. "
                + "Hover "
                + "a point for its value."));
        body.append("<h2>Fit and report</h2>\n").append(Html.pre(report));
        return Html.page(test + ": complexity", body.toString());
    }

    /**
     * The chart: the measured points and the fitted curves of the best class, the runner-up and the expected class
     * (once each; the expected one dashed in grey when it is neither).
     *
     * @param id the chart's element id
     * @param r the fit
     * @param expect the expected class, or null
     * @return the chart
     */
    public static SvgChart chart(String id, GrowthFit r, GrowthClass expect) {
        long[] sizes = r.sizes();
        double[] typical = r.typicalNanos();
        double[] xs = new double[sizes.length];
        String[] labels = new String[sizes.length];
        double lo = Double.MAX_VALUE;
        double hi = 0;
        for (int i = 0; i < sizes.length; i++) {
            xs[i] = sizes[i];
            labels[i] = String.format(Locale.ROOT, "n = %d: %s per call", sizes[i], Units.formatNanos(typical[i]));
            lo = Math.min(lo, typical[i]);
            hi = Math.max(hi, typical[i]);
        }
        List<GrowthClass> drawn = new ArrayList<>();
        drawn.add(r.best());
        if (r.runnerUp() != r.best()) {
            drawn.add(r.runnerUp());
        }
        if (expect != null && !drawn.contains(expect)) {
            drawn.add(expect);
        }
        List<double[][]> curves = new ArrayList<>();
        for (GrowthClass c : drawn) {
            double[][] curve = r.curve(c, CURVE_POINTS);
            curves.add(curve);
            for (double v : curve[1]) {
                if (v > 0 && Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        lo = Math.max(lo, 1e-3);
        hi = Math.max(hi, lo * 2);
        Axis x = Axis.log("input size n (log scale)", sizes[0] / 1.25, sizes[sizes.length - 1] * 1.25, Axis::number);
        // the unit of the middle of the range keeps tick labels short at both ends
        TimeScale unit = TimeScale.of(Math.sqrt(lo * hi));
        Axis y = Axis.log("time per call (" + unit.symbol() + ", log scale)", lo / 1.5, hi * 1.5, unit::label);
        SvgChart chart = new SvgChart(
                id,
                "Growth: " + r.best().notation() + " fits best",
                String.format(
                        Locale.ROOT,
                        "Time per call at %d sizes from %d to %d, with the fitted curves of %s.",
                        sizes.length,
                        sizes[0],
                        sizes[sizes.length - 1],
                        String.join(
                                ", ", drawn.stream().map(GrowthClass::notation).toList())),
                x,
                y);
        String[] colors = {Palette.BLUE, Palette.ORANGE, Palette.GREY};
        for (int k = 0; k < drawn.size(); k++) {
            GrowthClass c = drawn.get(k);
            double[][] curve = curves.get(k);
            String role = c == r.best() ? "best fit" : c == r.runnerUp() ? "runner-up" : "expected";
            if (c == expect && role.equals("best fit")) {
                role = "best fit, expected";
            } else if (c == expect && role.equals("runner-up")) {
                role = "runner-up, expected";
            }
            String[] curveLabels = new String[curve[0].length];
            for (int j = 0; j < curveLabels.length; j++) {
                curveLabels[j] = String.format(
                        Locale.ROOT, "%s at n = %.0f: %s", c.notation(), curve[0][j], Units.formatNanos(curve[1][j]));
            }
            // a fitted curve is a line; the dots are the measurements
            chart.add(new Series(
                    c.notation() + " (" + role + ")", colors[k], curve[0], curve[1], true, false, false, curveLabels));
        }
        chart.add(Series.points("measured", Palette.PURPLE, xs, typical, false, labels));
        return chart;
    }
}
