package dev.perfkit.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two JVMs that record into one kept baseline file at the same moment both keep their figures: each merges what the
 * file holds under a file lock. The children run their fixture through the engine and then wait for a common instant
 * before the run ends, so that both write at once.
 */
class KeptBaselineAcrossJvmsTest {

    private static final int ROUNDS = 2;

    @TempDir
    Path dir;

    @Test
    void twoJvmsRecordingAtOnceKeepEachOthersFigures() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            Path file = dir.resolve("baseline-" + round + ".json");
            long at = System.currentTimeMillis() + 1_500;
            List<Process> children = new ArrayList<>();
            for (Class<?> fixture : List.of(First.class, Second.class)) {
                children.add(new ProcessBuilder(
                                Path.of(System.getProperty("java.home"), "bin", "java")
                                        .toString(),
                                "-cp",
                                System.getProperty("java.class.path"),
                                Child.class.getName(),
                                fixture.getName(),
                                dir.toString(),
                                file.toString(),
                                String.valueOf(at))
                        .redirectErrorStream(true)
                        .redirectOutput(dir.resolve("child-" + round + "-" + fixture.getSimpleName() + ".log")
                                .toFile())
                        .start());
            }
            for (Process child : children) {
                assertTrue(child.waitFor(60, TimeUnit.SECONDS), "a child JVM did not finish within 60 s");
                assertEquals(0, child.exitValue(), () -> "a child JVM failed: " + logs());
            }
            String kept = Files.readString(file);
            assertTrue(
                    kept.contains(First.class.getName() + ".run"), () -> "the first JVM's figures are lost:\n" + kept);
            assertTrue(
                    kept.contains(Second.class.getName() + ".run"),
                    () -> "the second JVM's figures are lost:\n" + kept);
        }
    }

    private String logs() {
        try (var files = Files.list(dir)) {
            StringBuilder out = new StringBuilder();
            for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".log"))::iterator) {
                out.append('\n').append(p.getFileName()).append(":\n").append(Files.readString(p));
            }
            return out.toString();
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** A child JVM: records one fixture's figures into the shared file at the given instant. */
    static final class Child {
        public static void main(String[] args) throws Exception {
            Class<?> fixture = Class.forName(args[0]);
            Waiting.until = Long.parseLong(args[3]);
            var results = Fixtures.run(
                    fixture,
                    Path.of(args[1]),
                    "perfkit.allocation",
                    "off",
                    "perfkit.baseline.file",
                    args[2],
                    "perfkit.baseline.record",
                    "on");
            System.exit(
                    results.testEvents().failed().count() == 0
                                    && results.testEvents().succeeded().count() == 1
                            ? 0
                            : 1);
        }
    }

    /** The instant both children's test bodies wait for, so that their runs end and write together. */
    static final class Waiting {
        static volatile long until;

        static void await() {
            long left = until - System.currentTimeMillis();
            if (left > 0) {
                try {
                    Thread.sleep(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    static class First {
        @Test
        @PerfTest(warmupIterations = 0, iterations = 5)
        void run() {
            Waiting.await();
            ScriptedTicker.advance(100);
        }
    }

    static class Second {
        @Test
        @PerfTest(warmupIterations = 0, iterations = 5)
        void run() {
            Waiting.await();
            ScriptedTicker.advance(200);
        }
    }
}
