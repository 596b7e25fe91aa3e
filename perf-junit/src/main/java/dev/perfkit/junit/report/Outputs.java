package dev.perfkit.junit.report;

import dev.perfkit.junit.measure.TestId;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Where the writers of one test write: the results folder, JUnit's report entries, the run's summary and the console.
 * Immutable; the summary is thread-safe.
 *
 * @param dir the results folder ({@code perfkit.results.dir})
 * @param entries publishes report entries to JUnit
 * @param summary the run's summary, written when the run ends
 * @param console standard output, which the console and Surefire's XML carry
 */
public record Outputs(Path dir, Consumer<Map<String, String>> entries, RunSummary summary, PrintStream console) {

    /** The file names of a test's results, beside each other in the results folder. */
    public static final String JSON = ".json";
    /** A performance test's HTML page. */
    public static final String PAGE = ".html";
    /** A comparison's Markdown report. */
    public static final String COMPARE_MD = ".compare.md";
    /** A comparison's JSON result. */
    public static final String COMPARE_JSON = ".compare.json";
    /** A comparison's HTML page. */
    public static final String COMPARE_PAGE = ".compare.html";
    /** A complexity test's JSON result. */
    public static final String COMPLEXITY_JSON = ".complexity.json";
    /** A complexity test's HTML page. */
    public static final String COMPLEXITY_PAGE = ".complexity.html";
    /** The comparison of a test with its kept baseline, in Markdown. */
    public static final String BASELINE_MD = ".baseline.md";

    /** The outputs of the test {@code context} runs. */
    public static Outputs of(ExtensionContext context, Path dir) {
        return new Outputs(dir, context::publishReportEntry, RunSummary.of(context), System.out);
    }

    /** The test's file with {@code suffix}, such as {@link #COMPARE_MD}, in the results folder. */
    public Path file(TestId test, String suffix) {
        return dir.resolve(fileName(test, suffix));
    }

    /** The test's file name with {@code suffix}, without the folder (pages link their neighbours by it). */
    public static String fileName(TestId test, String suffix) {
        return test.fileStem() + suffix;
    }
}
