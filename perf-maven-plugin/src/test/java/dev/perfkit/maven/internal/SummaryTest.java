package dev.perfkit.maven.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryTest {
    @TempDir
    Path dir;

    @Test
    void theSlowerTestsAreListedWithTheirFactorAndInterval() throws Exception {
        Path summary = dir.resolve("summary.json");
        Files.writeString(summary, """
                {"tests": [
                  {"test": "ParserTest.parse", "metric": "p50", "base": 10.0, "head": 31.0, "factor": 3.1,
                   "low": 2.95, "high": 3.3, "verdict": "SLOWER", "detectable": 0.01},
                  {"test": "ParserTest.parse", "metric": "alloc.bytes", "base": 10.0, "head": 31.0, "factor": 3.1,
                   "low": 2.95, "high": 3.3, "verdict": "SLOWER", "detectable": 0.01},
                  {"test": "ParserTest.tokens", "metric": "p99.9", "base": 10.0, "head": 10.4, "factor": 1.04,
                   "low": 1.02, "high": 1.06, "verdict": "SLOWER", "detectable": 0.01},
                  {"test": "ParserTest.lex", "metric": "p50", "base": 1.0, "head": 1.0, "factor": 1.0,
                   "low": 0.99, "high": 1.01, "verdict": "NO_CHANGE", "detectable": 0.01}
                 ],
                 "added": ["ParserTest.fresh"], "removed": [], "differing": [], "skipped": []}
                """);
        assertEquals(List.of("ParserTest.parse p50 x3.100 [2.950, 3.300]"), Summary.slower(summary, 0.05));
        assertEquals(
                List.of("ParserTest.parse p50 x3.100 [2.950, 3.300]", "ParserTest.tokens p99.9 x1.040 [1.020, 1.060]"),
                Summary.slower(summary, 0.02));
    }

    @Test
    void aMissingOrBrokenSummaryIsAnErrorNamingTheFile() throws Exception {
        Path missing = dir.resolve("none.json");
        assertTrue(assertThrows(CompareException.class, () -> Summary.slower(missing, 0.05))
                .getMessage()
                .startsWith("cannot read the comparison's summary " + missing));
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"tests\": [");
        assertTrue(assertThrows(CompareException.class, () -> Summary.slower(broken, 0.05))
                .getMessage()
                .startsWith("cannot read the comparison's summary " + broken));
    }
}
