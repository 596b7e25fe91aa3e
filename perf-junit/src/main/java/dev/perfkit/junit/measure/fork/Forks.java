package dev.perfkit.junit.measure.fork;

import dev.perfkit.junit.compare.CompareSettings;
import dev.perfkit.junit.measure.Settings;
import dev.perfkit.junit.report.Results;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.AssertionFailedError;

/**
 * Runs a performance test or a comparison in fresh JVMs: the same test, selected by its unique id, in one child JVM after another, each
 * with the test's class path, this JVM's options and the {@code perfkit.*} configuration this test sees. Stateless.
 */
public final class Forks {

  /** The configuration keys a fork is given, when this JVM has them. */
  private static final List<String> KEYS = List.of(Settings.BUDGETS, Settings.TIME_SCALE, Settings.WARMUP_CAP,
      Settings.WARMUP_WINDOW, Settings.WARMUP_TOLERANCE, Settings.MEASURE_DURATION, Settings.TICKER,
      Settings.ALLOCATION, Settings.CPU, Settings.CPU_TICKER, Settings.WATCH_JVM, Settings.UNSTEADY, CompareSettings.WARMUP, CompareSettings.WARMUP_CAP,
      CompareSettings.ROUND, CompareSettings.MAX_ROUNDS, CompareSettings.CAP, CompareSettings.ALPHA);

  private Forks() {}

  /**
   * Measures {@code context}'s test in {@code forks} fresh JVMs and returns the files they wrote, in fork order.
   *
   * @param test the test's name, for messages
   * @throws AssertionFailedError naming the fork and why, when a fork did not measure
   */
  public static List<Path> run(ExtensionContext context, String test, int forks) {
    Settings settings = Settings.read(context::getConfigurationParameter);
    Path dir = settings.resultsDir().resolve("forks").resolve(Results.id(context));
    Map<String, String> parameters = new LinkedHashMap<>();
    for (String key : KEYS) {
      context.getConfigurationParameter(key).ifPresent(v -> parameters.put(key, v));
    }
    ForkRun run = ForkLauncher.inheritingThisJvm().run(ForkRequest.forUniqueId(
        context.getRequiredTestClass().getName(), context.getUniqueId(), dir).withForks(forks)
        .withConfigurationParameters(parameters));
    if (!run.succeeded()) {
      throw new AssertionFailedError(test + ": a fork did not measure\n" + run.message());
    }
    return run.resultFiles();
  }
}
