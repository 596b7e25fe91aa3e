package dev.perfkit.junit.report.html;

import static dev.perfkit.junit.report.html.SvgChartTest.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfkit.junit.baseline.History;
import dev.perfkit.junit.baseline.KeptFigures;
import dev.perfkit.junit.compare.PairedRounds;
import dev.perfkit.junit.compare.SequentialVerdict;
import dev.perfkit.junit.compare.Stop;
import dev.perfkit.junit.measure.WarmupOutcome;
import dev.perfkit.junit.measure.WarmupSpec;
import dev.perfkit.junit.measure.jvm.CpuUse;
import dev.perfkit.junit.measure.jvm.JvmActivity;
import dev.perfkit.junit.metric.Metric;
import dev.perfkit.junit.metric.MetricChange;
import dev.perfkit.junit.metric.Policy;
import dev.perfkit.junit.metric.RatioEstimate;
import dev.perfkit.junit.metric.TestOutcome;
import dev.perfkit.junit.perftest.BudgetSpec;
import dev.perfkit.junit.perftest.BudgetVerdict;
import dev.perfkit.junit.perftest.Measurement;
import dev.perfkit.junit.perftest.PerfTestPlan;
import dev.perfkit.junit.report.format.PercentileCurve;
import dev.perfkit.profile.CallTree;
import dev.perfkit.profile.Profile;
import dev.perfkit.profile.ProfileDiff;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pages and their charts on known figures: what is drawn, where, and that every name is escaped. */
class PagesTest {

    private static final String NASTY = "Tests<T>.run(\"a\" & 'b')";

    /** 1000 samples of 1..1000 ns: a p99 budget of 995 ns (met: p99 is 990 ns) and a mean budget of 400 ns (missed). */
    static Measurement measurement() {
        PerfTestPlan plan = new PerfTestPlan(
                WarmupSpec.Mode.STEADY,
                0,
                10_000_000_000L,
                100_000_000,
                0.05,
                false,
                1_000_000_000L,
                1,
                0,
                List.of(new BudgetSpec(Metric.latency(99), 995), new BudgetSpec(Metric.MEAN, 400)));
        WarmupOutcome warmup = new WarmupOutcome(
                400_000_000,
                5000,
                4,
                true,
                true,
                List.of(),
                new long[] {100_000_000, 200_000_000, 300_000_000, 400_000_000},
                new long[] {4000, 1200, 1010, 1000});
        return new Measurement(
                plan,
                PercentileCurveTest.uniform(1000),
                1000,
                500_500,
                1_000_000_000L,
                1,
                20,
                20,
                warmup,
                -1,
                "off",
                Map.of(),
                new JvmActivity(2, 0, 0, 0, 0, 12, 900_000_000, -1),
                new long[] {500, 510, 505, 495, 500, 502, 499, 501, 500, 498},
                List.of(),
                new CpuUse(900_000_000, 1_000_000_000L, 10_000_000, ""));
    }

    @Test
    void theDistributionChartDrawsEveryPointAndTheBudgetLinesAtTheirLimits() {
        Measurement m = measurement();
        BudgetVerdict v = BudgetVerdict.judge(m, Policy.FAIL, 1);
        List<PercentileCurve.Point> curve = PercentileCurve.of(m.latency());
        SvgChart chart = DistributionChart.chart("d", curve, 1000, v.results());
        String svg = chart.render("");
        assertTrue(svg.contains("data-series=\"latency\" data-points=\"" + curve.size() + "\""), svg);
        // max / min = 1000 > 50: the y axis is logarithmic; x runs from 1 to 2000 (the maximum at twice the count)
        double p99x = chart.px(PercentileCurve.scale(99, 1000));
        double p99y = chart.py(990);
        assertTrue(svg.contains("cx=\"" + n(p99x) + "\" cy=\"" + n(p99y) + "\""), svg);
        assertEquals(n(SvgChart.LEFT + (SvgChart.RIGHT - SvgChart.LEFT) * Math.log(100) / Math.log(2000)), n(p99x));
        assertTrue(
                svg.contains("data-reference=\"budget p99 &lt;= 995 ns (ok)\" data-y=\"" + n(chart.py(995)) + "\""),
                svg);
        assertTrue(
                svg.contains(
                        "data-reference=\"budget mean &lt;= 400 ns (failed)\" data-y=\"" + n(chart.py(400)) + "\""),
                svg);
        assertTrue(svg.contains(">90%</text>") && svg.contains(">99%</text>") && svg.contains(">99.9%</text>"), svg);
    }

