package dev.perfkit.junit.report;

import dev.perfkit.junit.commits.result.CommitsResult;
import dev.perfkit.junit.commits.result.MeasuredTest;
import dev.perfkit.junit.measure.AtomicFiles;
import dev.perfkit.junit.report.format.CiSummary;
import dev.perfkit.junit.report.format.CommitsJson;
import dev.perfkit.junit.report.format.CommitsText;
import dev.perfkit.junit.report.html.CommitsPage;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The way out for a comparison of commits: the console table, {@code summary.json}, a page per test and the run's
 * Markdown (appended to {@code GITHUB_STEP_SUMMARY} when set, else {@code summary.md}), each file whole or not at all.
 * Stateless.
 */
public final class CommitsWriters {

    /** What names the output folder in messages about files not written. */
    private static final String KEY = "outputDir";

    private CommitsWriters() {}

    /**
     * Writes everything; a file that cannot be written does not stop the others.
     *
     * @param env the environment variables, through a lookup tests replace
     * @throws IOException after writing all it could, naming every file not written
     */
    public static void write(CommitsResult r, Path outputDir, PrintStream out, Function<String, Optional<String>> env)
            throws IOException {
        out.print(CommitsText.console(r));
        out.flush();
        List<String> failures = new ArrayList<>();
        try {
            AtomicFiles.write(outputDir.resolve(CommitsJson.FILE), KEY, CommitsJson.render(r));
        } catch (IOException e) {
            failures.add(e.getMessage());
        }
        for (MeasuredTest t : r.tests()) {
            try {
                AtomicFiles.write(outputDir.resolve(CommitsPage.file(t)), KEY, CommitsPage.render(r, t));
            } catch (IOException e) {
                failures.add(e.getMessage());
            }
        }
        try {
            CiSummary.write(outputDir, CommitsText.markdown(r), env);
        } catch (IOException e) {
            failures.add(e.getMessage());
        }
        if (!failures.isEmpty()) {
            throw new IOException("not written: " + String.join("; not written: ", failures));
        }
    }
}
