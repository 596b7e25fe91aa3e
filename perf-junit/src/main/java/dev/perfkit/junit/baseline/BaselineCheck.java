package dev.perfkit.junit.baseline;

import dev.perfkit.junit.metric.Check;
import dev.perfkit.junit.metric.MetricChange;
import dev.perfkit.junit.metric.TestOutcome;
import java.nio.file.Path;
import java.util.List;

/**
 * What the kept baseline made of one test's figures: recorded for the end of the run, compared with the kept figures
 * (one row per metric), or neither; and the test's figures over time for its page. Immutable.
 *
 * @param file the baseline file
 * @param recording whether the figures are recorded into the file when the run ends
 * @param recordedAt when the compared figures were recorded, ISO-8601; empty when nothing was compared
 * @param rows the figures against the kept ones; empty when nothing was compared
 * @param tolerance the relative change that counts as a regression
 * @param warning why the kept figures may not be comparable (another environment); empty when they are
 * @param outcome {@link TestOutcome#REGRESSED}, {@link TestOutcome#IMPROVED} or {@link TestOutcome#UNCHANGED}; null
 *     when nothing was compared
 * @param history the figures over time; null when there is no valid file and the run does not record
 */
public record BaselineCheck(
        Path file,
        boolean recording,
        String recordedAt,
        List<MetricChange> rows,
        double tolerance,
        String warning,
        TestOutcome outcome,
        History history) {

    /** Copies the rows. */
    public BaselineCheck {
        rows = List.copyOf(rows);
    }

    /** Whether the figures were compared with kept ones. */
    public boolean compared() {
        return outcome != null;
    }

    /** How many figures regressed beyond the tolerance. */
    public long regressions() {
        return rows.stream().filter(r -> r.check() == Check.FAIL).count();
    }
}
