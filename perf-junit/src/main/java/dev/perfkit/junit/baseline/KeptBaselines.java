package dev.perfkit.junit.baseline;

import dev.perfkit.junit.PerfTest;
import dev.perfkit.junit.measure.EnvVars;
import dev.perfkit.junit.measure.RunScoped;
import dev.perfkit.junit.measure.Settings;
import dev.perfkit.junit.measure.TestNames;
import dev.perfkit.junit.metric.Check;
import dev.perfkit.junit.metric.Metric;
import dev.perfkit.junit.metric.MetricChange;
import dev.perfkit.junit.metric.Policy;
import dev.perfkit.junit.metric.TestOutcome;
import dev.perfkit.junit.perftest.Measurement;
import dev.perfkit.junit.report.BaselineMarkdown;
import dev.perfkit.junit.report.Results;
import dev.perfkit.junit.report.RunSummary;
import dev.perfkit.junit.report.SummaryMarkdown;
import dev.perfkit.junit.report.html.History;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Function;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.AssertionFailedError;

/**
 * The kept baseline of a test run ({@code perfkit.baseline.file}): read once when the first {@link PerfTest} asks,
 * then either every test's figures are recorded and the file is rewritten when the run ends (only with
 * {@code perfkit.baseline.record = true}; tests of the file that did not run keep their figures), or every test found
 * in the file is compared with its kept figures, within {@code perfkit.baseline.tolerance}. A recording also joins
 * the file's history (the latest {@code perfkit.baseline.history}), with the date, the commit and the environment;
 * each test's page plots that history ({@link #history}). Lives in the root
 * {@link ExtensionContext.Store}, which closes it after the last test. Thread-safe.
 */
