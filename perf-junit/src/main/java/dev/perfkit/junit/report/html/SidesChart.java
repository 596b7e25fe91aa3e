package dev.perfkit.junit.report.html;

import dev.perfkit.junit.metric.Metric;
import dev.perfkit.junit.metric.MetricKind;
import java.util.Locale;

/**
 * Both sides of a comparison, round by round, overlaid: the baseline's and the candidate's value of one metric in
 * every round (a latency percentile of the round, the allocation per call or the throughput), so a side that drifts
 * or jumps shows apart from the factor. Stateless.
 */
public final class SidesChart {

    private SidesChart() {}

    /** The chart of {@code metric}'s values per round. */
    public static SvgChart chart(String id, Metric metric, double[] before, double[] after, int dropped) {
        int n = before.length;
        double lo = Double.MAX_VALUE;
        double hi = 0;
        for (double[] side : new double[][] {before, after}) {
            for (double v : side) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        MetricKind kind = metric.kind();
        Axis y;
        if (kind == MetricKind.TIME) {
            TimeScale unit = TimeScale.of(hi);
            y = lo > 0 && hi / lo > 20
                    ? Axis.log(metric.name() + " (" + unit.symbol() + ", log scale)", lo / 1.2, hi * 1.2, unit::label)
                    : Axis.linear(metric.name() + " (" + unit.symbol() + ")", 0, Math.max(1, hi * 1.1), unit::label);
        } else {
            y = lo > 0 && hi / lo > 20
                    ? Axis.log(metric.name() + " (" + kind.unit() + ", log scale)", lo / 1.2, hi * 1.2, Axis::number)
                    : Axis.linear(metric.name() + " (" + kind.unit() + ")", 0, Math.max(1, hi * 1.1), Axis::number);
        }
        Axis x = Axis.linear("round", 0.5, Math.max(n, 1) + 0.5, v -> v == Math.rint(v) ? Axis.number(v) : "");
        double[] xs = new double[n];
        String[] bl = new String[n];
        String[] cl = new String[n];
        for (int i = 0; i < n; i++) {
            xs[i] = i + 1;
            bl[i] = "baseline, round " + (i + 1) + ": " + kind.format(before[i]);
            cl[i] = "candidate, round " + (i + 1) + ": " + kind.format(after[i]);
        }
        SvgChart chart = new SvgChart(
                        id,
                        metric.label() + ": both sides per round",
                        String.format(
                                Locale.ROOT,
                                "The baseline's and the candidate's %s in each of %d rounds.",
                                metric.name(),
                                n),
                        x,
                        y)
                .add(Series.line("baseline", Palette.ORANGE, xs, before, bl))
                .add(Series.line("candidate", Palette.GREEN, xs, after, cl));
        if (dropped > 0) {
            chart.vertical("rounds 1-" + dropped + " left out as a transient", Palette.GREY, dropped + 0.5);
        }
        return chart;
    }
}
