package dev.perfkit.junit.measure.fork;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The end of a fork's output log: at most {@link #MAX_BYTES} bytes however much the fork wrote, so a chatty or
 * runaway test costs the parent a bounded amount of memory. The whole log stays on disk.
 *
 * <p>Stateless and thread-safe.
 */
final class OutputTail {

    /** The most bytes of one stream kept in memory: 64 KiB. */
    static final int MAX_BYTES = 64 * 1024;

    private OutputTail() {}

    /**
     * The last {@code maxBytes} of {@code log} as text (malformed UTF-8 replaced). When the log is longer, the text
     * starts at a line boundary after a line saying how many bytes were left out. A missing or unreadable log gives a
     * line saying so, never an exception.
     */
    static String read(Path log, int maxBytes) {
        if (!Files.exists(log)) {
            return "";
        }
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long length = file.length();
            int kept = (int) Math.min(length, maxBytes);
            byte[] bytes = new byte[kept];
            file.seek(length - kept);
            file.readFully(bytes);
            if (kept == length) {
                return decode(bytes, 0);
            }
            int start = 0;
            while (start < bytes.length && bytes[start] != '\n') {
                start++;
            }
            start = start < bytes.length ? start + 1 : 0; // a tail without any line break is kept whole
            return "[" + (length - kept + start) + " earlier bytes in " + log + "]\n" + decode(bytes, start);
        } catch (IOException e) {
            return "[cannot read " + log + ": " + e + "]";
        }
    }

    private static String decode(byte[] bytes, int from) {
        return new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8); // replaces malformed input
    }

    /** The last {@code n} lines of {@code text}, without a trailing empty line. */
    static List<String> lastLines(String text, int n) {
        List<String> lines = Arrays.asList(text.split("\r?\n", -1));
        int end = lines.size();
        while (end > 0 && lines.get(end - 1).isEmpty()) {
            end--;
        }
        return lines.subList(Math.max(0, end - n), end);
    }
}
