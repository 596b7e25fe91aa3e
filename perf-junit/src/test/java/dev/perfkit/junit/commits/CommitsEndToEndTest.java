package dev.perfkit.junit.commits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfkit.junit.json.JsonReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine run in this JVM on two sides whose head does the same work three times over: a planted slowdown large
 * enough, against a threshold generous enough (50 %), that a busy machine cannot hide it. This measures real code,
 * with short rounds and a short cap.
 */
class CommitsEndToEndTest {

    @TempDir
    Path dir;

    private Path base;
    private Path head;

    @BeforeEach
    void sides() throws Exception {
        base = FixtureSides.compile(
                dir.resolve("base"),
                Map.of("fx/Work.java", CommitFixtures.work(1, 1), "fx/SpinTest.java", CommitFixtures.SPIN_TEST));
        head = FixtureSides.compile(
                dir.resolve("head"),
                Map.of("fx/Work.java", CommitFixtures.work(3, 1), "fx/SpinTest.java", CommitFixtures.SPIN_TEST));
    }

    private FixtureSides.Run run(String maxTime, String settings, Map<String, String> env) throws Exception {
        Path request = Files.writeString(
                dir.resolve("request.json"),
                FixtureSides.request(
                        base,
                        head,
                        dir.resolve("out"),
                        "\"maxSlowdown\": 0.5, \"settings\": {\"perfkit.commits.maxTime\": \"" + maxTime + "\", "
                                + "\"perfkit.compare.round\": \"20ms\"" + settings + "}"));
        return FixtureSides.run(request, env);
    }

    @Test
    void aPlantedThreefoldSlowdownIsSlowerAndFailsTheRun() throws Exception {
        Path step = dir.resolve("step-summary.md");
        FixtureSides.Run r =
                run("8s", ", \"perfkit.compare.replicate\": \"off\"", Map.of("GITHUB_STEP_SUMMARY", step.toString()));
        assertEquals(1, r.code(), () -> r.stdout() + r.stderr());
        assertTrue(r.stdout().contains("[1/1] SpinTest.spin: warming up both sides"), r.stdout());
        assertTrue(r.stderr().contains("1 test is slower beyond 50 %: SpinTest.spin"), r.stderr());

        Map<String, Object> summary =
                JsonReader.object(JsonReader.read(Files.readString(dir.resolve("out/summary.json"))));
        List<Object> tests = JsonReader.array(summary.get("tests"));
        Map<String, Object> p50 = JsonReader.object(tests.get(0));
        assertEquals(
                List.of("test", "metric", "base", "head", "factor", "low", "high", "verdict", "detectable"),
                List.copyOf(p50.keySet()));
        assertEquals("SpinTest.spin", p50.get("test"));
        assertEquals("p50", p50.get("metric"));
        assertEquals("SLOWER", p50.get("verdict"));
        double factor = (Double) p50.get("factor");
        assertTrue(factor > 1.5 && (Double) p50.get("low") > 1, () -> "3x planted, measured " + p50);
        assertTrue((Double) p50.get("head") > (Double) p50.get("base"), p50::toString);
        assertTrue(
                tests.stream().map(JsonReader::object).anyMatch(t -> "alloc.bytes".equals(t.get("metric"))),
                tests::toString);
        Map<String, Object> sql = tests.stream()
                .map(JsonReader::object)
                .filter(t -> "sql.statements".equals(t.get("metric")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no sql.statements row in " + tests));
        assertEquals(1.0, sql.get("base"));
        assertEquals(3.0, sql.get("head"));
        assertEquals(3.0, (Double) sql.get("factor"), 1e-9);
        assertEquals("SLOWER", sql.get("verdict"));

        assertTrue(Files.readString(dir.resolve("out/SpinTest.spin.html")).contains("Head / base [interval]"));
        assertTrue(Files.readString(step).contains("## Did this commit make it slower?"));
        // the lifecycle ran on both sides, each in its own loader
        assertEquals("ran", System.getProperty("fx.afterAll.perfkit side base"));
        assertEquals("ran", System.getProperty("fx.afterAll.perfkit side head"));
    }

    @Test
    void aVerdictCloseToTheThresholdIsMeasuredAgainInFreshJvms() throws Exception {
        // a margin no interval clears sends every test to fresh JVMs: here two, each running the engine on this test
        FixtureSides.Run r = run(
                "4s", ", \"perfkit.compare.jvmMargin\": \"100\", \"perfkit.compare.replicaForks\": \"2\"", Map.of());
        // two JVMs' factors of a 30 ns body can differ enough for Student's t with one degree of freedom to leave
        // the verdict open: the run must end, not fail, and must have measured in the fresh JVMs
        assertTrue(r.code() == 0 || r.code() == 1, () -> r.code() + "\n" + r.stdout() + r.stderr());
        assertTrue(r.stdout().contains("measuring in 2 fresh JVMs"), r.stdout());
        assertTrue(r.stdout().contains("across 2 fresh JVMs, because p50's interval"), r.stdout());
        assertTrue(Files.isRegularFile(dir.resolve("out/replicas/SpinTest.spin.2.rounds.json")));
    }
}
