package dev.perfkit.junit.measure;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;

/**
 * A real file system of {@value #SIZE_BYTES} bytes, a tmpfs mounted for one test and unmounted after it, for tests
 * of what happens when the disk is full. Mounting needs Linux and the right to mount (root, or a container that
 * allows it); without them the test that asks is skipped, not failed.
 *
 * @param dir the mounted folder
 */
public record FullDisk(Path dir) implements AutoCloseable {

    /** The file system's size, as the issue it reproduces had it. */
    public static final int SIZE_BYTES = 256 * 1024;

    /**
     * Mounts a tmpfs of {@value #SIZE_BYTES} bytes on {@code dir}, creating the folder; skips the test if it cannot.
     */
    public static FullDisk mount(Path dir) throws IOException {
        assumeTrue(System.getProperty("os.name").startsWith("Linux"), "a tmpfs needs Linux");
        Files.createDirectories(dir);
        assumeTrue(
                run("mount", "-t", "tmpfs", "-o", "size=" + SIZE_BYTES, "tmpfs", dir.toString()),
                "this JVM may not mount a tmpfs (needs root or CAP_SYS_ADMIN)");
        return new FullDisk(dir);
    }

    /** Fills the disk until about {@code leftBytes} are free, with a file that stays there. */
    public FullDisk fill(int leftBytes) throws IOException {
        Path filler = dir.resolve("filler");
        try (FileChannel out = FileChannel.open(filler, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer page = ByteBuffer.allocate(4096);
            try {
                while (true) {
                    out.write(page.clear());
                }
            } catch (IOException full) {
                out.truncate(Math.max(0, out.size() - leftBytes));
            }
        }
        return this;
    }

    @Override
    public void close() throws IOException {
        if (!run("umount", dir.toString()) && !run("umount", "-l", dir.toString())) {
            throw new IOException("could not unmount the tmpfs at " + dir);
        }
    }

    /** Runs {@code command}; true when it ended well within 30 s. */
    private static boolean run(String... command) {
        try {
            Process p = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false; // no such command
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
