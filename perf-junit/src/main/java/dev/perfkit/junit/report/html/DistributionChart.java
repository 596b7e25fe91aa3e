package dev.perfkit.junit.report.html;

import dev.perfkit.Units;
import dev.perfkit.junit.metric.MetricKind;
import dev.perfkit.junit.perftest.JudgedBudget;
import dev.perfkit.junit.report.format.PercentileCurve;
import dev.perfkit.junit.report.format.Phrases;
import java.util.ArrayList;
import java.util.List;

/**
 * The latency distribution of a performance test as HdrHistogram draws it: latency against percentile, the percentile
 * axis on the {@code 1/(1-q)} scale (0 %, 90 %, 99 %, 99.9 %, ... equally spaced) so the tail gets the room, and every
 * time budget (percentile, mean, max) as a dashed horizontal line at its limit, red when missed, each met one in its
 * own colour. Stateless.
 */
public final class DistributionChart {

    private DistributionChart() {}

    /**
     * The chart, or null without samples.
     *
     * @param curve the percentile points ({@link PercentileCurve#of})
     * @param count the samples the curve comes from
     * @param budgets the test's budgets; those on latency are drawn
     */
    public static SvgChart chart(String id, List<PercentileCurve.Point> curve, long count, List<JudgedBudget> budgets) {
        if (curve.isEmpty()) {
            return null;
        }
        double lo = Double.MAX_VALUE;
        double hi = 0;
        for (PercentileCurve.Point p : curve) {
            lo = Math.min(lo, (double) p.nanos());
            hi = Math.max(hi, (double) p.nanos());
        }
        List<JudgedBudget> lines = new ArrayList<>();
        for (JudgedBudget b : budgets) {
            if (b.spec().metric().kind() == MetricKind.TIME && Double.isFinite(b.limit()) && b.limit() > 0) {
                lines.add(b);
                lo = Math.min(lo, b.limit());
                hi = Math.max(hi, b.limit());
            }
        }
        TimeScale unit = TimeScale.of(hi);
        boolean log = lo > 0 && hi / lo > 50;
        Axis y = log
                ? Axis.log("latency (" + unit.symbol() + ", log scale)", lo / 1.2, hi * 1.2, unit::label)
                : Axis.linear("latency (" + unit.symbol() + ")", 0, hi * 1.08, unit::label);
        double xMax = PercentileCurve.scale(100, count);
        List<Axis.Tick> ticks = new ArrayList<>();
        ticks.add(new Axis.Tick(1, "0%"));
        for (int k = 1; Math.pow(10, k) <= xMax; k++) {
            java.math.BigDecimal hundred = java.math.BigDecimal.valueOf(100);
            ticks.add(new Axis.Tick(
                    Math.pow(10, k),
                    hundred.subtract(hundred.divide(java.math.BigDecimal.TEN.pow(k)))
                                    .stripTrailingZeros()
                                    .toPlainString()
                            + "%"));
        }
        Axis x = Axis.withTicks(
                "percentile (1/(1-q) scale; the last point is the maximum)", 1, Math.max(10, xMax), true, ticks);
        double[] xs = new double[curve.size()];
        double[] ys = new double[curve.size()];
        String[] labels = new String[curve.size()];
        for (int i = 0; i < xs.length; i++) {
            PercentileCurve.Point p = curve.get(i);
            xs[i] = PercentileCurve.scale(p.percentile(), count);
            ys[i] = p.nanos();
            labels[i] = (p.percentile() >= 100 ? "max" : dev.perfkit.junit.metric.Metric.percentileName(p.percentile()))
                    + ": " + Units.formatNanos(p.nanos());
        }
        SvgChart chart = new SvgChart(
                id,
                "Latency by percentile",
                "Latency at " + curve.size() + " percentiles from " + count
                        + " samples, from the minimum to the maximum, with " + lines.size() + " budget lines.",
                x,
                y);
        chart.add(Series.line("latency", Palette.BLUE, xs, ys, labels));
        String[] colors = {Palette.ORANGE, Palette.PURPLE, Palette.GREEN, Palette.GREY};
        for (int i = 0; i < lines.size(); i++) {
            JudgedBudget b = lines.get(i);
            chart.horizontal(
                    "budget " + b.spec().name() + " " + Phrases.comparison(b) + " " + MetricKind.TIME.format(b.limit())
                            + " (" + Phrases.word(b.check()) + ")",
                    b.check() == dev.perfkit.junit.metric.Check.FAIL ? Palette.RED : colors[i % colors.length],
                    b.limit(),
                    true);
        }
        return chart;
    }
}
