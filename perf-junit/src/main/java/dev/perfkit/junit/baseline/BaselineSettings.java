package dev.perfkit.junit.baseline;

import dev.perfkit.junit.measure.Settings;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * The configuration of kept baselines, keys {@code perfkit.baseline.*}, read like {@link Settings}. Immutable.
 *
 * @param file the baseline file, relative to the working directory (the module's folder under Maven)
 * @param record true to record this run's figures into the file, false to compare against it when it exists
 * @param tolerance how much worse (relative) a figure may get before it counts as a regression
 * @param historyLength how many recordings the file's history keeps, the latest
 */
public record BaselineSettings(Path file, boolean record, double tolerance, int historyLength) {

    /** Key: the baseline file. */
    public static final String FILE = "perfkit.baseline.file";
    /** Key: {@code true} to record the run's figures into the file. */
    public static final String RECORD = "perfkit.baseline.record";
    /** Key: the relative change tolerated before a figure counts as a regression or an improvement. */
    public static final String TOLERANCE = "perfkit.baseline.tolerance";
    /** Key: how many recordings the history keeps, 1 to {@value #MAX_HISTORY}. */
    public static final String HISTORY = "perfkit.baseline.history";
    /** The longest history a file keeps. */
    public static final int MAX_HISTORY = 1000;

    /**
     * Reads the configuration.
     *
     * @throws org.junit.jupiter.api.extension.ExtensionConfigurationException naming the key, the value and the forms
     */
    public static BaselineSettings read(Function<String, Optional<String>> parameters) {
        return new BaselineSettings(
                Settings.parse(parameters, FILE, "src/test/perf-baseline.json", "a file", Path::of),
                Settings.parse(parameters, RECORD, "off", Settings.SWITCH_FORMS, Settings::onOff),
                Settings.parse(
                        parameters, TOLERANCE, "0.10", "a positive number (e.g. '0.10' for 10 %)", Settings::positive),
                Settings.parse(
                        parameters,
                        HISTORY,
                        "50",
                        "a whole number from 1 to " + MAX_HISTORY,
                        BaselineSettings::history));
    }

    private static int history(String text) {
        if (!text.matches("[0-9]{1,4}") || Integer.parseInt(text) < 1 || Integer.parseInt(text) > MAX_HISTORY) {
            throw new IllegalArgumentException("not in 1.." + MAX_HISTORY + ": " + text);
        }
        return Integer.parseInt(text);
    }
}
