package dev.perfkit.junit.report.format;

import dev.perfkit.junit.measure.AtomicFiles;
import dev.perfkit.junit.measure.Settings;
import dev.perfkit.junit.metric.TestOutcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Function;

/**
 * The run's summary for a CI page, as Markdown: every performance test's and complexity test's line, and every
 * comparison's report (kept baselines included). Under GitHub Actions ({@code GITHUB_STEP_SUMMARY} set) it is
 * appended to the job's step summary, which GitHub shows on the run's page; elsewhere it is written to
 * {@value #FILE} in the results folder.
 * Stateless.
 */
public final class CiSummary {

    /** The summary's file name when no step summary is set. */
    public static final String FILE = "summary.md";
    /** The environment variable GitHub Actions sets to the file of the job's step summary. */
    public static final String STEP_SUMMARY = "GITHUB_STEP_SUMMARY";

    /**
     * One performance or complexity test of the run.
     *
     * @param test the test's name
     * @param outcome what it made of its budgets (or of its expected growth)
     * @param line its console line's figures (or verdict), without the prefix {@code [perfkit] <test>: }
     * @param result its JSON result
     * @param page its HTML page's file name
     */
    public record Test(String test, TestOutcome outcome, String line, Path result, String page) {}

    private CiSummary() {}

    /**
     * The summary as Markdown: a heading with the counts, the performance tests' lines, the complexity tests' lines
     * (when there are any), then each comparison's report.
     */
    public static String markdown(
            Collection<Test> tests, Collection<SummaryMarkdown.Item> comparisons, Collection<Test> complexityTests) {
        StringBuilder md = new StringBuilder("# perfkit: ")
                .append(count(tests.size(), "performance test"))
                .append(", ")
                .append(count(comparisons.size(), "comparison"))
                .append(complexityTests.isEmpty() ? "" : ", " + count(complexityTests.size(), "complexity test"))
                .append("\n\n");
        lines(md, "Performance tests", tests);
        lines(md, "Complexity tests", complexityTests);
        if (!comparisons.isEmpty()) {
            md.append("## Comparisons\n\n");
            for (SummaryMarkdown.Item c : comparisons) {
                md.append("### ")
                        .append(c.test())
                        .append(": ")
                        .append(c.outcome())
                        .append("\n\n");
                md.append(
                                c.markdown().isEmpty()
                                        ? "See " + c.report().getFileName() + ".\n"
                                        : demote(c.markdown().strip(), 2))
                        .append("\n\n");
            }
        }
        return md.toString();
    }

    /**
     * Writes the summary: appended to the file named by {@value #STEP_SUMMARY} when {@code env} has it, otherwise to
     * {@code dir}/{@value #FILE}. Returns the file written.
     *
     * @param env the environment variables, through a lookup tests replace
     * @throws IOException naming the file and what chose it ({@code perfkit.results.dir} or {@value #STEP_SUMMARY})
     */
    public static Path write(Path dir, String markdown, Function<String, Optional<String>> env) throws IOException {
        Optional<String> step = env.apply(STEP_SUMMARY);
        if (step.isPresent()) {
            // GitHub's file, which other steps append to as well: appended to, never replaced
            Path file = Path.of(step.get());
            try {
                Files.writeString(
                        file,
                        markdown + "\n",
                        StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new IOException(file + " (" + STEP_SUMMARY + "): " + e.getMessage(), e);
            }
            return file;
        }
        return AtomicFiles.write(dir.resolve(FILE), Settings.RESULTS_DIR, markdown);
    }

    private static void lines(StringBuilder md, String heading, Collection<Test> tests) {
        if (tests.isEmpty()) {
            return;
        }
        md.append("## ").append(heading).append("\n\n");
        for (Test t : tests) {
            md.append("- **")
                    .append(t.outcome())
                    .append("** `")
                    .append(t.test())
                    .append("`: ")
                    .append(t.line())
                    .append('\n');
        }
        md.append('\n');
    }

    /** Markdown with every heading {@code levels} deeper, so a report nests under the summary's headings. */
    static String demote(String markdown, int levels) {
        return markdown.replaceAll("(?m)^#", "#".repeat(levels + 1));
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
