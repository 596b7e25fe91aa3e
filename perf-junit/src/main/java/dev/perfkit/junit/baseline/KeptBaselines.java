package dev.perfkit.junit.baseline;

import dev.perfkit.junit.measure.AtomicFiles;
import dev.perfkit.junit.measure.EnvVars;
import dev.perfkit.junit.measure.RunScoped;
import dev.perfkit.junit.measure.Settings;
import dev.perfkit.junit.measure.TestId;
import dev.perfkit.junit.metric.Check;
import dev.perfkit.junit.metric.Metric;
import dev.perfkit.junit.metric.MetricChange;
import dev.perfkit.junit.metric.Policy;
import dev.perfkit.junit.metric.TestOutcome;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Function;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/**
 * The kept baseline of a test run ({@code perfkit.baseline.file}): read once when the first {@code @PerfTest} asks,
 * then either every test's figures are recorded and the file is rewritten when the run ends (only with
 * {@code perfkit.baseline.record = true}; tests of the file that did not run keep their figures), or every test found
 * in the file is compared with its kept figures, within {@code perfkit.baseline.tolerance}. A recording also joins
 * the file's history (the latest {@code perfkit.baseline.history}), with the date, the commit and the environment;
 * each test's page plots that history. Lives in the root
 * {@link ExtensionContext.Store}, which closes it after the last test. Thread-safe.
 */
public final class KeptBaselines implements AutoCloseable {

    private static final Namespace NAMESPACE = Namespace.create(KeptBaselines.class);

    private final BaselineSettings settings;
    private final Path lockFile;
    private final BaselineFile kept;
    private final RuntimeException invalid;
    private final Map<String, KeptFigures> recorded = new ConcurrentSkipListMap<>();
    private final Function<String, Optional<String>> env;

    private KeptBaselines(BaselineSettings settings, Path resultsDir, Function<String, Optional<String>> env) {
        this.settings = settings;
        this.lockFile = resultsDir.resolve(settings.file().getFileName() + ".lock");
        this.env = env;
        BaselineFile file = null;
        RuntimeException problem = null;
        if (Files.exists(settings.file())) {
            try {
                file = BaselineFile.read(settings.file());
            } catch (RuntimeException e) {
                problem = e;
            } catch (OutOfMemoryError e) {
                problem = new ExtensionConfigurationException(
                        "Baseline file " + settings.file() + " ("
                                + BaselineSettings.FILE + ") is too large to read in this JVM's heap (" + heap()
                                + "): give the test "
                                + "JVM more heap (e.g. -Xmx in Surefire's argLine) or keep fewer tests or a shorter "
                                + "history ("
                                + BaselineSettings.HISTORY + ") in the file",
                        e);
            }
        }
        this.kept = file;
        this.invalid = problem;
    }

    /**
     * The run's kept baseline, read by the first test that asks.
     *
     * @param resultsDir the results folder ({@code perfkit.results.dir}), which holds the file's lock while the run
     *     records: never beside the file, in the source tree
     */
    public static KeptBaselines of(ExtensionContext context, BaselineSettings settings, Path resultsDir) {
        return RunScoped.get(
                context,
                NAMESPACE,
                KeptBaselines.class,
                () -> new KeptBaselines(
                        settings,
                        resultsDir,
                        EnvVars.lookup(context.getRoot()::getConfigurationParameter, System::getenv)));
    }

    /**
     * Records the test's figures for the end of the run, or compares them with the kept ones; either way with the
     * test's figures over time for its page.
     *
     * @param enforcement {@code perfkit.budgets}: with {@link Policy#OFF} nothing is compared
     * @throws org.junit.jupiter.api.extension.ExtensionConfigurationException when the file is invalid
     */
    public BaselineCheck check(TestId test, KeptFigures now, Policy enforcement) {
        if (invalid != null) {
            throw invalid;
        }
        String id = test.fileStem();
        History history = history(id, now);
        if (settings.record()) {
            recorded.put(id, now);
            return new BaselineCheck(settings.file(), true, "", List.of(), settings.tolerance(), "", null, history);
        }
        KeptFigures before = kept == null ? null : kept.tests().get(id);
        if (before == null || enforcement == Policy.OFF) {
            return new BaselineCheck(settings.file(), false, "", List.of(), settings.tolerance(), "", null, history);
        }
        List<MetricChange> rows = new ArrayList<>();
        for (Map.Entry<Metric, Double> e : before.byMetric().entrySet()) {
            double after = now.byMetric().get(e.getKey());
            if (Double.isFinite(e.getValue()) && Double.isFinite(after)) {
                rows.add(MetricChange.kept(e.getKey(), e.getValue(), after, settings.tolerance()));
            }
        }
        List<String> differences = kept.environment().differences(Environment.current());
        String warning = differences.isEmpty()
                ? ""
                : "the kept baseline comes from a different environment, so its " + "figures may not be comparable: "
                        + String.join("; ", differences);
        TestOutcome outcome = rows.stream().anyMatch(r -> r.check() == Check.FAIL)
                ? TestOutcome.REGRESSED
                : rows.stream().anyMatch(MetricChange::significant) ? TestOutcome.IMPROVED : TestOutcome.UNCHANGED;
        return new BaselineCheck(
                settings.file(), false, kept.recorded(), rows, settings.tolerance(), warning, outcome, history);
    }

