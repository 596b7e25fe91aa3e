package dev.perfkit.junit.internal;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * The configuration of kept baselines, keys {@code perfkit.baseline.*}, read like {@link Settings}. Immutable.
 *
 * @param file the baseline file, relative to the working directory (the module's folder under Maven)
 * @param record true to record this run's figures into the file, false to compare against it when it exists
 * @param tolerance how much worse (relative) a figure may get before it counts as a regression
 */
public record BaselineSettings(Path file, boolean record, double tolerance) {

  /** Key: the baseline file. */
  public static final String FILE = "perfkit.baseline.file";
  /** Key: {@code true} to record the run's figures into the file. */
  public static final String RECORD = "perfkit.baseline.record";
  /** Key: the relative change tolerated before a figure counts as a regression or an improvement. */
  public static final String TOLERANCE = "perfkit.baseline.tolerance";

  /**
   * Reads the configuration.
   *
   * @throws org.junit.jupiter.api.extension.ExtensionConfigurationException naming the key, the value and the forms
   */
  public static BaselineSettings read(Function<String, Optional<String>> parameters) {
    return new BaselineSettings(
        Settings.parse(parameters, FILE, "src/test/perf-baseline.json", "a file", Path::of),
        Settings.parse(parameters, RECORD, "off", Settings.SWITCH_FORMS, Settings::onOff),
        Settings.parse(parameters, TOLERANCE, "0.10", "a positive number (e.g. '0.10' for 10 %)",
            Settings::positive));
  }
}
