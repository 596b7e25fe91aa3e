package dev.perfkit.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfkit.junit.json.JsonReader;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * The run's HTML report, CI summary and its JSON copy, written when a run of fixtures ends: every page linked from
 * the index, and every chart agreeing with the JSON results.
 */
class HtmlReportTest {

    private static final Pattern HREF = Pattern.compile("href=\"([^\"]+)\"");

    @TempDir
    Path results;

    /** Runs the fixture with settings that make comparisons and warm-ups quick on the scripted clock. */
    static EngineExecutionResults run(Path results, String... more) {
        String[] all = Stream.concat(
                        Stream.of(
                                "perfkit.allocation",
                                "off",
                                "perfkit.compare.warmup",
                                "0ns",
                                "perfkit.compare.round",
                                "20us",
                                "perfkit.warmup.window",
                                "10us"),
                        Stream.of(more))
                .toArray(String[]::new);
        return Fixtures.run(Mixed.class, results, all);
    }

    /** The files an HTML file links to, decoded, in the order of the page. */
    static List<String> links(String html) {
        Matcher m = HREF.matcher(html);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(URLDecoder.decode(m.group(1), StandardCharsets.UTF_8));
        }
        return out;
    }

    private Map<String, Object> json(String file) throws IOException {
        return JsonReader.object(JsonReader.read(Files.readString(results.resolve(file))));
    }

    @Test
    void theIndexLinksAPageForEveryTestAndComparisonAndEveryLinkResolves() throws IOException {
        run(results).testEvents().assertStatistics(s -> s.succeeded(5).failed(0));
        String index = Files.readString(results.resolve("index.html"));
        Set<String> linked = new TreeSet<>(links(index));
        String prefix = Mixed.class.getName() + ".";
        assertEquals(
                new TreeSet<>(List.of(
                        prefix + "steady.html",
                        prefix + "steps.html",
                        prefix + "sized[1].html",
                        prefix + "sized[2].html",
                        prefix + "dedup.compare.html",
                        "comparisons.md",
                        "summary.md",
                        "summary.json")),
                linked);
        try (Stream<Path> files = Files.list(results)) {
            for (Path json : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".json"))::iterator) {
                String name = json.getFileName().toString();
                if (!name.equals("summary.json")) {
                    assertTrue(
                            linked.contains(name.replace(".json", ".html")), () -> name + " has no page in the index");
                }
            }
        }
        for (String page : linked) {
            assertTrue(Files.exists(results.resolve(page)), () -> "the index links a missing file: " + page);
            if (page.endsWith(".html")) {
                for (String link : links(Files.readString(results.resolve(page)))) {
                    assertTrue(Files.exists(results.resolve(link)), () -> page + " links a missing file: " + link);
                }
            }
        }
        assertFalse(index.contains("<script"), "no script");
        assertTrue(
                index.contains("<a href=\"" + prefix + "sized%5B2%5D.html\">HtmlReportTest.Mixed.sized(int)[2]</a>"),
                index);
    }

    @Test
    void everyPerformanceTestPagePlotsThePercentilesOfItsJsonResult() throws IOException {
        run(results);
        String prefix = Mixed.class.getName() + ".";
        for (String test : List.of("steps", "steady", "sized[1]", "sized[2]")) {
            Map<String, Object> result = json(prefix + test + ".json");
            String page = Files.readString(results.resolve(prefix + test + ".html"));
            List<Object> curve =
                    JsonReader.array(JsonReader.object(result.get("results")).get("percentileCurve"));
            assertTrue(curve.size() >= 10, () -> test + ": " + curve);
            assertTrue(page.contains("data-series=\"latency\" data-points=\"" + curve.size() + "\""), page);
            Map<String, Object> percentiles =
                    JsonReader.object(JsonReader.object(result.get("results")).get("percentilesNanos"));
            long samples = ((Number) JsonReader.object(result.get("results")).get("samples")).longValue();
            for (String p : List.of("50", "90", "99")) {
                if (1 / (1 - Double.parseDouble(p) / 100) > samples) {
                    continue; // a percentile the samples do not resolve is not plotted (p99 of 20 samples is the
                    // maximum)
                }
                long nanos = ((Number) percentiles.get(p)).longValue();
                assertTrue(
                        page.contains("<title>p" + p + ": " + nanos + " ns</title>"),
                        () -> test + " p" + p + "\n" + page);
            }
        }
        String steps = Files.readString(results.resolve(prefix + "steps.html"));
        assertTrue(steps.contains("<title>p99: 495 ns</title>") && steps.contains("<title>max: 500 ns</title>"), steps);
        assertTrue(steps.contains("data-reference=\"budget p99 &lt;= 600 ns (ok)\""), steps);

        Map<String, Object> warmup =
                JsonReader.object(json(prefix + "steady.json").get("warmup"));
        int windows = JsonReader.array(warmup.get("windowMedians")).size();
        assertTrue(windows >= 3, warmup::toString);
        assertEquals(true, warmup.get("settled"));
        String steady = Files.readString(results.resolve(prefix + "steady.html"));
        assertTrue(steady.contains("data-series=\"warm-up window medians\" data-points=\"" + windows + "\""), steady);
        assertTrue(steady.contains("data-reference=\"end of warm-up: settled at "), steady);
    }

    @Test
    void theComparisonPageShowsTheReportTheRoundsAndTheBudget() throws IOException {
        run(results);
        String stem = Mixed.class.getName() + ".dedup.compare";
        Map<String, Object> json = json(stem + ".json");
        long kept = JsonReader.array(json.get("raw")).stream()
                .filter(r -> Boolean.TRUE.equals(JsonReader.object(r).get("kept")))
                .count();
        String page = Files.readString(results.resolve(stem + ".html"));
        assertTrue(page.contains("data-series=\"rounds kept\" data-points=\"" + kept + "\""), page);
        assertTrue(
                page.contains(
                        "data-series=\"baseline\" data-points=\"" + ((Number) json.get("rounds")).intValue() + "\""),
                page);
        assertTrue(page.contains("data-reference=\"budget: at least 2x faster (PASS)\""), page);
        assertTrue(page.contains("<p>b &lt;slow&gt;</p>") && page.contains("<p>c &amp; fast</p>"), page);
        assertTrue(page.contains("<strong>Verdict: PASS</strong>"), page);
    }

    @Test
    void theCiSummaryListsEveryTestAndComparisonInMarkdownAndJson() throws IOException {
        run(results);
        String md = Files.readString(results.resolve("summary.md"));
        assertTrue(md.startsWith("# perfkit: 4 performance tests, 1 comparison\n"), md);
        assertTrue(
                md.contains("- **passed** `HtmlReportTest.Mixed.steps()`: p50 250 ns, p90 450 ns, p99 495 ns, "
                        + "p99.9 500 ns, max 500 ns, mean 253 ns, allocation n/a, cpu n/a -- passed\n"),
                md);
        assertTrue(md.contains("`HtmlReportTest.Mixed.sized(int)[2]`"), md);
        assertTrue(md.contains("### HtmlReportTest.Mixed.dedup(): passed\n\n#### Performance Optimization Report"), md);
        Map<String, Object> json = json("summary.json");
        assertEquals(4, JsonReader.array(json.get("performanceTests")).size());
        assertEquals(1, JsonReader.array(json.get("comparisons")).size());
    }

    @Test
    void underGitHubActionsTheSummaryIsAppendedToTheStepSummary() throws IOException {
        Path step = results.resolve("step-summary.md");
        Files.writeString(step, "# build\n");
        run(results.resolve("out"), "perfkit.env.GITHUB_STEP_SUMMARY", step.toString());
        String md = Files.readString(step);
        assertTrue(md.startsWith("# build\n# perfkit: 4 performance tests, 1 comparison\n"), md);
        assertFalse(Files.exists(results.resolve("out/summary.md")), "not written twice");
        assertTrue(Files.exists(results.resolve("out/summary.json")));
        assertFalse(links(Files.readString(results.resolve("out/index.html"))).contains("summary.md"));
    }

    /** Performance tests of known latencies, a template and a comparison, in one class. */
    static class Mixed {
        private final Steps steps = new Steps();

        @Test
        @PerfTest(warmupIterations = 0, iterations = 100)
        @Budget(p99 = "600ns")
        void steps() {
            steps.next();
        }

        @Test
        @PerfTest(iterations = 200)
        void steady() {
            ScriptedTicker.advance(100);
        }

        @ParameterizedTest
        @ValueSource(ints = {1, 2})
        @PerfTest(warmupIterations = 0, iterations = 20)
        void sized(int n) {
            ScriptedTicker.advance(100L * n);
        }

        @Test
        @Compare(bottleneck = "b <slow>", change = "c & fast")
        @RelativeBudget(p50 = "2x faster")
        void dedup() {}

        @Baseline
        int scan() {
            ScriptedTicker.advance(2000);
            return 1;
        }

        @Candidate
        int hash() {
            ScriptedTicker.advance(500);
            return 1;
        }
    }
}
