package dev.perfkit.junit.commits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bad request ends with exit code 2 and a message naming the file, the field and the accepted form. */
class CommitsRequestTest {

    @TempDir
    Path dir;

    private Path classes;
    private String stderr;

    @BeforeEach
    void sides() throws IOException {
        classes = Files.createDirectories(dir.resolve("classes"));
    }

    private int run(String json) throws IOException {
        Path file = Files.writeString(dir.resolve("request.json"), json);
        FixtureSides.Run r = FixtureSides.run(file, Map.of());
        stderr = r.stderr();
        return r.code();
    }

    private void assertBad(String json, String expected) throws IOException {
        assertEquals(2, run(json), stderr);
        assertTrue(stderr.contains(dir.resolve("request.json").toString()), () -> "names the file: " + stderr);
        assertTrue(stderr.contains(expected), () -> "expected '" + expected + "' in: " + stderr);
    }

    private String side() {
        return FixtureSides.side("main", classes);
    }

    private String request(String extra) {
        return FixtureSides.request(classes, classes, dir.resolve("out"), extra);
    }

    @Test
    void aMissingFileOrOneThatIsNotJson() throws IOException {
        assertEquals(
                2,
                CommitsMain.run(
                        new String[] {dir.resolve("none.json").toString()},
                        System.out,
                        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                        n -> Optional.empty()));
        assertBad("{\"base\": ", "is not JSON: line 1, column 10");
        assertBad("[]", "field the file is []; expected a JSON object");
    }

    @Test
    void noArgumentOrTwo() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        assertEquals(2, CommitsMain.run(new String[0], System.out, e, n -> Optional.empty()));
        assertEquals(2, CommitsMain.run(new String[] {"a", "b"}, System.out, e, n -> Optional.empty()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("exactly one argument, the path of the request file"));
    }

    @Test
    void aMissingOrMalformedSide() throws IOException {
        assertBad(
                "{\"head\": " + side() + ", \"outputDir\": \"" + dir + "\"}", "field base missing; expected an object");
        assertBad(
                "{\"base\": {\"label\": \"x\", \"classPath\": \"/a.jar\", \"testClassDirs\": [\"" + classes + "\"]}, "
                        + "\"head\": " + side() + ", \"outputDir\": \"" + dir + "\"}",
                "field base.classPath is \"/a.jar\"; expected an array of strings");
        assertBad(
                "{\"base\": {\"label\": \"x\", \"classPath\": [\"lib/a.jar\"], \"testClassDirs\": [\"" + classes
                        + "\"]}, \"head\": " + side() + ", \"outputDir\": \"" + dir + "\"}",
                "field base.classPath[0] is \"lib/a.jar\"; expected an absolute path");
        assertBad(
                "{\"base\": " + side() + ", \"head\": {\"label\": \"\", \"classPath\": [\"/a\"], \"testClassDirs\": [\""
                        + classes + "\"]}, \"outputDir\": \"" + dir + "\"}",
                "field head.label is \"\"; expected a non-blank string");
        assertBad(
                "{\"base\": " + side()
                        + ", \"head\": {\"label\": \"h\", \"classPath\": [\"/a\"], \"testClassDirs\": [\""
                        + dir.resolve("missing") + "\"]}, \"outputDir\": \"" + dir + "\"}",
                "field head.testClassDirs[0] is \"" + dir.resolve("missing") + "\"; expected an existing folder");
        assertBad(
                "{\"base\": " + side() + ", \"head\": {\"label\": \"h\", \"classPath\": [], \"testClassDirs\": [\""
                        + classes + "\"], \"jars\": 1}, \"outputDir\": \"" + dir + "\"}",
                "unknown field head.jars");
    }

    @Test
    void badNumbersPathsAndSettings() throws IOException {
        assertBad(request("\"maxSlowdown\": \"5%\""), "field maxSlowdown is \"5%\"; expected a number from 0 to 10");
        assertBad(request("\"maxSlowdown\": -0.1"), "field maxSlowdown is -0.1; expected a number from 0 to 10");
        assertBad(request("\"percentile\": 0"), "field percentile is 0.0; expected a number above 0 and at most 100");
        assertBad(request("\"tests\": \"A.b\""), "field tests is \"A.b\"; expected an array of strings");
        assertBad(request("\"settings\": {\"perfkit.compare.cap\": 3}"), "field settings.perfkit.compare.cap is 3.0");
        assertBad(request("\"colour\": \"red\""), "unknown field colour; expected only [base, head, maxSlowdown");
        assertBad(
                "{\"base\": " + side() + ", \"head\": " + side() + ", \"outputDir\": \"target/out\"}",
                "field outputDir is \"target/out\"; expected an absolute path");
    }

    @Test
    void aBadSettingNamesTheKey() throws IOException {
        assertBad(
                request("\"settings\": {\"perfkit.commits.maxTime\": \"soon\"}"),
                "Configuration parameter perfkit.commits.maxTime = 'soon': expected a positive duration");
    }
}
