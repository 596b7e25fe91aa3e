package dev.perfkit.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfkit.junit.measure.FullDisk;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * Results and kept baselines that cannot be written: the verdict is still reported, every message names the file and
 * the setting that chose it, no empty or temporary file is left behind, and a rewritten file keeps its mode. A full
 * disk is a real 256 KiB tmpfs where this JVM may mount one; elsewhere a file in the way stands in for it.
 */
class FailedWriteTest {

    private static final String STEM = Slow.class.getName() + ".run";

    @TempDir
    Path dir;

    private static EngineExecutionResults run(Class<?> fixture, Path results, String... more) {
        String[] all = Stream.concat(Stream.of("perfkit.allocation", "off"), Stream.of(more))
                .toArray(String[]::new);
        return Fixtures.run(fixture, results, all);
    }

    /** Puts a folder where each of the test's files would go, so that none of them can be written. */
    private static void block(Path results, String stem, String... suffixes) throws IOException {
        for (String suffix : suffixes) {
            Files.writeString(
                    Files.createDirectories(results.resolve(stem + suffix)).resolve("in-the-way"), "x");
        }
    }

    @Test
    void aMissedBudgetIsReportedWhenNoResultCanBeWritten() throws IOException {
        Path results = dir.resolve("results");
        block(results, STEM, ".json", ".html");
        String message = Fixtures.onlyFailureMessage(run(Slow.class, results));
        assertTrue(message.startsWith("FailedWriteTest.Slow.run(): 1 of 1 performance budget missed\n"), message);
        assertTrue(message.contains("  p99     495 ns    <= 400 ns  FAILED by 95 ns (+23.8 %)\n"), message);
        assertTrue(
                message.contains("\n\nnot written: " + results.resolve(STEM + ".json") + " (perfkit.results.dir): "),
                message);
        assertTrue(
                message.contains("\nnot written: " + results.resolve(STEM + ".html") + " (perfkit.results.dir): "),
                message);
        assertEquals(List.of(), leftovers(dir));
    }

    @Test
    void aPassingTestSaysItPassedAndWhatWasNotWritten() throws IOException {
        Path results = dir.resolve("results");
        block(results, Quick.class.getName() + ".run", ".json");
        String message = Fixtures.onlyFailureMessage(run(Quick.class, results));
        assertTrue(
                message.startsWith("FailedWriteTest.Quick.run(): passed, but its results could not all be written\n\n"
                        + "not written: " + results.resolve(Quick.class.getName() + ".run.json")
                        + " (perfkit.results.dir): "),
                message);
    }

    @Test
    void theRunsSummaryWritesWhatItCanAndNamesWhatItCannot() throws IOException {
        Path results = dir.resolve("results");
        Files.writeString(
                Files.createDirectories(results.resolve("summary.json")).resolve("in-the-way"), "x");
        EngineExecutionResults r = run(Quick.class, results);
        r.testEvents().assertStatistics(s -> s.succeeded(1));
        String failure = runFailure(r);
        assertTrue(
                failure.contains("the run's summary could not all be written:\nnot written: "
                        + results.resolve("summary.json") + " (perfkit.results.dir): "),
                failure);
        assertTrue(Files.exists(results.resolve("summary.md")));
        assertTrue(Files.exists(results.resolve("index.html")), "the index is written, without the missing file");
        assertFalse(Files.readString(results.resolve("index.html")).contains("summary.json"));
        assertEquals(List.of(), leftovers(dir));
    }

    @Test
    void recordingWhereTheBaselineCannotBeWrittenNamesTheFileAndTheSetting() throws IOException {
        Path results = dir.resolve("results");
        Path file = Files.writeString(dir.resolve("a-file"), "x").resolve("perf-baseline.json");
        EngineExecutionResults r =
                run(Quick.class, results, "perfkit.baseline.file", file.toString(), "perfkit.baseline.record", "on");
        r.testEvents().assertStatistics(s -> s.succeeded(1));
        String failure = runFailure(r);
        assertTrue(
                failure.contains("kept baseline not recorded: " + file + " (perfkit.baseline.file): not a folder: "
                        + file.getParent() + "; the file is unchanged"),
                failure);
        assertEquals(List.of(), leftovers(dir));
    }

