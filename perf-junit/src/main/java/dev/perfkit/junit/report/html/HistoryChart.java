package dev.perfkit.junit.report.html;

import dev.perfkit.junit.baseline.History;
import dev.perfkit.junit.baseline.KeptFigures;
import dev.perfkit.junit.metric.Check;
import dev.perfkit.junit.metric.Metric;
import dev.perfkit.junit.metric.MetricChange;
import dev.perfkit.junit.metric.MetricKind;
import java.util.ArrayList;
import java.util.List;

/**
 * One figure of a test over its kept baseline's recordings and this run, with every regression flagged by the rule
 * the kept baseline applies ({@link MetricChange#kept}: worse beyond the tolerance): a recording against the one before
 * it, and this run against the figures the file keeps. Stateless.
 */
public final class HistoryChart {

    private HistoryChart() {}

    /** Whether {@code after} regressed against {@code before} by the kept baseline's rule; false when either is NaN. */
    public static boolean regressed(Metric m, double before, double after, double tolerance) {
        return Double.isFinite(before)
                && Double.isFinite(after)
                && before > 0
                && after > 0
                && MetricChange.kept(m, before, after, tolerance).check() == Check.FAIL;
    }

    /** The chart of {@code metric}, or null when no recording and not this run has a value for it. */
    public static SvgChart chart(String id, Metric metric, History h) {
        List<History.Entry> entries = h.entries();
        int n = entries.size();
        double[] xs = new double[n];
        double[] ys = new double[n];
        String[] labels = new String[n];
        List<double[]> flagged = new ArrayList<>();
        double lo = Double.MAX_VALUE;
        double hi = 0;
        MetricKind kind = metric.kind();
        double previous = Double.NaN;
        for (int i = 0; i < n; i++) {
            History.Entry e = entries.get(i);
            double v = value(e.figures(), metric);
            xs[i] = i + 1;
            ys[i] = v;
            boolean worse = regressed(metric, previous, v, h.tolerance());
            labels[i] = "recording " + (i + 1) + ", " + e.recorded()
                    + (e.commit().isEmpty() ? "" : ", commit " + shortCommit(e.commit())) + ": " + kind.format(v)
                    + (worse ? " (regression)" : "");
            if (worse) {
                flagged.add(new double[] {i + 1, v});
            }
            if (Double.isFinite(v)) {
                previous = v;
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        double now = value(h.now(), metric);
        double kept = h.kept() == null ? Double.NaN : value(h.kept(), metric);
        boolean nowWorse = regressed(metric, kept, now, h.tolerance());
        if (Double.isFinite(now)) {
            lo = Math.min(lo, now);
            hi = Math.max(hi, now);
        }
        if (hi == 0 && lo == Double.MAX_VALUE) {
            return null;
        }
        if (nowWorse) {
            flagged.add(new double[] {n + 1, now});
        }
        double limit = Double.NaN;
        if (Double.isFinite(kept) && kept > 0) {
            limit = kind.isMinimum() ? kept / (1 + h.tolerance()) : kept * (1 + h.tolerance());
            hi = Math.max(hi, limit);
        }
        double unit = kind == MetricKind.TIME ? TimeScale.of(hi).nanos() : 1;
        String symbol = kind == MetricKind.TIME ? TimeScale.of(hi).symbol() : kind.unit();
        Axis y = Axis.linear(
                metric.label() + " (" + symbol + ")", 0, Math.max(hi * 1.15, 1e-9), v -> Axis.number(v / unit));
        Axis x = Axis.linear(
                "recording (oldest first; the last point is this run)",
                0.5,
                n + 1.5,
                v -> v == Math.rint(v) && v >= 1 && v <= n ? Axis.number(v) : v == n + 1 ? "now" : "");
        double[] fx = new double[flagged.size()];
        double[] fy = new double[flagged.size()];
        String[] fl = new String[flagged.size()];
        for (int i = 0; i < fx.length; i++) {
            fx[i] = flagged.get(i)[0];
            fy[i] = flagged.get(i)[1];
            fl[i] = "regression beyond " + Axis.number(h.tolerance() * 100) + "%: " + kind.format(fy[i]);
        }
        SvgChart chart = new SvgChart(
                        id,
                        metric.label() + " over the kept recordings",
                        n + " recordings of the kept "
                                + "baseline and this run; " + fx.length
                                + " flagged as a regression beyond the tolerance of "
                                + Axis.number(h.tolerance() * 100) + "%.",
                        x,
                        y)
                .add(Series.line("kept recordings", Palette.PURPLE, xs, ys, labels))
                .add(Series.points(
                        h.recording() ? "this run (being recorded)" : "this run",
                        Palette.BLUE,
                        new double[] {n + 1},
                        new double[] {now},
                        false,
                        new String[] {
                            "this run: " + kind.format(now) + (nowWorse ? " (regression against the kept figures)" : "")
                        }))
                .add(Series.points("regression beyond the tolerance", Palette.RED, fx, fy, true, fl));
        if (Double.isFinite(limit)) {
            chart.horizontal(
                    "regression threshold: kept " + kind.format(kept) + (kind.isMinimum() ? " / " : " x ")
                            + Axis.number(1 + h.tolerance()),
                    Palette.RED,
                    limit,
                    true);
        }
        return chart;
    }

    private static double value(KeptFigures f, Metric m) {
        Double v = f.byMetric().get(m);
        return v == null ? Double.NaN : v;
    }

    private static String shortCommit(String commit) {
        return commit.length() > 12 ? commit.substring(0, 12) : commit;
    }
}
