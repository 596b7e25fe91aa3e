package dev.perfkit.junit.measure.fork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bounded end of a fork's log. */
class OutputTailTest {

    @TempDir
    Path dir;

    @Test
    void aShortLogIsReadWholeAndAMissingOneIsEmpty() throws IOException {
        Path log = Files.writeString(dir.resolve("short.log"), "one\ntwo\n");
        assertEquals("one\ntwo\n", OutputTail.read(log, 100));
        assertEquals("", OutputTail.read(dir.resolve("absent.log"), 100));
    }

    @Test
    void aLongLogKeepsItsLastWholeLinesWithinTheBound() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            text.append("line ").append(i).append('\n');
        }
        Path log = Files.writeString(dir.resolve("long.log"), text);

        String tail = OutputTail.read(log, 1000);

        String header = tail.substring(0, tail.indexOf('\n') + 1);
        String kept = tail.substring(header.length());
        assertTrue(kept.length() <= 1000, () -> "kept " + kept.length());
        assertTrue(kept.startsWith("line "), kept);
        assertTrue(text.toString().endsWith(kept));
        assertEquals("[" + (text.length() - kept.length()) + " earlier bytes in " + log + "]\n", header);
        assertEquals(List.of("line 9998", "line 9999"), OutputTail.lastLines(tail, 2));
    }

    @Test
    void lastLinesIgnoresTrailingBlankLines() {
        assertEquals(List.of("b", "c"), OutputTail.lastLines("a\nb\nc\n\n", 2));
        assertEquals(List.of(), OutputTail.lastLines("", 2));
    }
}
