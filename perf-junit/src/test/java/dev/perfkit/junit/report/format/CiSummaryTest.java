package dev.perfkit.junit.report.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfkit.junit.json.JsonReader;
import dev.perfkit.junit.metric.Metric;
import dev.perfkit.junit.metric.MetricChange;
import dev.perfkit.junit.metric.RatioEstimate;
import dev.perfkit.junit.metric.TestOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CI summary goes to GitHub's step summary when it is set, otherwise to summary.md; its JSON says the same. */
class CiSummaryTest {

    @TempDir
    Path dir;

    private static final List<CiSummary.Test> TESTS = List.of(new CiSummary.Test(
            "T.run()",
            TestOutcome.PASSED,
            "p50 1.00 µs, allocation 0 B/op -- passed",
            Path.of("x/T.run.json"),
            "T.run.html"));
    private static final List<SummaryMarkdown.Item> COMPARISONS = List.of(new SummaryMarkdown.Item(
            "C.dedup()",
            List.of(MetricChange.compared(Metric.latency(50), 2000, 500, new RatioEstimate(3.9, 4, 4.1, 0.98, 20), 2)),
            TestOutcome.PASSED,
            Path.of("x/C.dedup.compare.md"),
            "## Performance Optimization Report\n\n### Results\n"));

    @Test
    void theMarkdownHasEveryTestsLineAndEveryReportNestedUnderIt() {
        assertEquals("""
        # perfkit: 1 performance test, 1 comparison

        ## Performance tests

        - **passed** `T.run()`: p50 1.00 µs, allocation 0 B/op -- passed

        ## Comparisons

        ### C.dedup(): passed

        #### Performance Optimization Report

        ##### Results

        """, CiSummary.markdown(TESTS, COMPARISONS, List.of()));
    }

    private static final List<CiSummary.Test> COMPLEXITY = List.of(new CiSummary.Test(
            "G.sort(List)",
            TestOutcome.PASSED,
            "best fit O(n log n), runner-up O(n), expected O(n log n)",
            Path.of("x/G.sort.complexity.json"),
            "G.sort.complexity.html"));

    @Test
    void complexityTestsAreCountedAndListedAfterThePerformanceTests() {
        String md = CiSummary.markdown(TESTS, List.of(), COMPLEXITY);
        assertTrue(md.startsWith("# perfkit: 1 performance test, 0 comparisons, 1 complexity test\n"), md);
        assertTrue(
                md.contains("## Complexity tests\n\n- **passed** `G.sort(List)`: best fit O(n log n), runner-up O(n), "
                        + "expected O(n log n)\n"),
                md);
        assertTrue(md.indexOf("## Performance tests") < md.indexOf("## Complexity tests"), md);
    }

    @Test
    void appendsToTheStepSummaryWhenItIsSet() throws IOException {
        Path step = dir.resolve("step.md");
        Files.writeString(step, "earlier step\n");
        Map<String, String> env = Map.of(CiSummary.STEP_SUMMARY, step.toString());
        Path written = CiSummary.write(dir.resolve("results"), "# mine\n", key -> Optional.ofNullable(env.get(key)));
        assertEquals(step, written);
        assertEquals("earlier step\n# mine\n\n", Files.readString(step));
        assertFalse(Files.exists(dir.resolve("results").resolve(CiSummary.FILE)), "only one of the two");
    }

    @Test
    void writesSummaryMdOtherwise() throws IOException {
        Path written = CiSummary.write(dir, "# mine\n", key -> Optional.empty());
        assertEquals(dir.resolve("summary.md"), written);
        assertEquals("# mine\n", Files.readString(written));
    }

    @Test
    void theJsonCopyHasTheSameTestsAndComparisons() {
        Map<String, Object> json =
                JsonReader.object(JsonReader.read(SummaryJson.render(TESTS, COMPARISONS, COMPLEXITY)));
        assertEquals(SummaryJson.SCHEMA, json.get("schema"));
        Map<String, Object> test =
                JsonReader.object(JsonReader.array(json.get("performanceTests")).get(0));
        assertEquals("T.run()", test.get("test"));
        assertEquals("passed", test.get("outcome"));
        assertEquals("T.run.json", test.get("result"));
        Map<String, Object> comparison =
                JsonReader.object(JsonReader.array(json.get("comparisons")).get(0));
        Map<String, Object> row =
                JsonReader.object(JsonReader.array(comparison.get("rows")).get(0));
        assertEquals("p50", row.get("metric"));
        assertEquals(4.0, row.get("factor"));
        assertEquals("pass", row.get("verdict"));
        assertTrue(comparison.get("report").equals("C.dedup.compare.md"));
        Map<String, Object> complexity =
                JsonReader.object(JsonReader.array(json.get("complexityTests")).get(0));
        assertEquals("G.sort(List)", complexity.get("test"));
        assertEquals("G.sort.complexity.json", complexity.get("result"));
        assertEquals("G.sort.complexity.html", complexity.get("page"));
    }
}
