package dev.perfkit.maven.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.perfkit.junit.json.JsonReader;
import java.io.File;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EngineRequestTest {
    @Test
    void theRequestIsWrittenInTheEnginesFields() {
        EngineRequest request = new EngineRequest(
                new EngineRequest.Side(
                        "origin/main (abc1234)",
                        List.of("/b/test-classes", "/b/classes", "/m2/x.jar"),
                        List.of("/b/test-classes")),
                new EngineRequest.Side(
                        "working tree (def5678, dirty)", List.of("/h/test-classes"), List.of("/h/test-classes")),
                new File("/h/target/perf-results/commits"),
                0.05,
                99.9,
                List.of("ParserTest.parse"),
                Map.of("perfkit.rounds", "10"));

        Map<String, Object> json = JsonReader.object(JsonReader.read(request.toJson()));

        assertEquals(
                List.of("base", "head", "outputDir", "maxSlowdown", "percentile", "tests", "settings"),
                List.copyOf(json.keySet()));
        Map<String, Object> base = JsonReader.object(json.get("base"));
        assertEquals("origin/main (abc1234)", base.get("label"));
        assertEquals(List.of("/b/test-classes", "/b/classes", "/m2/x.jar"), base.get("classPath"));
        assertEquals(List.of("/b/test-classes"), base.get("testClassDirs"));
        assertEquals(
                "working tree (def5678, dirty)",
                JsonReader.object(json.get("head")).get("label"));
        assertEquals(new File("/h/target/perf-results/commits").getAbsolutePath(), json.get("outputDir"));
        assertEquals(0.05, json.get("maxSlowdown"));
        assertEquals(99.9, json.get("percentile"));
        assertEquals(List.of("ParserTest.parse"), json.get("tests"));
        assertEquals(Map.of("perfkit.rounds", "10"), json.get("settings"));
    }
}
