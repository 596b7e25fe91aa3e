/**
 * May use the features' result values, {@code measure}, {@code metric} and {@code report.format}; never the
 * writers ({@code report}) that call it.
 *
 * <p>The run's HTML report: {@code index.html} in the results folder and one page per performance test
 * ({@code <test>.html}) and per comparison ({@code <test>.compare.html}), all self-contained (inline CSS, charts as
 * inline SVG computed in Java, no script, nothing fetched), so a report opens from disk, offline, reads without
 * JavaScript and can be archived as CI artifacts.
 *
 * <h2>Design</h2>
 * <ul>
 *   <li>Pages are rendered from the values the extension holds when a test ends (a {@code Measurement}, a
 *       {@code SequentialVerdict} and its rounds), written at once, and listed in the index when the run ends (the
 *       extension's {@code RunSummary}, a root-store resource). Nothing re-parses the JSON files; the figures the
 *       charts draw are those the JSON files hold (the percentile points come from
 *       {@link dev.perfkit.junit.report.format.PercentileCurve}, which the JSON result writes too).</li>
 *   <li>{@link dev.perfkit.junit.report.html.SvgChart} draws every chart: title, labelled axes
 *       ({@link dev.perfkit.junit.report.html.Axis}, linear or log), series, reference lines, bands and a
 *       legend; every series and line carries {@code data-series}/{@code data-points} or
 *       {@code data-reference}/{@code data-y} attributes that tests and browsers check. Each chart kind is a small
 *       class that turns values into a chart: {@link dev.perfkit.junit.report.html.DistributionChart},
 *       {@link dev.perfkit.junit.report.html.WarmupChart},
 *       {@link dev.perfkit.junit.report.html.RoundsChart},
 *       {@link dev.perfkit.junit.report.html.SidesChart},
 *       {@link dev.perfkit.junit.report.html.HistoryChart}. The flame graph of a profile
 *       ({@link dev.perfkit.junit.report.html.FlameGraph}, an icicle of the call tree) is drawn without axes, in the
 *       same inline SVG.</li>
 *   <li>All text goes through {@link dev.perfkit.junit.report.html.Html#escape}; file names in links through
 *       {@link dev.perfkit.junit.report.html.Html#href} (a template's {@code run[2].html}).</li>
 * </ul>
 *
 * <h2>Adding a kind of page</h2>
 * A new feature adds its page (as empirical complexity does, {@link dev.perfkit.junit.report.html.ComplexityPage}) in
 * three steps, without touching the index:
 * <ol>
 *   <li>A renderer here, {@code XPage.render(values...)}, returning {@code Html.page(title, body)}; its charts are
 *       {@code new SvgChart(id, title, description, xAxis, yAxis).add(Series.line(...)).render(caption)}, as
 *       {@link dev.perfkit.junit.report.html.RoundsChart} does. Link back with
 *       {@code Html.link(IndexPage.FILE, "all results of the run")}.</li>
 *   <li>Where the extension publishes the test's results: {@code HtmlFiles.write(resultsDir, id + ".x.html",
 *       XPage.render(...))}.</li>
 *   <li>Register it with the run: {@code RunSummary.of(context).add(resultsDir, id + ".x", new PageLink("Complexity",
 *       testName, id + ".x.html", outcome, oneLineSummary))}. The index gives every new kind its own section after
 *       the performance tests and comparisons ({@link dev.perfkit.junit.report.html.IndexPage}).</li>
 * </ol>
 * Tests: assert the chart's series point counts and known coordinates ({@code SvgChart.px}, {@code py}) as
 * {@code PagesTest} does, and extend {@code HtmlReportTest} (every link of the index resolves).
 */
package dev.perfkit.junit.report.html;