    /**
     * The test's figures over time: the file's recordings of it, the figures this run compares with, and this run's;
     * null when there is no valid file and this run does not record.
     */
    private History history(String id, KeptFigures now) {
        if (kept == null && !settings.record()) {
            return null;
        }
        List<History.Entry> entries = new ArrayList<>();
        if (kept != null) {
            for (Map.Entry<BaselineRun, KeptFigures> e : kept.history(id)) {
                entries.add(new History.Entry(e.getKey().recorded(), e.getKey().commit(), e.getValue()));
            }
        }
        return new History(
                entries, kept == null ? null : kept.tests().get(id), now, settings.tolerance(), settings.record());
    }

    /** The longest wait for another JVM that records into the same baseline file. */
    static final long LOCK_WAIT_SECONDS = 30;

    /**
     * Records the run's figures into the file when the run records.
     *
     * @throws IOException when they could not be recorded, with a message that names the file and the setting that
     *     chose it ({@value BaselineSettings#FILE}, or {@code perfkit.results.dir} for the lock), and says that the
     * file     is unchanged; also printed to standard error, since JUnit reports a failure at the end of the run only
     * as the     cause of "Failed to close extension context"
     */
    @Override
    public void close() throws IOException {
        if (!settings.record() || recorded.isEmpty() || invalid != null) {
            return;
        }
        String problem;
        Throwable cause;
        try {
            record(settings.file());
            return;
        } catch (IOException e) {
            problem = e.getMessage();
            cause = e;
        } catch (RuntimeException e) {
            problem = settings.file() + " (" + BaselineSettings.FILE + "): " + e.getMessage();
            cause = e;
        } catch (OutOfMemoryError e) {
            // what filled the heap was the file's figures, unreachable once record(...) has returned
            problem = settings.file() + " (" + BaselineSettings.FILE + "): this JVM's heap (" + heap()
                    + ") is too small to "
                    + "merge " + recorded.size()
                    + " tests' figures into the file; give the test JVM more heap (e.g. -Xmx in "
                    + "Surefire's argLine) or keep a shorter history (" + BaselineSettings.HISTORY + ")";
            cause = e;
        }
        String message = "kept baseline not recorded: " + problem + "; the file is unchanged";
        System.err.println("[perfkit] " + message);
        throw new IOException(message, cause);
    }

    /**
     * Merges the run's figures into {@code file} under its lock, as another JVM may record into it at the same time.
     */
    private void record(Path file) throws IOException {
        FileChannel channel;
        try {
            Files.createDirectories(lockFile.toAbsolutePath().getParent());
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new IOException(
                    lockFile + " (" + Settings.RESULTS_DIR + ", the baseline file's lock): " + AtomicFiles.reason(e),
                    e);
        }
        try (channel;
                FileLock lock = lock(channel, file)) {
            assert lock.isValid();
            AtomicFiles.deleteLeftovers(file); // under the lock, any temporary file of the baseline is a killed JVM's
            BaselineFile before = Files.exists(file)
                    ? BaselineFile.read(file)
                    : new BaselineFile("", Environment.current(), Map.of(), List.of());
            BaselineRun run = new BaselineRun(
                    Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                    CommitId.find(env),
                    Environment.current(),
                    recorded);
            before.plus(run, settings.historyLength()).write(file);
        }
    }

    /** This JVM's largest heap, for messages: {@code 1024 MiB}. */
    private static String heap() {
        return "max " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB";
    }

    /** Takes the lock of the baseline file, waiting at most {@value #LOCK_WAIT_SECONDS} s for another JVM to finish. */
    private static FileLock lock(FileChannel channel, Path file) throws IOException {
        long deadline = System.nanoTime() + LOCK_WAIT_SECONDS * 1_000_000_000L;
        while (true) {
            try {
                FileLock lock = channel.tryLock();
                if (lock != null) {
                    return lock;
                }
            } catch (java.nio.channels.OverlappingFileLockException e) {
                // held by another run in this JVM: wait like for another process
            }
            if (System.nanoTime() > deadline) {
                throw new IOException(file + " (" + BaselineSettings.FILE + "): another process held its lock for "
                        + LOCK_WAIT_SECONDS + " s");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(
                        file + " (" + BaselineSettings.FILE + "): interrupted while waiting for its lock", e);
            }
        }
    }
}