    @Test
    void thePerfTestPageShowsEverySectionAndEscapesTheName() {
        Measurement m = measurement();
        BudgetVerdict v = BudgetVerdict.judge(m, Policy.FAIL, 1);
        History history = new History(
                List.of(
                        new History.Entry("2026-01-01T00:00:00Z", "abc", new KeptFigures(500, 2e6, Double.NaN)),
                        new History.Entry("2026-01-02T00:00:00Z", "", new KeptFigures(400, 2.5e6, Double.NaN))),
                new KeptFigures(400, 2.5e6, Double.NaN),
                new KeptFigures(500, 2e6, Double.NaN),
                0.1,
                false);
        String html = PerfTestPage.render(NASTY, m, v, "report of " + NASTY, "x.json", history, null);
        assertFalse(html.contains(NASTY), "the name is escaped");
        assertTrue(html.contains("<h1>Tests&lt;T&gt;.run(&quot;a&quot; &amp; &#39;b&#39;)</h1>"), html);
        assertTrue(html.contains("<title>Tests&lt;T&gt;.run(&quot;a&quot; &amp; &#39;b&#39;) - perfkit</title>"), html);
        assertTrue(html.contains("data-series=\"warm-up window medians\" data-points=\"4\""), html);
        assertTrue(html.contains("data-series=\"measurement window medians\" data-points=\"10\""), html);
        assertTrue(html.contains("data-reference=\"end of warm-up: settled at 400 ms\""), html);
        assertTrue(html.contains("<td>young GCs</td><td class=\"num\">2</td>"), html);
        assertTrue(html.contains("data-series=\"kept recordings\" data-points=\"2\""), html);
        assertTrue(html.contains(Html.badge(TestOutcome.FAILED)), html);
        assertFalse(html.contains("<script"), "no script");
        assertFalse(html.contains("http://") && !html.contains("http://www.w3.org/2000/svg"), "nothing fetched");
        assertEquals(count(html, "<svg "), count(html, "</svg>"));
        assertFalse(html.contains("JFR profile"), "no profile, no link");
    }

    @Test
    void aProfiledTestsPageLinksItsJfrFileAndDrawsFlameGraphs() {
        Measurement m = measurement();
        Profile profile = profile();
        BudgetVerdict failed = BudgetVerdict.judge(m, Policy.FAIL, 1);
        String html = PerfTestPage.render("T.run()", m, failed, "report", "T.run.json", null, profile);
        assertTrue(
                html.contains("href=\"" + Html.href("T.run[2].jfr") + "\">JFR profile (JDK Mission Control)</a>"),
                html);
        assertTrue(html.contains("<h2>Profile of extra calls</h2>"), html);
        assertTrue(
                html.contains("<figure id=\"flame-cpu\">") && html.contains("<figure id=\"flame-allocation\">"), html);
        assertTrue(html.contains("data-method=\"app.Box&lt;T&gt;.&lt;init&gt;\" data-weight=\"2048\""), html);
        assertTrue(html.contains("<title>app.Box&lt;T&gt;.&lt;init&gt;: 2.00 KiB (100.0 %)</title>"), html);
        assertEquals(count(html, "<svg "), count(html, "</svg>"));
        assertFalse(html.contains("<script"), "no script");
    }

    @Test
    void anUnavailableProfileSaysWhyInsteadOfAGraph() {
        Measurement m = measurement();
        BudgetVerdict failed = BudgetVerdict.judge(m, Policy.FAIL, 1);
        String html = PerfTestPage.render(
                "T.run()", m, failed, "report", "T.run.json", null, Profile.unavailable("JFR <off>", Duration.ZERO));
        assertTrue(html.contains("<p>No profile: JFR &lt;off&gt;</p>"), html);
        assertFalse(html.contains("class=\"flame\""), html);
    }

