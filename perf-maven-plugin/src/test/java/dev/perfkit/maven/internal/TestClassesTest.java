package dev.perfkit.maven.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestClassesTest {
    @TempDir
    Path dir;

    @Test
    void classesUsingPerfTestOrCompareAreFound() throws Exception {
        assertFalse(TestClasses.measured(dir.resolve("missing")));
        Path pkg = Files.createDirectories(dir.resolve("com/acme"));
        Files.write(pkg.resolve("PlainTest.class"), bytes("\u00ca\u00fe\u00ba\u00beLorg/junit/jupiter/api/Test;"));
        assertFalse(TestClasses.measured(dir));
        Files.write(pkg.resolve("CompareTest.class"), bytes("\u00ca\u00fe\u00ba\u00beLdev/perfkit/junit/Compare;"));
        assertTrue(TestClasses.measured(dir));
    }

    @Test
    void theAnnotationMustBeInAClassFile() throws Exception {
        Files.write(dir.resolve("notes.txt"), bytes("Ldev/perfkit/junit/PerfTest;"));
        assertFalse(TestClasses.measured(dir));
        Files.write(dir.resolve("ParserTest.class"), bytes("Ldev/perfkit/junit/PerfTest;"));
        assertTrue(TestClasses.measured(dir));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
