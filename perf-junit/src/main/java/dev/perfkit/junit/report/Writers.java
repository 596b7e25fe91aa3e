package dev.perfkit.junit.report;

import dev.perfkit.junit.baseline.BaselineCheck;
import dev.perfkit.junit.compare.CompareResult;
import dev.perfkit.junit.complexity.ComplexityResult;
import dev.perfkit.junit.perftest.PerfTestResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The writers every finished test goes through, in order: Markdown, JSON, HTML, the run's summary, JUnit's report
 * entries, the console. A writer that fails does not stop the others: its failure is returned, so that the extension
 * still judges the test and can say which output is missing. Adding a way out for results means adding one writer
 * here. Stateless.
 */
public final class Writers {

    private static final List<ResultWriter> ALL = List.of(
            new MarkdownWriter(),
            new JsonWriter(),
            new HtmlWriter(),
            new RunSummaryWriter(),
            new ReportEntryWriter(),
            new ConsoleWriter());

    private Writers() {}

    /** One writer's step. */
    private interface Step {
        void write(ResultWriter writer) throws IOException;
    }

    /**
     * Writes a finished {@code @PerfTest} with every writer.
     *
     * @param kept what the kept baseline made of its figures; null without one
     * @return what could not be written, one line each; empty when everything was
     */
    public static List<String> perfTest(PerfTestResult result, BaselineCheck kept, Outputs out) {
        return each(w -> w.perfTest(result, kept, out));
    }

    /** Writes a finished {@code @Compare} test with every writer; returns what could not be written. */
    public static List<String> comparison(CompareResult result, Outputs out) {
        return each(w -> w.comparison(result, out));
    }

    /** Writes a finished {@code @Complexity} test with every writer; returns what could not be written. */
    public static List<String> complexity(ComplexityResult result, Outputs out) {
        return each(w -> w.complexity(result, out));
    }

    private static List<String> each(Step step) {
        List<String> failures = new ArrayList<>();
        for (ResultWriter writer : ALL) {
            try {
                step.write(writer);
            } catch (IOException | RuntimeException e) {
                // a file's failure names the file, the setting that chose it and the reason (AtomicFiles)
                failures.add(
                        e instanceof IOException && e.getMessage() != null
                                ? e.getMessage()
                                : writer.getClass().getSimpleName() + ": " + e);
            }
        }
        return failures;
    }
}
