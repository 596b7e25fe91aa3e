package dev.perfkit.junit.report.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.perfkit.junit.commits.result.CommitChange;
import dev.perfkit.junit.commits.result.CommitsResult;
import dev.perfkit.junit.commits.result.MeasuredTest;
import dev.perfkit.junit.json.JsonReader;
import dev.perfkit.junit.metric.Metric;
import dev.perfkit.junit.metric.RatioEstimate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code summary.json} of a comparison of commits has exactly the fields the Maven plugin and CI scripts read. */
class CommitsJsonTest {

    @Test
    void oneEntryPerTestAndMetricAndTheListsByName() {
        RatioEstimate slower = new RatioEstimate(1.04, 1.06, 1.07, 0.9833, 20);
        RatioEstimate same = new RatioEstimate(0.999, 1.0, 1.001, 0.9833, 20);
        MeasuredTest t = new MeasuredTest(
                "OrderTest.parse",
                List.of(
                        CommitChange.of("OrderTest.parse", Metric.latency(50), 1000, 1050, slower, 0.05),
                        CommitChange.of("OrderTest.parse", Metric.ALLOCATION, 96, 96, same, 0.05)),
                Map.of(),
                Map.of(),
                0,
                "20 rounds",
                3.5);
        CommitsResult r = new CommitsResult(
                "main (abc1234)",
                "working tree (def5678)",
                0.05,
                50,
                List.of(t),
                List.of("OrderTest.fresh"),
                List.of("OrderTest.gone"),
                List.of(new CommitsResult.Differing("OrderTest.total", "[41]", "[42]")),
                List.of(new CommitsResult.Skipped("OrderTest.mocked", "base: needs the extension X")),
                List.of());
        Map<String, Object> json = JsonReader.object(JsonReader.read(CommitsJson.render(r)));
        assertEquals(
                Map.of(
                        "tests",
                        List.of(
                                Map.of(
                                        "test", "OrderTest.parse",
                                        "metric", "p50",
                                        "base", 1000.0,
                                        "head", 1050.0,
                                        "factor", 1.06,
                                        "low", 1.04,
                                        "high", 1.07,
                                        "verdict", "SLOWER",
                                        "detectable", 1 - 1.04 / 1.06),
                                Map.of(
                                        "test", "OrderTest.parse",
                                        "metric", "alloc.bytes",
                                        "base", 96.0,
                                        "head", 96.0,
                                        "factor", 1.0,
                                        "low", 0.999,
                                        "high", 1.001,
                                        "verdict", "NO_CHANGE",
                                        "detectable", 1 - 0.999)),
                        "added",
                        List.of("OrderTest.fresh"),
                        "removed",
                        List.of("OrderTest.gone"),
                        "differing",
                        List.of("OrderTest.total"),
                        "skipped",
                        List.of(Map.of("test", "OrderTest.mocked", "reason", "base: needs the extension X"))),
                json);
        assertEquals(List.of("tests", "added", "removed", "differing", "skipped"), List.copyOf(json.keySet()));
        assertEquals(1, r.exitCode(), "SLOWER, estimated 6 %, beyond the threshold of 5 %");
    }
}
