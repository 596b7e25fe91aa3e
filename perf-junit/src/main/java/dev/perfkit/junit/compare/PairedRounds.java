package dev.perfkit.junit.compare;

import dev.perfkit.junit.metric.Metric;
import java.util.List;

/**
 * A source of paired rounds: every {@link #next()} measures the baseline and the candidate once more, side by side, and
 * appends one value per side for every metric. The harness implements it with real calls; tests with simulated noise.
 * Not thread-safe: one comparison drives it.
 */
public interface PairedRounds {

    /** The kinds of JVM guard a round may be flagged with, as the flags start: see {@link #flags(int)}. */
    List<String> GUARDS = List.of("heap grew", "JIT", "page faults", "old GC");

    /** Measures one more round on both sides. */
    void next() throws Throwable;

    /** How many rounds have been measured. */
    int count();

    /** The baseline's value of {@code metric} in each round so far, oldest first; NaN where it was not measurable. */
    double[] baseline(Metric metric);

    /** The candidate's value of {@code metric} in each round so far, oldest first; NaN where it was not measurable. */
    double[] candidate(Metric metric);

    /**
     * Why {@code metric} cannot be measured here, such as {@code not measured: perfkit.allocation = off}; empty if it
     * can.
     */
    String unmeasurable(Metric metric);

    /** The measured time spent so far on the side that spent more, for the comparison's time cap. */
    long spentNanos();

    /**
     * The JVM guards that fired during round {@code round} (0-based) on either side, each starting with one of
     * {@link #GUARDS}: {@code heap grew 112 MB}, {@code JIT 14 ms}, ...; empty when none did or nothing was watched.
     */
    default List<String> flags(int round) {
        return List.of();
    }
}
