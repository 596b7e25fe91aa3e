package dev.perfkit.junit.report;

import dev.perfkit.junit.measure.AtomicFiles;
import dev.perfkit.junit.measure.EnvVars;
import dev.perfkit.junit.measure.RunScoped;
import dev.perfkit.junit.measure.Settings;
import dev.perfkit.junit.report.format.CiSummary;
import dev.perfkit.junit.report.format.SummaryJson;
import dev.perfkit.junit.report.format.SummaryMarkdown;
import dev.perfkit.junit.report.html.HtmlFiles;
import dev.perfkit.junit.report.html.IndexPage;
import dev.perfkit.junit.report.html.PageLink;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Function;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/**
 * What a test run measured, written when the run ends into the results folder: {@value #FILE} (every comparison,
 * candidate against baseline or a test against its kept baseline), the CI summary ({@code summary.md}, or appended to
 * GitHub's step summary), its JSON copy ({@code summary.json}) and the HTML report's {@code index.html}, which links
 * the page each test wrote. It lives in the root {@link ExtensionContext.Store}, which closes it after the last test;
 * tests running in parallel add to it concurrently, and every file lists them in the order of their names, whatever
 * order they ran in. Thread-safe.
 */
public final class RunSummary implements AutoCloseable {

    /** The summary's file name. */
    static final String FILE = "comparisons.md";

    private static final Namespace NAMESPACE = Namespace.create(RunSummary.class);

    private final Map<String, SummaryMarkdown.Item> comparisons = new ConcurrentSkipListMap<>();
    private final Map<String, CiSummary.Test> tests = new ConcurrentSkipListMap<>();
    private final Map<String, CiSummary.Test> complexityTests = new ConcurrentSkipListMap<>();
    private final Map<String, PageLink> pages = new ConcurrentSkipListMap<>();
    private final Function<String, Optional<String>> env;
    private volatile Path dir;

    private RunSummary(Function<String, Optional<String>> env) {
        this.env = env;
    }

    /** The run's summary, created by the first test that asks. */
    public static RunSummary of(ExtensionContext context) {
        ExtensionContext root = context.getRoot();
        return RunScoped.get(
                context,
                NAMESPACE,
                RunSummary.class,
                () -> new RunSummary(EnvVars.lookup(root::getConfigurationParameter, System::getenv)));
    }

    /**
     * Adds a comparison.
     *
     * @param id unique in the run: the test's file name stem, with a suffix for a kept baseline
     * @param item the comparison as the summary lists it
     */
    public void add(Path resultsDir, String id, SummaryMarkdown.Item item) {
        dir = resultsDir;
        comparisons.put(id, item);
    }

    /** Adds a performance test; {@code id} is unique in the run (the test's file name stem). */
    public void add(Path resultsDir, String id, CiSummary.Test test) {
        dir = resultsDir;
        tests.put(id, test);
    }

    /** Adds a complexity test; {@code id} is unique in the run among complexity tests. */
    public void addComplexity(Path resultsDir, String id, CiSummary.Test test) {
        dir = resultsDir;
        complexityTests.put(id, test);
    }

    /**
     * Adds a page of the HTML report, written beside the index; a new kind of page appears in the index under its own
     * heading.
     *
     * @param id unique in the run among pages
     */
    public void add(Path resultsDir, String id, PageLink page) {
        dir = resultsDir;
        pages.put(id, page);
    }

    /**
     * Writes the run's files. One that cannot be written does not stop the others; the index links only those written.
     *
     * @throws IOException after writing all it could, naming every file not written and {@code perfkit.results.dir}
     *     (or {@code GITHUB_STEP_SUMMARY}); each is also printed to standard error, since JUnit reports a failure at
     * the     end of the run only as the cause of "Failed to close extension context"
     */
    @Override
    public void close() throws IOException {
        Path out = dir;
        if (out == null) {
            return;
        }
        Map<String, String> files = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        if (!comparisons.isEmpty()) {
            write(failures, () -> {
                AtomicFiles.write(
                        out.resolve(FILE), Settings.RESULTS_DIR, SummaryMarkdown.render(comparisons.values()));
                files.put("All comparisons (Markdown)", FILE);
            });
        }
        if (!tests.isEmpty() || !comparisons.isEmpty() || !complexityTests.isEmpty()) {
            write(failures, () -> {
                Path md = CiSummary.write(
                        out, CiSummary.markdown(tests.values(), comparisons.values(), complexityTests.values()), env);
                if (md.equals(out.resolve(CiSummary.FILE))) {
                    files.put("Run summary (Markdown)", CiSummary.FILE);
                }
            });
            write(failures, () -> {
                AtomicFiles.write(
                        out.resolve(SummaryJson.FILE),
                        Settings.RESULTS_DIR,
                        SummaryJson.render(tests.values(), comparisons.values(), complexityTests.values()));
                files.put("Run summary (JSON)", SummaryJson.FILE);
            });
        }
        if (!pages.isEmpty()) {
            write(failures, () -> HtmlFiles.write(out, IndexPage.FILE, IndexPage.render(pages.values(), files)));
        }
        if (!failures.isEmpty()) {
            failures.forEach(f -> System.err.println("[perfkit] not written: " + f));
            throw new IOException("the run's summary could not all be written:\nnot written: "
                    + String.join("\nnot written: ", failures));
        }
    }

    /** One file of the run's summary. */
    private interface Step {
        void write() throws IOException;
    }

    private static void write(List<String> failures, Step step) {
        try {
            step.write();
        } catch (IOException | RuntimeException e) {
            failures.add(e instanceof IOException && e.getMessage() != null ? e.getMessage() : e.toString());
        }
    }
}
