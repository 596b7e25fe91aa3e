package dev.perfkit.junit.report.html;

import dev.perfkit.junit.compare.PairedRounds;
import dev.perfkit.junit.compare.SequentialVerdict;
import dev.perfkit.junit.metric.Check;
import dev.perfkit.junit.metric.Metric;
import dev.perfkit.junit.metric.MetricChange;
import dev.perfkit.junit.metric.MetricKind;
import dev.perfkit.junit.metric.TestOutcome;
import dev.perfkit.junit.report.format.ComparisonMarkdown;
import dev.perfkit.junit.report.format.Phrases;
import dev.perfkit.profile.ProfileDiff;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The page of one comparison: the verdict, the Performance Optimization Report as a table, and for every metric the
 * improvement factor per round (kept and dropped rounds, the interval, the budget) and both sides' values per round,
 * then flame graphs of both sides' profiles when the comparison was profiled, and the whole Markdown report.
 * Stateless.
 */
public final class ComparisonPage {

    private ComparisonPage() {}

    /**
     * Renders the page.
     *
     * @param test the test's name
     * @param bottleneck the bottleneck as {@code @Compare} describes it
     * @param change the change as {@code @Compare} describes it
     * @param rounds every round's values per side
     * @param markdown the comparison's Markdown report
     * @param files the files beside the page to link, by text ({@code JSON result} to its file name)
     * @param profile both sides' profiles of extra calls after the rounds (taken when the comparison failed, or always
     *     with {@code perfkit.profile = always}), drawn as flame graphs; null when none was taken
     */
    public static String render(
            String test,
            String bottleneck,
            String change,
            SequentialVerdict r,
            PairedRounds rounds,
            TestOutcome outcome,
            String markdown,
            Map<String, String> files,
            ProfileDiff profile) {
        StringBuilder body = new StringBuilder("<nav>").append(Html.link(IndexPage.FILE, "all results of the run"));
        files.forEach((text, file) -> body.append(" · ").append(Html.link(file, text)));
        Check verdict = r.outcome();
        body.append("</nav>\n<h1>")
                .append(Html.escape(test))
                .append("</h1>\n<p>")
                .append(Html.badge(outcome))
                .append(" <strong>Verdict: ")
                .append(verdict == null ? "none" : verdict.name())
                .append("</strong>: ")
                .append(Html.escape(ComparisonMarkdown.verdict(r)))
                .append("</p>\n");
        body.append("<h2>Performance Optimization Report</h2>\n<h3>Bottleneck Identified</h3>\n<p>")
                .append(Html.escape(text(bottleneck)))
                .append("</p>\n<h3>Change Applied</h3>\n<p>")
                .append(Html.escape(text(change)))
                .append("</p>\n<h3>Results</h3>\n");
        List<String[]> cells = new ArrayList<>();
        cells.add(new String[] {"Metric", "Before", "After", "Improvement", "Evidence"});
        for (MetricChange row : r.reportRows()) {
            MetricKind kind = row.metric().kind();
            cells.add(new String[] {
                row.metric().label(),
                kind.cell(row.before()),
                kind.cell(row.after()),
                Phrases.improvement(row),
                Phrases.evidence(row).replace("**", "")
            });
        }
        body.append(Html.table(cells));
        r.unmeasurable()
                .forEach((m, why) -> body.append("<p>")
                        .append(Html.escape(m.label() + ": " + why))
                        .append("</p>\n"));
        if (!r.stability().isEmpty()) {
            body.append("<p>Stability: ").append(Html.escape(r.stability())).append("</p>\n");
        }

        int dropped = r.dropped();
        int i = 0;
        for (Map.Entry<Metric, MetricChange> e : r.rows().entrySet()) {
            Metric m = e.getKey();
            double[] before = rounds.baseline(m);
            double[] after = rounds.candidate(m);
            body.append("<h2>").append(Html.escape(m.label())).append("</h2>\n");
            body.append(RoundsChart.chart("factors-" + i, e.getValue(), before, after, dropped)
                    .render("The factor of each round, candidate over baseline in the metric's direction (above 1 is "
                            + Html.escape(m.kind().better())
                            + "). The band is the interval the verdict rests on, over the rounds "
                            + "kept; hollow dots are leading rounds left out as a transient. Two levels of dots would "
                            + "be a change "
                            + "of regime."));
            body.append(SidesChart.chart("sides-" + i, m, before, after, dropped)
                    .render("Each side's value of " + Html.escape(m.name())
                            + " in every round, baseline and candidate overlaid."));
            i++;
        }
        if (profile != null) {
            body.append(ProfileSection.render("Baseline's profile of extra calls", "baseline-flame", profile.before()))
                    .append(ProfileSection.render(
                            "Candidate's profile of extra calls", "candidate-flame", profile.after()));
        }
        body.append("<h2>The report as Markdown</h2>\n").append(Html.pre(markdown));
        return Html.page(test + " - perfkit comparison", body.toString());
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? "(not described)" : s.strip();
    }
}
