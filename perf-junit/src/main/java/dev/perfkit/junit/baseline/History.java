package dev.perfkit.junit.baseline;

import java.util.List;

/**
 * A test's figures over time, as its page plots them: the recordings the kept baseline's history holds, the figures
 * the run compares with (the file's), and this run's. Immutable.
 *
 * @param entries the recordings of the test, oldest first
 * @param kept the figures this run compares with; null when the file has none for the test
 * @param now this run's figures
 * @param tolerance the relative change that counts as a regression ({@code perfkit.baseline.tolerance})
 * @param recording whether this run records its figures rather than comparing them
 */
public record History(List<Entry> entries, KeptFigures kept, KeptFigures now, double tolerance, boolean recording) {

    /**
     * One recording.
     *
     * @param recorded when, ISO-8601
     * @param commit the commit, empty when unknown
     * @param figures the test's figures then
     */
    public record Entry(String recorded, String commit, KeptFigures figures) {}

    /** Copies the entries. */
    public History {
        entries = List.copyOf(entries);
    }
}
