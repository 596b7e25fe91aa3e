package dev.perfkit.maven.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Finds out, without loading a class, whether compiled tests hold anything the comparison measures. */
public final class TestClasses {
    /** The annotations the engine compares, as they appear in a class file's constant pool. */
    private static final List<String> MEASURED = List.of("Ldev/perfkit/junit/PerfTest;", "Ldev/perfkit/junit/Compare;");

    private TestClasses() {}

    /** Whether a class file under {@code dir} uses {@code @PerfTest} or {@code @Compare}; false when there is none. */
    public static boolean measured(Path dir) throws CompareException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                if (MEASURED.stream().anyMatch(text::contains)) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new CompareException("cannot read the test classes in " + dir + ": " + e.getMessage(), e);
        }
    }
}
