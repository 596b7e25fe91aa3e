package dev.perfkit.junit.report.html;

import dev.perfkit.junit.compare.SequentialComparison;
import dev.perfkit.junit.metric.Check;
import dev.perfkit.junit.metric.Metric;
import dev.perfkit.junit.metric.MetricChange;
import java.util.Arrays;
import java.util.Locale;

/**
 * One metric of a comparison, round by round: each round's improvement factor (the rounds kept for the verdict as
 * dots, the leading rounds left out as a transient as hollow dots), the estimate and its confidence interval as a
 * band over the kept rounds, the relative budget as a dashed line and "no change" (1x) as a grey one. A change of
 * regime shows as two levels of dots. Stateless.
 */
public final class RoundsChart {

    private RoundsChart() {}

    /**
     * The chart.
     *
     * @param row the metric's report row: estimate, interval and budget
     * @param before the baseline's value in each round
     * @param after the candidate's value in each round
     * @param dropped how many leading rounds were left out
     */
    public static SvgChart chart(String id, MetricChange row, double[] before, double[] after, int dropped) {
        Metric m = row.metric();
        double[] factors = SequentialComparison.factors(m, before, after);
        int n = factors.length;
        double lo = 1;
        double hi = 1;
        for (double f : factors) {
            lo = Math.min(lo, f);
            hi = Math.max(hi, f);
        }
        double[] marks = {
            row.estimate().low(), row.estimate().high(), row.estimate().estimate(), row.minFactor()
        };
        for (double v : marks) {
            if (Double.isFinite(v) && v > 0) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        Axis x = Axis.linear("round", 0.5, Math.max(n, 1) + 0.5, v -> v == Math.rint(v) ? Axis.number(v) : "");
        Axis y = Axis.log(
                "improvement factor (x, " + m.kind().better() + " is above 1; log scale)",
                lo / 1.25,
                hi * 1.25,
                v -> Axis.number(v) + "x");
        double[] keptX = new double[Math.max(0, n - dropped)];
        double[] droppedX = new double[Math.min(n, dropped)];
        String[] keptLabels = new String[keptX.length];
        String[] droppedLabels = new String[droppedX.length];
        for (int i = 0; i < n; i++) {
            String label = String.format(Locale.ROOT, "round %d: %.2fx", i + 1, factors[i]);
            if (i < dropped) {
                droppedX[i] = i + 1;
                droppedLabels[i] = label + " (left out as a transient)";
            } else {
                keptX[i - dropped] = i + 1;
                keptLabels[i - dropped] = label;
            }
        }
        double[] keptY = Arrays.copyOfRange(factors, Math.min(n, dropped), n);
        double[] droppedY = Arrays.copyOfRange(factors, 0, Math.min(n, dropped));
        SvgChart chart = new SvgChart(
                id,
                m.label() + ": factor per round",
                String.format(
                        Locale.ROOT,
                        "The improvement factor of %s in each of %d rounds (%d left out as a transient), the estimate "
                                + "%.2fx with its "
                                + "interval [%.2fx, %.2fx]%s.",
                        m.name(),
                        n,
                        dropped,
                        row.estimate().estimate(),
                        row.estimate().low(),
                        row.estimate().high(),
                        Double.isNaN(row.minFactor())
                                ? ""
                                : String.format(Locale.ROOT, " and the budget %sx", Axis.number(row.minFactor()))),
                x,
                y);
        if (Double.isFinite(row.estimate().low())
                && Double.isFinite(row.estimate().high())) {
            chart.band(
                    String.format(
                            Locale.ROOT,
                            "%s interval [%.2fx, %.2fx] over the kept rounds",
                            level(row.estimate().confidence()),
                            row.estimate().low(),
                            row.estimate().high()),
                    Palette.BLUE,
                    dropped + 0.5,
                    n + 0.5,
                    row.estimate().low(),
                    row.estimate().high());
        }
        chart.add(Series.points("rounds kept", Palette.BLUE, keptX, keptY, false, keptLabels));
        if (dropped > 0) {
            chart.add(Series.points(
                    "rounds left out as a transient", Palette.GREY, droppedX, droppedY, true, droppedLabels));
        }
        if (Double.isFinite(row.estimate().estimate())) {
            chart.horizontal(
                    String.format(Locale.ROOT, "estimate %.2fx", row.estimate().estimate()),
                    Palette.BLUE,
                    row.estimate().estimate(),
                    false);
        }
        if (!Double.isNaN(row.minFactor())) {
            chart.horizontal(
                    "budget: at least " + Axis.number(row.minFactor()) + "x "
                            + m.kind().better() + " (" + row.check() + ")",
                    row.check() == Check.PASS ? Palette.GREEN : Palette.RED,
                    row.minFactor(),
                    true);
        }
        chart.horizontal("no change (1x)", Palette.GREY, 1, true);
        return chart;
    }

    private static String level(double confidence) {
        return java.math.BigDecimal.valueOf(confidence * 100)
                        .setScale(2, java.math.RoundingMode.HALF_UP)
                        .stripTrailingZeros()
                        .toPlainString()
                + "%";
    }
}
