package dev.perfkit.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfkit.junit.baseline.BaselineFile;
import dev.perfkit.junit.baseline.BaselineRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** Recording a kept baseline and comparing later runs with it, on the scripted clock. */
class KeptBaselineTest {

    @TempDir
    Path results;

    private Path file() {
        return results.resolve("perf-baseline.json");
    }

    private EngineExecutionResults run(boolean record, String... more) {
        String[] all = java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(
                                "perfkit.allocation",
                                "off",
                                "perfkit.baseline.file",
                                file().toString(),
                                "perfkit.baseline.record",
                                String.valueOf(record),
                                "perfkit.env.GIT_COMMIT",
                                "c0ffee1"),
                        java.util.stream.Stream.of(more))
                .toArray(String[]::new);
        return Fixtures.run(Paced.class, results, all);
    }

    @Test
    void recordsOnlyWhenAskedAndComparesLaterRuns() throws IOException {
        Paced.cost = 100;
        run(false).testEvents().assertStatistics(s -> s.succeeded(1));
        assertFalse(Files.exists(file()), "nothing is written unasked");

        run(true).testEvents().assertStatistics(s -> s.succeeded(1));
        String json = Files.readString(file());
        assertTrue(json.startsWith("{\n  \"schema\": \"perfkit-baseline/2\",\n  \"recorded\": \""), json);
        assertTrue(json.contains("\"history\": [\n    {\n      \"recorded\": \""), json);
        assertTrue(json.contains("\"commit\": \"c0ffee1\","), json);
        assertTrue(
                json.contains("\"environment\": {\n    \"java.version\": \"" + System.getProperty("java.version")),
                json);
        assertTrue(json.endsWith("""
          "tests": {
            "dev.perfkit.junit.KeptBaselineTest$Paced.run": {
              "p50Nanos": 100,
              "throughputPerSecond": 10000000,
              "allocatedBytesPerOp": null
            }
          }
        }
        """), json);

        EngineExecutionResults same = run(false);
        same.testEvents().assertStatistics(s -> s.succeeded(1));
        assertEquals("unchanged", Fixtures.entries(same).get("perf.baseline.outcome"));
        assertEquals(json, Files.readString(file()), "comparing never rewrites the file");
    }

    @Test
    void failsOnARegressionWithTheReport() {
        Paced.cost = 100;
        run(true);
        Paced.cost = 125;
        String message = Fixtures.onlyFailureMessage(run(false));
        String recordedLine = message.substring(0, message.indexOf(" recorded") + 9);
        assertEquals("""
        KeptBaselineTest.Paced.run(): 2 of 2 figures regressed beyond 10% against the kept baseline

        ## Performance Optimization Report

        ### Bottleneck Identified
        Kept baseline FILE, recorded""".replace("FILE", file().toString()), recordedLine);
        assertTrue(message.contains("""
        ### Change Applied
        The code as it is now.

        ### Results
        | Metric              | Before           | After           | Improvement |
        |---------------------|------------------|-----------------|-------------|
        | Response time (p50) | 100ns            | 125ns           | 25% slower  |
        | Throughput          | 10,000,000 ops/s | 8,000,000 ops/s | 20% lower   |
        """), message);
        assertTrue(
                message.contains(
                        "- Response time (p50): 0.80x against the kept baseline, tolerance 10%: " + "**REGRESSION**\n"),
                message);
        assertTrue(message.endsWith("**Verdict: REGRESSION**: 2 of 2 figures regressed beyond 10%\n"), message);
    }

    @Test
    void reportsAnImprovementWithoutFailing() {
        Paced.cost = 100;
        run(true);
        Paced.cost = 50;
        EngineExecutionResults r = run(false);
        r.testEvents().assertStatistics(s -> s.succeeded(1));
        assertEquals("improved", Fixtures.entries(r).get("perf.baseline.outcome"));
        assertEquals("2 of 2 figures improved beyond 10%", Fixtures.entries(r).get("perf.baseline.verdict"));
    }

    @Test
    void warnsLoudlyAcrossEnvironments() throws IOException {
        Paced.cost = 100;
        run(true);
        Files.writeString(
                file(),
                Files.readString(file())
                        .replace(
                                "\"availableProcessors\": "
                                        + Runtime.getRuntime().availableProcessors(),
                                "\"availableProcessors\": 512"));
        EngineExecutionResults r = run(false);
        r.testEvents().assertStatistics(s -> s.succeeded(1));
        assertEquals(
                "the kept baseline comes from a different environment, so its figures may not be comparable: "
                        + "availableProcessors: 512 (baseline) vs "
                        + Runtime.getRuntime().availableProcessors() + " (now)",
                Fixtures.entries(r).get("perf.baseline.warning"));
    }

    @Test
    void failsOnACorruptFileNamingItAndThePlace() throws IOException {
        Files.writeString(file(), "{\n  \"schema\": \"perfkit-baseline/1\"\n  \"recorded\": \"x\"\n}\n");
        Throwable failure = Fixtures.failures(run(true)).get(0);
        assertInstanceOf(ExtensionConfigurationException.class, failure);
        assertEquals(
                "Baseline file " + file() + " is invalid: line 3, column 3: expected ',' or '}' after a member, "
                        + "found '\"'. Fix it, or delete it and record a new one with perfkit.baseline.record = true; "
                        + "it is never "
                        + "overwritten unasked.",
                failure.getMessage());
        assertTrue(Files.readString(file()).contains("\"recorded\": \"x\""), "the corrupt file is left alone");
    }

    @Test
    void failsOnAHandEditedFigureNamingIt() throws IOException {
        Paced.cost = 100;
        run(true);
        Files.writeString(file(), Files.readString(file()).replace("\"p50Nanos\": 100", "\"p50Nanos\": \"fast\""));
        assertEquals(
                "Baseline file " + file() + " is invalid: tests.\"dev.perfkit.junit.KeptBaselineTest$Paced.run\""
                        + ".p50Nanos: expected a number greater than 0, or null, found \"fast\". Fix it, or delete it "
                        + "and record a "
                        + "new one with perfkit.baseline.record = true; it is never overwritten unasked.",
                Fixtures.onlyFailureMessage(run(false)));
    }

    @Test
    void aKeptThroughputOfZeroIsRejectedBecauseNoRatioAgainstItMeansAnything() throws IOException {
        Paced.cost = 100;
        run(true);
        Files.writeString(
                file(),
                Files.readString(file()).replaceAll("\"throughputPerSecond\": [0-9.E]+", "\"throughputPerSecond\": 0"));
        assertEquals(
                "Baseline file " + file() + " is invalid: tests.\"dev.perfkit.junit.KeptBaselineTest$Paced.run\""
                        + ".throughputPerSecond: expected a number greater than 0, or null, found 0.0. Fix it, or "
                        + "delete it and "
                        + "record a new one with perfkit.baseline.record = true; it is never overwritten unasked.",
                Fixtures.onlyFailureMessage(run(false)));
    }

    @Test
    void everyRecordingJoinsTheHistoryUpToItsLength() throws IOException {
        for (long cost : new long[] {100, 105, 140}) {
            Paced.cost = cost;
            run(true, "perfkit.env.GIT_COMMIT", "commit" + cost, "perfkit.baseline.history", "2");
        }
        BaselineFile kept = BaselineFile.read(file());
        assertEquals(
                List.of("commit105", "commit140"),
                kept.history().stream().map(BaselineRun::commit).toList(),
                "the latest 2 recordings");
        assertEquals(140, kept.tests().get(Paced.class.getName() + ".run").p50Nanos());
        assertEquals(
                List.of(105.0, 140.0),
                kept.history(Paced.class.getName() + ".run").stream()
                        .map(e -> e.getValue().p50Nanos())
                        .toList());

        // the page plots the recordings and this run, with the regression flagged: 140 after 105 is 33 % slower
        Paced.cost = 150;
        run(false);
        String page = Files.readString(results.resolve(Paced.class.getName() + ".run.html"));
        assertTrue(page.contains("data-series=\"kept recordings\" data-points=\"2\""), page);
        assertTrue(
                page.contains("<title>recording 2, " + kept.history().get(1).recorded() + ", commit commit140: 140 ns "
                        + "(regression)</title>"),
                page);
        assertTrue(page.contains("<title>this run: 150 ns</title>"), "within 10 % of the kept 140 ns: not flagged");
    }

    @Test
    void readsTheFirstSchemaAndKeepsItsFiguresAsTheFirstRecording() throws IOException {
        Files.writeString(file(), """
        {"schema": "perfkit-baseline/1", "recorded": "2026-01-02T03:04:05Z",
         "environment": ENV,
         "tests": {"dev.perfkit.junit.KeptBaselineTest$Paced.run": {"p50Nanos": 100,
           "throughputPerSecond": 10000000, "allocatedBytesPerOp": null}}}
        """.replace(
                        "ENV", dev.perfkit.junit.json.Json.write(environment()).strip()));
        Paced.cost = 130;
        assertTrue(
                Fixtures.onlyFailureMessage(run(false)).contains("2 of 2 figures regressed beyond 10%"),
                "compared with the old file's figures");
        Paced.cost = 100;
        run(true).testEvents().assertStatistics(s -> s.succeeded(1));
        BaselineFile migrated = BaselineFile.read(file());
        assertEquals(2, migrated.history().size());
        assertEquals("2026-01-02T03:04:05Z", migrated.history().get(0).recorded());
        assertEquals("", migrated.history().get(0).commit(), "the old file knew no commit");
        assertEquals("c0ffee1", migrated.history().get(1).commit());
        assertTrue(Files.readString(file()).startsWith("{\n  \"schema\": \"perfkit-baseline/2\""));
    }

    /** This JVM's environment as a baseline file records it. */
    private static java.util.Map<String, Object> environment() {
        java.util.Map<String, Object> env = new java.util.LinkedHashMap<>();
        for (String key : new String[] {"java.version", "java.vendor", "os.name", "os.arch"}) {
            env.put(key, System.getProperty(key));
        }
        env.put("availableProcessors", Runtime.getRuntime().availableProcessors());
        env.put(
                "jvmFlags",
                new java.util.ArrayList<Object>(
                        java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                                .filter(a -> a.startsWith("-X"))
                                .toList()));
        return env;
    }

    @Test
    void failsOnAnUnknownMemberOfARecording() throws IOException {
        Paced.cost = 100;
        run(true);
        Files.writeString(file(), Files.readString(file()).replace("\"commit\":", "\"comit\":"));
        assertEquals(
                "Baseline file " + file() + " is invalid: history[0]: unknown member \"comit\"; expected "
                        + "[recorded, commit, environment, tests]. Fix it, or delete it and record a new one with "
                        + "perfkit.baseline.record = true; it is never overwritten unasked.",
                Fixtures.onlyFailureMessage(run(false)));
    }

    static class Paced {
        static volatile long cost = 100;

        @Test
        @PerfTest(warmupIterations = 0, iterations = 50)
        void run() {
            ScriptedTicker.advance(cost);
        }
    }
}