    @Test
    void theLockStaysOutOfTheSourceTreeAndARewriteKeepsTheFilesMode() throws IOException {
        Path results = dir.resolve("target/perf-results");
        Path file = dir.resolve("src/test/perf-baseline.json");
        String[] record = {"perfkit.baseline.file", file.toString(), "perfkit.baseline.record", "on"};
        run(Quick.class, results, record).allEvents().assertStatistics(s -> s.failed(0));
        assertEquals(List.of("perf-baseline.json"), names(file.getParent()), "no lock file in the source tree");
        assertTrue(Files.exists(results.resolve("perf-baseline.json.lock")));
        for (String mode : List.of("rw-r--r--", "rw-rw-r--")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
            run(Quick.class, results, record).allEvents().assertStatistics(s -> s.failed(0));
            assertEquals(mode, PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            assertEquals(List.of("perf-baseline.json"), names(file.getParent()));
        }
    }

    @Test
    void onAFullDiskTheVerdictIsReportedAndNothingHalfWrittenIsLeft() throws IOException {
        try (FullDisk disk = FullDisk.mount(dir.resolve("disk"))) {
            Path results = disk.dir().resolve("results");
            Path file = disk.dir().resolve("perf-baseline.json");
            String[] record = {"perfkit.baseline.file", file.toString(), "perfkit.baseline.record", "on"};
            run(Quick.class, results, record).allEvents().assertStatistics(s -> s.failed(0));
            String kept = Files.readString(file);
            disk.fill(Math.toIntExact(Files.size(file) / 2));

            EngineExecutionResults r = run(Slow.class, results, record);
            String message = Fixtures.onlyFailureMessage(r);
            assertTrue(message.startsWith("FailedWriteTest.Slow.run(): 1 of 1 performance budget missed\n"), message);
            assertTrue(
                    message.contains("not written: " + results.resolve(STEM + ".json")
                            + " (perfkit.results.dir): No space left on device"),
                    message);
            String failure = runFailure(r);
            assertTrue(
                    failure.contains("kept baseline not recorded: " + file + " (perfkit.baseline.file): No space left "
                            + "on device; the file is unchanged"),
                    failure);
            assertEquals(kept, Files.readString(file));
            assertEquals(List.of(), leftovers(disk.dir()));
        }
    }

    /**
     * The messages of what failed the run as a whole (the engine's container, when the run's objects are closed), with
     * their causes and suppressed exceptions.
     */
    private static String runFailure(EngineExecutionResults r) {
        List<String> messages = new ArrayList<>();
        r.containerEvents().failed().stream()
                .map(e -> e.getRequiredPayload(TestExecutionResult.class)
                        .getThrowable()
                        .orElseThrow())
                .forEach(t -> collect(t, messages));
        return String.join("\n", messages);
    }

    private static void collect(Throwable t, List<String> messages) {
        messages.add(String.valueOf(t.getMessage()));
        for (Throwable s : t.getSuppressed()) {
            collect(s, messages);
        }
        if (t.getCause() != null) {
            collect(t.getCause(), messages);
        }
    }

    /** Temporary files and empty files under {@code root}, except the baseline's lock, which is empty by design. */
    private static List<Path> leftovers(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> out = new ArrayList<>();
            for (Path p : files.filter(Files::isRegularFile).collect(Collectors.toList())) {
                String name = p.getFileName().toString();
                if (name.endsWith(".tmp") || (Files.size(p) == 0 && !name.endsWith(".lock"))) {
                    out.add(p);
                }
            }
            return out;
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    static class Slow {
        static final Steps STEPS = new Steps();

        @Test
        @PerfTest(warmupIterations = 0, iterations = 100)
        @Budget(p99 = "400ns")
        void run() {
            STEPS.next();
        }
    }

    static class Quick {
        @Test
        @PerfTest(warmupIterations = 0, iterations = 50)
        @Budget(p99 = "1ms")
        void run() {
            ScriptedTicker.advance(100);
        }
    }
}
