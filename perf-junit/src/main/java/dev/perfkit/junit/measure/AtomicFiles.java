package dev.perfkit.junit.measure;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The one way perf-junit writes a file: whole or not at all. The text goes to a temporary file beside the target,
 * which is then moved over it atomically, so that a reader, a full disk or a killed JVM never leaves a half-written or
 * empty file in its place; when anything fails, the temporary file is deleted and the old file, if any, is left as it
 * was. A rewritten file keeps its POSIX permissions; a new one gets the mode any program's new file gets (0644 under
 * the usual umask 022), not the 0600 of {@link Files#createTempFile}. A symbolic link is followed: the file it points
 * to is replaced, the link stays.
 *
 * <p>Every failure is an {@link IOException} whose message names the file and the setting that chose it, then the
 * reason: {@code target/perf-results/x.json (perfkit.results.dir): No space left on device}. Stateless and
 * thread-safe; two threads writing the same file at once each write it whole, and the last move wins.
 */
public final class AtomicFiles {

    /** How the names of temporary files end. */
    private static final String TEMP_SUFFIX = ".tmp";

    private AtomicFiles() {}

    /** Writes a file's content to a {@link Writer}, which the caller neither closes nor flushes. */
    @FunctionalInterface
    public interface Content {
        /** Writes the whole content to {@code out}. */
        void writeTo(Writer out) throws IOException;
    }

    /**
     * Writes {@code text} as UTF-8 to {@code file}, creating its folder, and returns the file.
     *
     * @param key the setting that chose the path, such as {@code perfkit.results.dir}, for the failure's message
     * @throws IOException naming the file, {@code key} and the reason; the old file, if any, is unchanged
     */
    public static Path write(Path file, String key, CharSequence text) throws IOException {
        return write(file, key, out -> out.append(text));
    }

    /**
     * Writes what {@code content} writes, as UTF-8, to {@code file}, creating its folder, and returns the file: for a
     * large file, without holding all of its text at once.
     *
     * @param key the setting that chose the path, such as {@code perfkit.baseline.file}, for the failure's message
     * @throws IOException naming the file, {@code key} and the reason; the old file, if any, is unchanged
     */
    public static Path write(Path file, String key, Content content) throws IOException {
        Path target;
        Path temp;
        try {
            target = Files.isSymbolicLink(file) ? file.toRealPath() : file.toAbsolutePath();
            Files.createDirectories(target.getParent());
            temp = createTemp(target);
        } catch (IOException | RuntimeException e) {
            throw failure(file, key, e);
        }
        boolean moved = false;
        try {
            Set<PosixFilePermission> mode = existingMode(target);
            // the stream is a resource of its own: a writer over a channel leaves it open when its last bytes do not
            // fit
            try (OutputStream stream = Files.newOutputStream(temp);
                    Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8))) {
                content.writeTo(out);
            }
            if (mode != null) {
                Files.setPosixFilePermissions(temp, mode);
            }
            move(temp, target);
            moved = true;
            return file;
        } catch (IOException | RuntimeException e) {
            throw failure(file, key, e);
        } finally {
            if (!moved) {
                deleteQuietly(temp);
            }
        }
    }

    /**
     * Deletes the temporary files a killed JVM left beside {@code file}: to be called only while nothing else writes
     * {@code file}, such as under its lock, since another writer's temporary file looks the same.
     *
     * @return how many were deleted
     */
    public static int deleteLeftovers(Path file) throws IOException {
        Path target = Files.isSymbolicLink(file) ? file.toRealPath() : file.toAbsolutePath();
        if (!Files.isDirectory(target.getParent())) {
            return 0;
        }
        int deleted = 0;
        String prefix = tempPrefix(target);
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(
                target.getParent(),
                p -> p.getFileName().toString().startsWith(prefix)
                        && p.getFileName().toString().endsWith(TEMP_SUFFIX))) {
            for (Path p : leftovers) {
                deleted += Files.deleteIfExists(p) ? 1 : 0;
            }
        }
        return deleted;
    }

    /**
     * Creates an empty temporary file beside {@code target}, hidden and named after it
     * ({@code .perf-baseline.json.1a2b3c.tmp}), with the mode a new file gets: created like any new file, not through
     * {@link Files#createTempFile}, which makes it 0600.
     */
    private static Path createTemp(Path target) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temp = target.resolveSibling(tempPrefix(target)
                    + Long.toHexString(ThreadLocalRandom.current().nextLong())
                    + TEMP_SUFFIX);
            try {
                Files.newByteChannel(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)
                        .close();
                return temp;
            } catch (FileAlreadyExistsException e) {
                if (attempt == 100) {
                    throw e;
                }
            }
        }
    }

    /** How the names of {@code target}'s temporary files begin: hidden, then its name. */
    private static String tempPrefix(Path target) {
        return "." + target.getFileName() + ".";
    }

    /** The POSIX permissions of the file being replaced; null when there is none or the file system has none. */
    private static Set<PosixFilePermission> existingMode(Path target) throws IOException {
        if (!Files.exists(target) || Files.getFileAttributeView(target, PosixFileAttributeView.class) == null) {
            return null;
        }
        return Files.getPosixFilePermissions(target);
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // same folder, so only a file system without atomic renames: replacing is the best it offers
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException | RuntimeException e) {
            // the write's own failure is the one to report; a leftover hidden .tmp file is the lesser harm
        }
    }

    /** The failure to report: the file, the setting that chose it and the reason, with the cause attached. */
    private static IOException failure(Path file, String key, Exception e) {
        return new IOException(file + " (" + key + "): " + reason(e), e);
    }

    /**
     * What went wrong with a file, in the words of the operating system when it gave some ({@code No space left on
     * device}, {@code Not a directory}), otherwise the exception's kind and message.
     */
    public static String reason(Exception e) {
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        if (e instanceof FileAlreadyExistsException f) {
            return "not a folder: " + f.getFile(); // what Files.createDirectories says of a file in the way
        }
        String kind = e.getClass().getSimpleName();
        return e.getMessage() == null
                ? kind
                : e instanceof IOException && e.getClass() == IOException.class
                        ? e.getMessage()
                        : kind + ": " + e.getMessage();
    }
}
