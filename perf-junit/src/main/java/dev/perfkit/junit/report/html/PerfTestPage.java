package dev.perfkit.junit.report.html;

import dev.perfkit.junit.baseline.History;
import dev.perfkit.junit.measure.jvm.JvmActivity;
import dev.perfkit.junit.metric.Metric;
import dev.perfkit.junit.metric.TestOutcome;
import dev.perfkit.junit.perftest.BudgetVerdict;
import dev.perfkit.junit.perftest.Measurement;
import dev.perfkit.junit.report.format.PercentileCurve;
import dev.perfkit.junit.report.format.Phrases;
import dev.perfkit.profile.Profile;
import java.util.ArrayList;
import java.util.List;

/**
 * The page of one performance test: its outcome, the latency distribution with the budget lines, the warm-up and
 * measurement windows, the JVM guards and cautions, the kept baseline's history when there is one, flame graphs of
 * the profile when one was taken, and the report text the console and the failure message show. Stateless.
 */
public final class PerfTestPage {

    private PerfTestPage() {}

    /**
     * Renders the page.
     *
     * @param test the test's name
     * @param report the report text ({@code PerfTestText.format})
     * @param json the JSON result's file name, beside the page
     * @param history the kept baseline's history of the test, or null when there is no kept baseline
     * @param profile the profile of extra calls (its JFR file, if kept, lies beside the page), or null when none was
     *     taken
     */
    public static String render(
            String test, Measurement m, BudgetVerdict v, String report, String json, History history, Profile profile) {
        TestOutcome outcome = v.outcome();
        String jfr = profile == null
                ? null
                : profile.jfrFile().map(f -> f.getFileName().toString()).orElse(null);
        StringBuilder body = new StringBuilder();
        body.append("<nav>")
                .append(Html.link(IndexPage.FILE, "all results of the run"))
                .append(" · ")
                .append(Html.link(json, "JSON result"))
                .append(jfr == null ? "" : " · " + Html.link(jfr, "JFR profile (JDK Mission Control)"))
                .append("</nav>\n<h1>")
                .append(Html.escape(test))
                .append("</h1>\n<p>")
                .append(Html.badge(outcome))
                .append(' ')
                .append(Html.escape(Phrases.headline(v)))
                .append("</p>\n");

        body.append("<h2>Latency distribution</h2>\n");
        List<PercentileCurve.Point> curve = PercentileCurve.of(m.latency());
        SvgChart distribution =
                DistributionChart.chart("distribution", curve, m.latency().count(), v.results());
        if (distribution == null) {
            body.append("<p>No samples.</p>\n");
        } else {
            body.append(distribution.render(
                    "Latency against percentile from " + m.latency().count() + " samples. "
                            + "Each step to the right is ten times rarer (90%, 99%, 99.9%, ...), so the tail gets the "
                            + "room; dashed "
                            + "lines are the test's latency budgets. Hover a point for its value."));
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"percentile", "latency (ns)"});
            for (PercentileCurve.Point p : curve) {
                rows.add(new String[] {
                    p.percentile() >= 100 ? "max" : Metric.percentileName(p.percentile()), String.valueOf(p.nanos())
                });
            }
            body.append("<details><summary>The plotted points</summary>\n")
                    .append(Html.table(rows))
                    .append("</details>\n");
        }

        body.append("<h2>Warm-up and steadiness</h2>\n<p>")
                .append(Html.escape("warm-up: " + m.warmupText()))
                .append("</p>\n");
        SvgChart warmup = WarmupChart.chart("warmup", m);
        if (warmup == null) {
            body.append("<p>No window was completed, so there is nothing to plot.</p>\n");
        } else {
            body.append(warmup.render("The median latency of each "
                    + dev.perfkit.Units.formatNanos(m.plan().windowNanos())
                    + " window of the leading thread: the warm-up's windows, where it ended, and the measurement's "
                    + "windows "
                    + "after it (drawn one window length apart). A warm-up has settled when the last three medians "
                    + "agree and "
                    + "the JVM is quiet."));
        }

        body.append("<h2>JVM guards while measuring</h2>\n").append(guards(m.jvm()));
        List<String> cautions = m.cautions();
        body.append(
                cautions.isEmpty()
                        ? "<p>No cautions: the JVM was quiet and the windows were stationary.</p>\n"
                        : "<p>Cautions: the figures may be off.</p>\n<ul>\n");
        for (String c : cautions) {
            body.append("<li>").append(Html.escape(c)).append("</li>\n");
        }
        body.append(cautions.isEmpty() ? "" : "</ul>\n");

        if (history != null) {
            body.append("<h2>History from the kept baseline</h2>\n");
            int i = 0;
            for (Metric metric : history.now().byMetric().keySet()) {
                SvgChart chart = HistoryChart.chart("history-" + i++, metric, history);
                if (chart != null) {
                    body.append(chart.render("Each kept recording, oldest first, then this run. Red rings mark a "
                            + "regression beyond the tolerance: a recording against the one before it, this run "
                            + "against the "
                            + "kept figures (the rule that fails the test)."));
                }
            }
        }

        if (profile != null) {
            body.append(ProfileSection.render("Profile of extra calls", "flame", profile));
        }

        body.append("<h2>Report</h2>\n").append(Html.pre(report));
        return Html.page(test + " - perfkit", body.toString());
    }

    private static String guards(JvmActivity jvm) {
        if (jvm == null) {
            return "<p>Not watched.</p>\n";
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"guard", "while measuring"});
        rows.add(new String[] {"young GCs", count(jvm.youngGcs())});
        rows.add(new String[] {"old GCs", count(jvm.oldGcs())});
        rows.add(new String[] {"heap growth", bytes(jvm.heapGrowthBytes())});
        rows.add(new String[] {"eden growth", bytes(jvm.edenGrowthBytes())});
        rows.add(new String[] {"JIT compilation", jvm.jitMillis() < 0 ? "unknown" : jvm.jitMillis() + " ms"});
        rows.add(new String[] {"minor page faults", count(jvm.minorFaults())});
        rows.add(new String[] {
            "CPU time of the leading thread",
            jvm.cpuNanos() < 0 ? "unknown" : dev.perfkit.Units.formatNanos(jvm.cpuNanos())
        });
        return Html.table(rows);
    }

    private static String count(long v) {
        return v < 0 ? "unknown" : String.valueOf(v);
    }

    private static String bytes(long v) {
        return (v < 0 ? "-" : "") + dev.perfkit.Units.formatBytes(Math.abs(v));
    }
}
