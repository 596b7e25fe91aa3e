package dev.perfkit.jdbc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The snippet the READMEs and the javadoc show is the one {@link SqlCounterTest} compiles and runs. */
class ReadmeSnippetTest {

    static List<String> snippet() throws Exception {
        String source = Files.readString(Path.of("src/test/java/dev/perfkit/jdbc/SqlCounterTest.java"));
        int start = source.indexOf("// README snippet");
        int end = source.indexOf("// end of the README snippet");
        assertTrue(start > 0 && end > start, "SqlCounterTest lost its README snippet markers");
        List<String> lines = source.substring(source.indexOf('\n', start) + 1, end)
                .lines()
                .map(ReadmeSnippetTest::words)
                .filter(l -> !l.isEmpty())
                .toList();
        assertTrue(lines.size() >= 5, lines.toString());
        return lines;
    }

    /** The line without its indentation, and with runs of spaces as one: the docs may align comments, code does not. */
    private static String words(String line) {
        return line.strip().replaceAll(" {2,}", " ");
    }

    @Test
    void bothReadmesAndTheJavadocQuoteTheTestedSnippet() throws Exception {
        List<String> files = List.of("README.md", "../README.md", "src/main/java/dev/perfkit/jdbc/SqlCounter.java");
        for (String file : files) {
            List<String> text = Files.readString(Path.of(file))
                    .lines()
                    .map(l -> words(l.strip().replaceFirst("^\\* ?", "")))
                    .toList();
            for (String line : snippet()) {
                assertTrue(text.contains(line), file + " does not show the tested line: " + line);
            }
        }
    }
}
