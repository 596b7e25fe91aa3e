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
                  {"test": "ParserTest.lex", "metric": "p50", "base": 1.0, "head": 1.0, "factor": 1.0,
                   "low": 0.99, "high": 1.01, "verdict": "NO_CHANGE", "detectable": 0.01}
                 ],
                 "added": ["ParserTest.fresh"], "removed": [], "differing": [], "skipped": []}
                """);
        assertEquals(List.of("ParserTest.parse p50 x3.100 [2.950, 3.300]"), Summary.slower(summary));
    }

    @Test
    void aMissingOrBrokenSummaryIsAnErrorNamingTheFile() throws Exception {
        Path missing = dir.resolve("none.json");
        assertTrue(assertThrows(CompareException.class, () -> Summary.slower(missing))
                .getMessage()
                .startsWith("cannot read the comparison's summary " + missing));
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"tests\": [");
        assertTrue(assertThrows(CompareException.class, () -> Summary.slower(broken))
                .getMessage()
                .startsWith("cannot read the comparison's summary " + broken));
    }
}
