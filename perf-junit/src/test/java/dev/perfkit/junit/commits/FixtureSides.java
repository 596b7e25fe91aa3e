package dev.perfkit.junit.commits;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfkit.Perf;
import dev.perfkit.junit.PerfTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * Sides of a comparison of commits for tests: Java sources compiled at test time into a folder of their own, so the
 * same class name can mean different code on each side, and JUnit never finds the fixtures among this module's tests.
 */
final class FixtureSides {

    private FixtureSides() {}

    /**
     * Compiles, with the JDK's {@code javac}, {@code sources} (file name, such as {@code fx/Work.java}, to text) into
     * {@code dir}/classes.
     */
    static Path compile(Path dir, Map<String, String> sources) throws IOException {
        Path src = dir.resolve("src");
        Path classes = Files.createDirectories(dir.resolve("classes"));
        List<String> args = new ArrayList<>(List.of(
                "-d",
                classes.toString(),
                "-classpath",
                String.join(java.io.File.pathSeparator, libraries()),
                "-proc:none",
                "-nowarn"));
        for (Map.Entry<String, String> e : sources.entrySet()) {
            Path file = src.resolve(e.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
            args.add(file.toString());
        }
        // javac as a process: this module's tests do not read java.compiler
        args.add(0, Path.of(System.getProperty("java.home"), "bin", "javac").toString());
        Path log = dir.resolve("javac.log");
        Process javac = new ProcessBuilder(args)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        int code;
        try {
            code = javac.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while compiling the fixtures", e);
        }
        String messages = Files.readString(log);
        assertTrue(code == 0, () -> "fixture sources did not compile: " + messages);
        return classes;
    }

    /** The jars and folders of perfkit and JUnit's API, where this JVM loaded them from. */
    static List<String> libraries() {
        Set<String> out = new LinkedHashSet<>();
        for (Class<?> c : List.of(PerfTest.class, Perf.class, Test.class, API.class, AssertionFailedError.class)) {
            try {
                out.add(Path.of(c.getProtectionDomain()
                                .getCodeSource()
                                .getLocation()
                                .toURI())
                        .toString());
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return new ArrayList<>(out);
    }

    /** What an engine run in this JVM returned and printed. */
    record Run(int code, String stdout, String stderr) {}

    /** Runs the engine in this JVM on {@code request}, with {@code env} for its environment variables. */
    static Run run(Path request, Map<String, String> env) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CommitsMain.run(
                new String[] {request.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                name -> Optional.ofNullable(env.get(name)));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** A side's JSON for a request: its classes folder is both its class path and its test classes. */
    static String side(String label, Path classes) {
        return "{\"label\": \"" + label + "\", \"classPath\": [\"" + classes + "\"], \"testClassDirs\": [\"" + classes
                + "\"]}";
    }

    /** A request's JSON for two sides, with extra fields (each {@code "name": value}, comma-separated, or empty). */
    static String request(Path base, Path head, Path out, String extra) {
        return "{\"base\": " + side("base", base) + ", \"head\": " + side("head", head) + ", \"outputDir\": \"" + out
                + "\"" + (extra.isEmpty() ? "" : ", " + extra) + "}";
    }
}
