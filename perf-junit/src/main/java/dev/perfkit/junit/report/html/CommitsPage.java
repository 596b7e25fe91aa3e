package dev.perfkit.junit.report.html;

import dev.perfkit.junit.commits.result.CommitChange;
import dev.perfkit.junit.commits.result.CommitsResult;
import dev.perfkit.junit.commits.result.MeasuredTest;
import dev.perfkit.junit.metric.MetricChange;
import dev.perfkit.junit.report.format.CommitsText;
import java.util.ArrayList;
import java.util.List;

/**
 * The page of one test compared between two commits: the verdict per metric, then for every metric the factor head /
 * base of every round with the interval, and both sides' values per round. Stateless.
 */
public final class CommitsPage {

    private CommitsPage() {}

    /** The page's file name: {@code Class.method.html}. */
    public static String file(MeasuredTest t) {
        return t.test() + ".html";
    }

    /** Renders the page of {@code t}, measured in the run {@code r}. */
    public static String render(CommitsResult r, MeasuredTest t) {
        StringBuilder body =
                new StringBuilder("<h1>").append(Html.escape(t.test())).append("</h1>\n<p>");
        body.append("Base: ")
                .append(Html.escape(r.baseLabel()))
                .append(" · head: ")
                .append(Html.escape(r.headLabel()))
                .append(" · threshold ")
                .append(Html.escape(CommitsText.percent(r.maxSlowdown())))
                .append("</p>\n");
        List<String[]> cells = new ArrayList<>();
        cells.add(new String[] {"Metric", "Base", "Head", "Head / base [interval]", "Verdict", "Detectable"});
        for (CommitChange c : t.rows()) {
            cells.add(new String[] {
                c.metric().label(),
                c.metric().kind().cell(c.base()),
                c.metric().kind().cell(c.head()),
                CommitsText.factor(c),
                c.verdict().name() + (c.beyond() ? " (beyond the threshold)" : ""),
                Double.isFinite(c.detectable()) ? "±" + CommitsText.percent(c.detectable()) : "n/a"
            });
        }
        body.append(Html.table(cells));
        body.append("<p>").append(Html.escape(t.how())).append("</p>\n");
        int i = 0;
        for (CommitChange c : t.rows()) {
            double[] base = t.baseRounds().get(c.metric());
            double[] head = t.headRounds().get(c.metric());
            // the rounds chart plots "after over before" in the metric's direction: head first gives head / base
            MetricChange asChart = MetricChange.compared(c.metric(), c.head(), c.base(), c.factor(), Double.NaN);
            body.append("<h2>").append(Html.escape(c.metric().label())).append("</h2>\n");
            body.append(RoundsChart.chart("factors-" + i, asChart, head, base, t.dropped())
                    .render("The factor of each round, head over base (above 1: the head costs more). The band is "
                            + "the interval the verdict rests on; hollow dots are leading rounds left out as a "
                            + "transient."));
            body.append(SidesChart.chart("sides-" + i, c.metric(), base, head, t.dropped())
                    .render("Both distributions, round by round: the base's (baseline) and the head's (candidate) "
                            + "value of " + Html.escape(c.metricName()) + " in every round."));
            i++;
        }
        return Html.page(t.test() + " - perfkit commits", body.toString());
    }
}