    @Test
    void historyFlagsRegressionsByTheKeptBaselineRule() {
        List<History.Entry> entries = List.of(entry(100), entry(105), entry(130), entry(131), entry(100));
        // 105 vs 100: 5 %; 130 vs 105: 24 % slower, a regression; 131 vs 130: 1 %; 100 vs 131: better
        History h = new History(
                entries, new KeptFigures(100, 1e7, Double.NaN), new KeptFigures(115, 1e7, Double.NaN), 0.1, false);
        SvgChart chart = HistoryChart.chart("h", Metric.latency(50), h);
        String svg = chart.render("");
        assertTrue(svg.contains("data-series=\"regression beyond the tolerance\" data-points=\"2\""), svg);
        assertTrue(svg.contains("<title>regression beyond 10%: 130 ns</title>"), svg);
        assertTrue(svg.contains("<title>regression beyond 10%: 115 ns</title>"), "this run against the kept 100 ns");
        assertTrue(svg.contains("data-y=\"" + n(chart.py(110)) + "\""), "the threshold: kept x 1.1");
        assertTrue(HistoryChart.regressed(Metric.THROUGHPUT, 100, 90, 0.1), "throughput falls by 10 %: 1/0.9 > 1.1");
        assertFalse(HistoryChart.regressed(Metric.THROUGHPUT, 100, 91, 0.1));
        assertNull(
                HistoryChart.chart(
                        "a",
                        Metric.ALLOCATION,
                        new History(List.of(), null, new KeptFigures(1, 1, Double.NaN), 0.1, true)),
                "no allocation figure anywhere");
    }

    private static History.Entry entry(double p50) {
        return new History.Entry("2026-01-01T00:00:00Z", "", new KeptFigures(p50, 1e7, Double.NaN));
    }

    private static Profile profile() {
        return Profile.builder(Duration.ofMillis(1500), Duration.ofMillis(1))
                .jfrFile(Path.of("r", "T.run[2].jfr"))
                .execution(10, 1, List.of())
                .allocation(2, 2048, List.of())
                .callTrees(
                        FlameGraphTest.tree(),
                        CallTree.root(2048, List.of(CallTree.node(FlameGraphTest.GENERIC, 2048, List.of()))))
                .build();
    }

    @Test
    void aProfiledComparisonsPageDrawsEachSidesFlameGraphs() {
        Metric p50 = Metric.latency(50);
        double[] values = new double[20];
        java.util.Arrays.fill(values, 1000);
        MetricChange row = MetricChange.compared(p50, 1000, 1000, new RatioEstimate(0.99, 1, 1.01, 0.9833, 20), 2);
        SequentialVerdict r = new SequentialVerdict(
                new LinkedHashMap<>(Map.of(p50, row)), Map.of(), 20, 1, 0.9833, Stop.DECISIVE, 0, "");
        String html = ComparisonPage.render(
                "C.dedup()",
                "b",
                "c",
                r,
                rounds(p50, values, values),
                TestOutcome.FAILED,
                "report",
                Map.of(),
                ProfileDiff.between(profile(), profile()));
        assertTrue(html.contains("<h2>Baseline&#39;s profile of extra calls</h2>"), html);
        assertTrue(html.contains("<h2>Candidate&#39;s profile of extra calls</h2>"), html);
        for (String id : List.of(
                "baseline-flame-cpu",
                "baseline-flame-allocation",
                "candidate-flame-cpu",
                "candidate-flame-allocation")) {
            assertEquals(1, count(html, "<figure id=\"" + id + "\">"), id);
        }
        assertTrue(html.indexOf("baseline-flame-cpu") < html.indexOf("<h2>The report as Markdown</h2>"), html);
        assertEquals(count(html, "<svg "), count(html, "</svg>"));
        assertFalse(html.contains("<script"), "no script");
    }

