package dev.perfkit.junit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.perfkit.junit.report.format.PercentileCurve;
import dev.perfkit.junit.report.html.DistributionChart;
import dev.perfkit.junit.report.html.Html;
import dev.perfkit.profile.Profiler;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report as a real browser sees it: headless Chromium (Debian's {@code chromium} package) loads the index
 * and the pages from disk, offline, and the DOM it builds holds the charts with their series and points; a
 * screenshot is taken. Skipped where {@value #CHROMIUM} is not installed ({@code apt-get install chromium}).
 */
class HtmlReportBrowserTest {

    static final String CHROMIUM = "/usr/bin/chromium";
    private static final Pattern SERIES =
            Pattern.compile("<g class=\"series\" data-series=\"([^\"]+)\" data-points=\"(\\d+)\">\\s*<polyline "
                    + "[^>]*points=\"([^\"]*)\"");

    @TempDir
    Path dir;

    /** Runs Chromium headless on {@code page} with {@code args}, in a fresh profile; returns standard output. */
    private String chromium(Path page, String... args) throws IOException, InterruptedException {
        assumeTrue(
                Files.isExecutable(Path.of(CHROMIUM)),
                "headless Chromium is not installed at " + CHROMIUM
                        + " (Debian: apt-get install chromium); the browser check is skipped");
        Path profile = Files.createTempDirectory(dir, "profile");
        List<String> command = new ArrayList<>(List.of(
                CHROMIUM,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile));
        command.addAll(Arrays.asList(args));
        command.add(page.toUri().toString());
        Path out = dir.resolve("chromium.out");
        Process p = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(dir.resolve("chromium.err").toFile())
                .start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new AssertionError("Chromium did not finish within 120 s");
        }
        assertEquals(0, p.exitValue(), () -> "Chromium failed: " + read(dir.resolve("chromium.err")));
        return read(out);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.toString();
        }
    }

    @Test
    void chromiumDrawsTheChartsOfEveryPage() throws Exception {
        Path results = dir.resolve("results");
        HtmlReportTest.run(results);
        String index = chromium(results.resolve("index.html"), "--dump-dom");
        assertTrue(index.contains("<h2>Performance tests</h2>") && index.contains("<h2>Comparisons</h2>"), index);
        assertEquals(8, HtmlReportTest.links(index).size(), index);

        String prefix = HtmlReportTest.Mixed.class.getName() + ".";
        String steady = chromium(results.resolve(prefix + "steady.html"), "--dump-dom");
        List<String> drawn = drawnSeries(steady);
        assertTrue(
                drawn.contains("latency")
                        && drawn.contains("warm-up window medians")
                        && drawn.contains("measurement window medians"),
                () -> drawn + "\n" + steady);
        assertTrue(steady.contains("<svg"), steady);

        String comparison = chromium(results.resolve(prefix + "dedup.compare.html"), "--dump-dom");
        List<String> sides = drawnSeries(comparison);
        assertTrue(sides.contains("baseline") && sides.contains("candidate"), () -> sides + "\n" + comparison);
        Matcher kept = Pattern.compile("data-series=\"rounds kept\" data-points=\"(\\d+)\"")
                .matcher(comparison);
        assertTrue(kept.find() && Integer.parseInt(kept.group(1)) >= 20, comparison);

        Path png = dir.resolve("page.png");
        chromium(
                results.resolve(prefix + "steps.html"),
                "--screenshot=" + png,
                "--window-size=1000,1600",
                "--hide-scrollbars");
        byte[] image = Files.readAllBytes(png);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(image, 4), "a PNG");
        ByteBuffer header = ByteBuffer.wrap(image, 16, 8);
        assertEquals(1000, header.getInt(), "width");
        assertEquals(1600, header.getInt(), "height");
        assertTrue(image.length > 20_000, "more than a blank page: " + image.length + " bytes");
    }

    /**
     * What the browser draws outside its box on {@code page}: every SVG text whose box reaches past the SVG's edges,
     * and every preformatted block wider than itself, as laid out in a window 1200 pixels wide. A copy of the page
     * beside it carries a script that measures; the page itself has none.
     */
    private List<String> cutOff(Path page) throws Exception {
        String measure = """
                <script>
                const cut = [];
                for (const svg of document.querySelectorAll('svg')) {
                  const box = svg.getBoundingClientRect();
                  for (const t of svg.querySelectorAll('text')) {
                    const r = t.getBoundingClientRect();
                    if (r.right > box.right + 0.5 || r.left < box.left - 0.5) {
                      cut.push('svg text "' + t.textContent + '" spans ' + Math.round(r.left - box.left) + '..'
                          + Math.round(r.right - box.left) + ' of ' + Math.round(box.width));
                    }
                  }
                }
                for (const pre of document.querySelectorAll('pre')) {
                  if (pre.scrollWidth > pre.clientWidth + 1) {
                    cut.push('pre ' + pre.scrollWidth + ' wide in ' + pre.clientWidth);
                  }
                }
                document.body.setAttribute('data-cut', cut.length ? cut.join(' | ') : 'none');
                </script>
                """;
        Path copy = page.resolveSibling("measured-" + page.getFileName());
        Files.writeString(copy, Files.readString(page).replace("</body>", measure + "</body>"));
        String dom = chromium(copy, "--dump-dom", "--window-size=1200,2000");
        Matcher m = Pattern.compile("data-cut=\"([^\"]*)\"").matcher(dom);
        assertTrue(m.find(), dom);
        String found = m.group(1).replace("&quot;", "\"");
        return found.equals("none") ? List.of() : List.of(found.split(" \\| "));
    }

    @Test
    void nothingIsCutOffAtTheEdgesOfAPerformanceTestPageOrAComplexityPage() throws Exception {
        Path results = dir.resolve("results");
        HtmlReportTest.run(results);
        String prefix = HtmlReportTest.Mixed.class.getName() + ".";
        for (String page : List.of("steps.html", "steady.html", "dedup.compare.html")) {
            assertEquals(List.of(), cutOff(results.resolve(prefix + page)), page);
        }
        // half a million samples put the percentile axis's last tick, 99.9999%, on the right edge (the maximum is at
        // twice the count)
        List<PercentileCurve.Point> curve = List.of(
                new PercentileCurve.Point(0, 100),
                new PercentileCurve.Point(50, 200),
                new PercentileCurve.Point(99.9999, 900),
                new PercentileCurve.Point(100, 1_000));
        Path tail = dir.resolve("tail.html");
        Files.writeString(
                tail,
                Html.page(
                        "tail",
                        DistributionChart.chart("latency", curve, 500_000, List.of())
                                .render("half a million samples")));
        assertTrue(Files.readString(tail).contains(">99.9999%</text>"), "the tick is drawn");
        assertEquals(List.of(), cutOff(tail), "the last percentile tick");
        Path complexity = dir.resolve("complexity");
        ComplexityVerdictTest.run(ComplexityVerdictTest.Quadratic.class, complexity);
        String quadratic = ComplexityVerdictTest.Quadratic.class.getName() + ".dedup.complexity.html";
        assertEquals(List.of(), cutOff(complexity.resolve(quadratic)), quadratic);
    }

    @Test
    void chromiumDrawsTheFlameGraphsOfAFailedComparisonsProfiles() throws Exception {
        assumeTrue(
                Profiler.create().isAvailable(),
                () -> "no profiler here: " + Profiler.create().unavailableReason());
        Path results = dir.resolve("results");
        ProfileTest.runFailingComparison(results);
        Path page = results.resolve(ProfileTest.ListAgainstSet.class.getName() + ".dedup.compare.html");
        String dom = chromium(page, "--dump-dom");
        for (String side : List.of("baseline", "candidate")) {
            Matcher figure = Pattern.compile(
                            "<figure id=\"" + side + "-flame-cpu\">\\s*<svg [^>]*>(.*?)</svg>", Pattern.DOTALL)
                    .matcher(dom);
            assertTrue(figure.find(), () -> side + ": no flame graph in\n" + dom);
            Matcher box = Pattern.compile("data-method=\"" + Pattern.quote(ProfileTest.MissesItsBudget.class.getName())
                            + "\\.scanTheList\"[^>]*>\\s*<title>[^<]*</title>\\s*<rect [^>]*width=\"([0-9.]+)\"")
                    .matcher(figure.group(1));
            double widest = 0;
            while (box.find()) {
                widest = Math.max(widest, Double.parseDouble(box.group(1)));
            }
            double drawn = widest;
            assertTrue(
                    drawn > 100, () -> side + ": the hot method's box is " + drawn + " px wide:\n" + figure.group(1));
        }
        assertEquals(List.of(), cutOff(page), "nothing past the edges");
    }

    /** The series whose line has at least two points in the DOM the browser built. */
    private static List<String> drawnSeries(String dom) {
        List<String> out = new ArrayList<>();
        Matcher m = SERIES.matcher(dom);
        while (m.find()) {
            int points = m.group(3).isBlank() ? 0 : m.group(3).trim().split("\\s+").length;
            assertEquals(Integer.parseInt(m.group(2)), points, m.group(1) + ": data-points and the line disagree");
            if (points >= 2) {
                out.add(m.group(1));
            }
        }
        return out;
    }
}