public final class KeptBaselines implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger("dev.perfkit.junit");
  private static final Namespace NAMESPACE = Namespace.create(KeptBaselines.class);

  private final BaselineSettings settings;
  private final BaselineFile kept;
  private final RuntimeException invalid;
  private final Map<String, KeptFigures> recorded = new ConcurrentSkipListMap<>();
  private final Function<String, Optional<String>> env;

  private KeptBaselines(BaselineSettings settings, Function<String, Optional<String>> env) {
    this.settings = settings;
    this.env = env;
    BaselineFile file = null;
    RuntimeException problem = null;
    if (Files.exists(settings.file())) {
      try {
        file = BaselineFile.read(settings.file());
      } catch (RuntimeException e) {
        problem = e;
      }
    }
    this.kept = file;
    this.invalid = problem;
  }

  /** The run's kept baseline, read by the first test that asks. */
  public static KeptBaselines of(ExtensionContext context, BaselineSettings settings) {
    return RunScoped.get(context, NAMESPACE, KeptBaselines.class, () -> new KeptBaselines(settings,
        EnvVars.lookup(context.getRoot()::getConfigurationParameter, System::getenv)));
  }

  /**
   * The test's figures over time for its page: the file's recordings of it, the figures this run compares with, and
   * this run's; null when there is no valid file and this run does not record.
   */
  public History history(String id, Measurement m) {
    if (invalid != null || kept == null && !settings.record()) {
      return null;
    }
    List<History.Entry> entries = new ArrayList<>();
    if (kept != null) {
      for (Map.Entry<BaselineRun, KeptFigures> e : kept.history(id)) {
        entries.add(new History.Entry(e.getKey().recorded(), e.getKey().commit(), e.getValue()));
      }
    }
    return new History(entries, kept == null ? null : kept.tests().get(id), KeptFigures.of(m), settings.tolerance(),
        settings.record());
  }

  /**
   * Records the test's figures or compares them with the kept ones, publishing what it did.
   *
   * @return the failure message when figures regressed beyond the tolerance and budgets are enforced; null otherwise
   * @throws org.junit.jupiter.api.extension.ExtensionConfigurationException when the file is invalid
   */
  public String check(ExtensionContext context, Settings general, Measurement m) throws IOException {
    if (invalid != null) {
      throw invalid;
    }
    String id = Results.id(context);
    if (settings.record()) {
      recorded.put(id, KeptFigures.of(m));
      context.publishReportEntry("perf.baseline", "recorded into " + settings.file() + " when the run ends");
      return null;
    }
    KeptFigures before = kept == null ? null : kept.tests().get(id);
    if (before == null || general.enforcement() == Policy.OFF) {
      return null;
    }
    List<MetricChange> rows = new ArrayList<>();
    KeptFigures now = KeptFigures.of(m);
    for (Map.Entry<Metric, Double> e : before.byMetric().entrySet()) {
      double after = now.byMetric().get(e.getKey());
      if (Double.isFinite(e.getValue()) && Double.isFinite(after)) {
        rows.add(MetricChange.kept(e.getKey(), e.getValue(), after, settings.tolerance()));
      }
    }
    long regressions = rows.stream().filter(r -> r.check() == Check.FAIL).count();
    String test = TestNames.of(context.getRequiredTestClass(), context.getRequiredTestMethod());
    String verdict = BaselineMarkdown.verdict(rows, settings.tolerance());
    List<String> differences = kept.environment().differences(Environment.current());
    String warning = "";
    if (!differences.isEmpty()) {
      warning = "the kept baseline comes from a different environment, so its figures may not be comparable: "
          + String.join("; ", differences);
      LOG.log(Level.WARNING, test + ": " + warning);
    }
    String md = BaselineMarkdown.markdown(settings.file().toString(), kept.recorded(), rows, settings.tolerance(),
        warning);

    Path dir = general.resultsDir();
    Path report = dir.resolve(id + ".baseline.md");
    Files.createDirectories(dir);
    Files.writeString(report, md, StandardCharsets.UTF_8);
    TestOutcome outcome = regressions > 0 ? TestOutcome.REGRESSED
        : rows.stream().anyMatch(MetricChange::significant) ? TestOutcome.IMPROVED : TestOutcome.UNCHANGED;
    RunSummary.of(context).add(dir, id + " (kept baseline)",
        new SummaryMarkdown.Item(test + " vs kept baseline", rows, outcome, report, md));
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put("perf.baseline.outcome", outcome.label());
    entries.put("perf.baseline.verdict", verdict);
    if (!warning.isEmpty()) {
      entries.put("perf.baseline.warning", warning);
    }
    entries.put("perf.baseline.report", report.toString());
    context.publishReportEntry(entries);
    String message = test + ": " + verdict + " against the kept baseline\n\n" + md;
    if (regressions > 0 && general.enforcement() == Policy.WARN) {
      LOG.log(Level.WARNING, message);
    }
    return regressions > 0 && general.enforcement() == Policy.FAIL ? message : null;
  }

  /** The longest wait for another JVM that records into the same baseline file. */
  static final long LOCK_WAIT_SECONDS = 30;

  @Override
  public void close() throws IOException {
    if (!settings.record() || recorded.isEmpty() || invalid != null) {
      return;
    }
    Path file = settings.file();
    Files.createDirectories(file.toAbsolutePath().getParent());
    Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
    // another JVM may record into the same file at the same time: under a lock, read what is there now and merge
    try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = lock(channel, file)) {
      assert lock.isValid();
      BaselineFile before = Files.exists(file) ? BaselineFile.read(file)
          : new BaselineFile("", Environment.current(), Map.of(), List.of());
      BaselineRun run = new BaselineRun(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
          CommitId.find(env), Environment.current(), recorded);
      before.plus(run, settings.historyLength()).write(file);
    }
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
        throw new IOException("could not record into " + file + ": another process held its lock for "
            + LOCK_WAIT_SECONDS + " s");
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while waiting to record into " + file, e);
      }
    }
  }

  /** Fails the test with {@code message} unless it is null. */
  public static void failIfSet(String message) {
    if (message != null) {
      throw new AssertionFailedError(message);
    }
  }
}
