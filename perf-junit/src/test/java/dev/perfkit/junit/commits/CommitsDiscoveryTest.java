package dev.perfkit.junit.commits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfkit.junit.json.JsonReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the engine does before it measures: tests on one side only are added or removed, tests whose sides compute
 * different results are differing, tests only JUnit can run are skipped with the reason. Nothing here is measured:
 * the request names only tests that are not.
 */
class CommitsDiscoveryTest {

    /** The sources both sides have, with {@code Work.answer()} returning {@code answer}, and one of the side's own. */
    private static Map<String, String> sources(int answer, String ownFile, String own) {
        Map<String, String> sources = new java.util.HashMap<>(Map.of(
                "fx/Work.java",
                CommitFixtures.work(1, answer),
                "fx/Answer.java",
                CommitFixtures.ANSWER,
                "fx/Cmp.java",
                CommitFixtures.COMPARE,
                "fx/Extended.java",
                CommitFixtures.EXTENDED,
                "fx/Params.java",
                CommitFixtures.PARAMS,
                "fx/Threaded.java",
                CommitFixtures.THREADED,
                "fx/Lifecycle.java",
                CommitFixtures.LIFECYCLE,
                ownFile,
                own));
        return sources;
    }

    @Test
    void testsOnOneSideDifferingAndSkippedAreListedNotMeasured(@TempDir Path dir) throws Exception {
        Map<String, String> baseSources = sources(41, "fx/OnlyBase.java", CommitFixtures.only("OnlyBase", "gone"));
        // two classes of one short name: each test is named with its package
        baseSources.put("fx/a/Dup.java", CommitFixtures.only("Dup", "run").replace("package fx;", "package fx.a;"));
        baseSources.put("fx/b/Dup.java", CommitFixtures.only("Dup", "run").replace("package fx;", "package fx.b;"));
        Path base = FixtureSides.compile(dir.resolve("base"), baseSources);
        Path head = FixtureSides.compile(
                dir.resolve("head"), sources(42, "fx/OnlyHead.java", CommitFixtures.only("OnlyHead", "fresh")));
        Path out = dir.resolve("out");
        Path request = Files.writeString(
                dir.resolve("request.json"),
                FixtureSides.request(
                        base,
                        head,
                        out,
                        "\"tests\": [\"fx.Answer.answer\", \"Cmp.fast\", \"Extended.needsExtension\","
                                + " \"Params.withParam\", \"Threaded.many\", \"Lifecycle.withInfo\", \"OnlyBase.gone\","
                                + " \"OnlyHead.fresh\", \"Nowhere.none\","
                                + " \"fx.a.Dup.run\", \"fx.b.Dup.run\"]"));
        FixtureSides.Run r = FixtureSides.run(request, Map.of());
        String console = r.stdout();
        assertEquals(0, r.code(), () -> console + r.stderr());

        Map<String, Object> summary = JsonReader.object(JsonReader.read(Files.readString(out.resolve("summary.json"))));
        assertEquals(List.of("tests", "added", "removed", "differing", "skipped"), List.copyOf(summary.keySet()));
        assertEquals(List.of(), summary.get("tests"));
        assertEquals(List.of("OnlyHead.fresh"), summary.get("added"));
        assertEquals(List.of("OnlyBase.gone", "fx.a.Dup.run", "fx.b.Dup.run"), summary.get("removed"));
        assertEquals(List.of("Answer.answer", "Cmp.fast"), summary.get("differing"));
        assertEquals(
                List.of(
                        Map.of(
                                "test", "Extended.needsExtension",
                                "reason", "base: the test needs the extension Mocking, which only JUnit runs"),
                        Map.of(
                                "test", "Lifecycle.withInfo",
                                "reason", "base: @BeforeEach method setUp takes parameters, which only JUnit supplies"),
                        Map.of(
                                "test",
                                "Params.withParam",
                                "reason",
                                "base: the method takes a parameter of type int; only a Sink parameter is"
                                        + " supplied"),
                        Map.of(
                                "test", "Threaded.many",
                                "reason", "base: @PerfTest(threads = 2); commits are compared on one thread")),
                summary.get("skipped"));

        assertTrue(console.contains("Differing results, not measured: Answer.answer: base [41], head [42]"), console);
        assertTrue(console.contains("Differing results, not measured: Cmp.fast: base [41], head [42]"), console);
        assertTrue(console.contains("Note: no test Nowhere.none on either side"), console);
        assertTrue(console.contains("No test is slower beyond 5 %."), console);
        assertTrue(Files.isRegularFile(out.resolve("summary.md")), "the step summary, outside GitHub Actions");
    }
}
