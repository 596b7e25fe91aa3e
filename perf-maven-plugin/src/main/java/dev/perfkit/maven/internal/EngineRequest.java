package dev.perfkit.maven.internal;

import dev.perfkit.junit.json.Json;
import java.io.File;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the comparison engine ({@code dev.perfkit.junit.commits.CommitsMain}) is asked to measure, written as the JSON
 * file it reads: both sides' class paths and labels, where to write, the threshold, the percentile, the tests and every
 * {@code perfkit.*} setting of the build.
 */
public record EngineRequest(
        Side base,
        Side head,
        File outputDir,
        double maxSlowdown,
        double percentile,
        List<String> tests,
        Map<String, String> settings) {

    /** One side of the comparison: a label people read, its full test class path and its test class directories. */
    public record Side(String label, List<String> classPath, List<String> testClassDirs) {
        Map<String, Object> toMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("label", label);
            map.put("classPath", List.copyOf(classPath));
            map.put("testClassDirs", List.copyOf(testClassDirs));
            return map;
        }
    }

    /** The request as the engine reads it. */
    public String toJson() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("base", base.toMap());
        map.put("head", head.toMap());
        map.put("outputDir", outputDir.getAbsolutePath());
        map.put("maxSlowdown", maxSlowdown);
        map.put("percentile", percentile);
        map.put("tests", List.copyOf(tests));
        map.put("settings", new LinkedHashMap<String, Object>(settings));
        return Json.write(map);
    }
}