    @Test
    void theComparisonPageDrawsTheRoundsTheIntervalAndTheBudget() {
        Metric p50 = Metric.latency(50);
        double[] before = new double[20];
        double[] after = new double[20];
        for (int i = 0; i < 20; i++) {
            before[i] = 2000;
            after[i] = i < 3 ? 1000 : 500; // 2x in the dropped rounds, 4x after
        }
        MetricChange row = MetricChange.compared(p50, 2000, 500, new RatioEstimate(3.9, 4, 4.1, 0.9833, 17), 2);
        Map<Metric, MetricChange> rows = new LinkedHashMap<>();
        rows.put(p50, row);
        SequentialVerdict r =
                new SequentialVerdict(rows, Map.of(), 20, 1, 0.9833, Stop.DECISIVE, 3, "rounds 1-3 left out");
        String html = ComparisonPage.render(
                NASTY,
                "scan <list>",
                "hash & set",
                r,
                rounds(p50, before, after),
                TestOutcome.PASSED,
                "## Performance Optimization Report\n",
                Map.of("JSON result", "a[1].compare.json"),
                null);
        assertFalse(html.contains(NASTY));
        assertTrue(html.contains("<p>scan &lt;list&gt;</p>") && html.contains("<p>hash &amp; set</p>"), html);
        assertTrue(html.contains("data-series=\"rounds kept\" data-points=\"17\""), html);
        assertTrue(html.contains("data-series=\"rounds left out as a transient\" data-points=\"3\""), html);
        assertTrue(
                html.contains("data-series=\"baseline\" data-points=\"20\"")
                        && html.contains("data-series=\"candidate\" data-points=\"20\""),
                html);
        assertTrue(html.contains("data-band=\"98.33% interval [3.90x, 4.10x] over the kept rounds\""), html);
        SvgChart chart = RoundsChart.chart("f", row, before, after, 3);
        assertTrue(
                html.contains("data-reference=\"budget: at least 2x faster (PASS)\" data-y=\"" + n(chart.py(2)) + "\""),
                html);
        assertTrue(
                html.contains("<circle cx=\"" + n(chart.px(1)) + "\" cy=\"" + n(chart.py(2)) + "\""), "round 1 at 2x");
        assertTrue(
                html.contains("<circle cx=\"" + n(chart.px(20)) + "\" cy=\"" + n(chart.py(4)) + "\""),
                "round 20 at 4x");
        assertTrue(html.contains("href=\"a%5B1%5D.compare.json\""), html);
        assertTrue(html.contains("<td>Response time (p50)</td><td class=\"num\">2.00µs</td>"), html);
    }

    @Test
    void theIndexLinksEveryPageUnderItsKind() {
        String html = IndexPage.render(
                List.of(
                        new PageLink(
                                PageLink.COMPARISON,
                                "C.dedup()",
                                "C.dedup.compare.html",
                                TestOutcome.PASSED,
                                "1 of 1 met"),
                        new PageLink(PageLink.PERFORMANCE_TEST, NASTY, "T.run[2].html", TestOutcome.FAILED, "p50 1 µs"),
                        new PageLink(
                                "Complexity", "X.sort()", "X.sort.complexity.html", TestOutcome.PASSED, "O(n log n)")),
                Map.of("Run summary (JSON)", "summary.json"));
        assertTrue(html.indexOf("<h2>Performance tests</h2>") < html.indexOf("<h2>Comparisons</h2>"), html);
        assertTrue(html.indexOf("<h2>Comparisons</h2>") < html.indexOf("<h2>Complexity</h2>"), "a new kind after");
        assertTrue(
                html.contains("<a href=\"T.run%5B2%5D.html\">Tests&lt;T&gt;.run(&quot;a&quot; &amp; &#39;b&#39;)</a>"),
                html);
        assertTrue(html.contains("<a href=\"C.dedup.compare.html\">C.dedup()</a>"), html);
        assertTrue(html.contains("<a href=\"X.sort.complexity.html\">X.sort()</a>"), html);
        assertTrue(html.contains("<a href=\"summary.json\">Run summary (JSON)</a>"), html);
        assertNotNull(html);
    }

    private static PairedRounds rounds(Metric m, double[] before, double[] after) {
        return new PairedRounds() {
            @Override
            public void next() {}

            @Override
            public int count() {
                return before.length;
            }

            @Override
            public double[] baseline(Metric metric) {
                return metric.equals(m) ? before.clone() : new double[before.length];
            }

            @Override
            public double[] candidate(Metric metric) {
                return metric.equals(m) ? after.clone() : new double[after.length];
            }

            @Override
            public String unmeasurable(Metric metric) {
                return "";
            }

            @Override
            public long spentNanos() {
                return 0;
            }
        };
    }

    /** A coordinate as the charts write it: one decimal, none when whole. */
    static String n(double v) {
        double r = Math.round(v * 10) / 10.0;
        return r == Math.rint(r) ? String.valueOf((long) r) : String.format(java.util.Locale.ROOT, "%.1f", r);
    }
}
