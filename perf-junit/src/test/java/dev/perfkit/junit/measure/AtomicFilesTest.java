package dev.perfkit.junit.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files written whole or not at all: the old file unchanged after any failure, no temporary file left, modes kept,
 * and every failure naming the file and the setting that chose it. A full disk is a real one when this JVM may mount
 * a small tmpfs ({@link FullDisk}); elsewhere that test is skipped and the others provoke failures by other means.
 */
class AtomicFilesTest {

    private static final String KEY = "perfkit.results.dir";

    @TempDir
    Path dir;

    @BeforeEach
    void posixOnly() {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file modes");
    }

    @Test
    void aNewFileGetsTheModeOfAnyNewFileNotThatOfATemporaryOne() throws IOException {
        Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
        Path file = AtomicFiles.write(dir.resolve("new/result.json"), KEY, "{}\n");
        assertEquals("{}\n", Files.readString(file));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(file));
        assertTrue(
                Files.getPosixFilePermissions(file).size() > 2,
                "more than 0600: " + PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(List.of("result.json"), names(file.getParent()), "no temporary file left");
    }

    @Test
    void aRewriteKeepsTheFilesMode() throws IOException {
        for (String mode : List.of("rw-r--r--", "rw-rw-r--", "rw-r-----")) {
            Path file = Files.writeString(dir.resolve("kept.json"), "old");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
            AtomicFiles.write(file, KEY, "new");
            assertEquals("new", Files.readString(file));
            assertEquals(mode, PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }
    }

    @Test
    void aFolderBelowAFileFailsNamingTheFileAndTheSetting() throws IOException {
        Path blocker = Files.writeString(dir.resolve("a-file"), "x");
        Path file = blocker.resolve("results/x.json");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(file, KEY, "{}"));
        assertEquals(file + " (" + KEY + "): Not a directory", e.getMessage());
        assertEquals(List.of("a-file"), names(dir));
    }

    @Test
    void aFailedMoveLeavesNoTemporaryFileAndTheOldContentInPlace() throws IOException {
        Path target = Files.createDirectories(dir.resolve("x.json"));
        Files.writeString(target.resolve("inside"), "old");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(target, KEY, "{}"));
        assertTrue(e.getMessage().startsWith(target + " (" + KEY + "): "), e.getMessage());
        assertEquals(List.of("x.json"), names(dir), "no temporary file left");
        assertEquals("old", Files.readString(target.resolve("inside")));
    }

    @Test
    void aWriterThatFailsHalfWayLeavesTheOldFile() throws IOException {
        Path file = Files.writeString(dir.resolve("baseline.json"), "old");
        IOException e = assertThrows(
                IOException.class,
                () -> AtomicFiles.write(file, "perfkit.baseline.file", out -> {
                    out.write("half of it");
                    throw new IOException("No space left on device");
                }));
        assertEquals(file + " (perfkit.baseline.file): No space left on device", e.getMessage());
        assertEquals("old", Files.readString(file));
        assertEquals(List.of("baseline.json"), names(dir));
    }

    @Test
    void anErrorInTheWriterLeavesNoTemporaryFileAndStaysItself() throws IOException {
        Path file = dir.resolve("big.json");
        assertThrows(
                OutOfMemoryError.class,
                () -> AtomicFiles.write(file, KEY, out -> {
                    out.write("a lot");
                    throw new OutOfMemoryError("Java heap space");
                }));
        assertEquals(List.of(), names(dir));
    }

    @Test
    void aSymbolicLinkStaysALinkToTheRewrittenFile() throws IOException {
        Path real = Files.writeString(dir.resolve("real.json"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), real.getFileName());
        AtomicFiles.write(link, KEY, "new");
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("new", Files.readString(real));
        assertEquals(List.of("link.json", "real.json"), names(dir));
    }

    @Test
    void theLeftoversOfAKilledWriterAreDeletedOnAsking() throws IOException {
        Path file = Files.writeString(dir.resolve("perf-baseline.json"), "old");
        Files.writeString(dir.resolve(".perf-baseline.json.1a2b.tmp"), "half");
        Files.writeString(dir.resolve(".other.json.1a2b.tmp"), "another file's");
        assertEquals(1, AtomicFiles.deleteLeftovers(file));
        assertEquals(List.of(".other.json.1a2b.tmp", "perf-baseline.json"), names(dir));
        assertEquals(0, AtomicFiles.deleteLeftovers(dir.resolve("none/x.json")), "no folder, nothing to delete");
    }

    @Test
    void aFullDiskLeavesTheOldFileAndNoTemporaryOne() throws Exception {
        try (FullDisk disk = FullDisk.mount(dir.resolve("disk"))) {
            Path file = Files.writeString(disk.dir().resolve("results.json"), "old");
            Path other = disk.dir().resolve("new.json");
            String big = "x".repeat(2 * FullDisk.SIZE_BYTES);
            IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(file, KEY, big));
            assertEquals(file + " (" + KEY + "): No space left on device", e.getMessage());
            e = assertThrows(IOException.class, () -> AtomicFiles.write(other, KEY, big));
            assertEquals(other + " (" + KEY + "): No space left on device", e.getMessage());
            assertEquals("old", Files.readString(file));
            assertEquals(List.of("results.json"), names(disk.dir()), "no temporary or empty file left");
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
