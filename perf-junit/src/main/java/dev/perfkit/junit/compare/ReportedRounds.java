package dev.perfkit.junit.compare;

import dev.perfkit.junit.measure.jvm.JvmActivity;
import java.util.List;
import java.util.Map;

/**
 * Paired rounds as the report and the JSON describe them: how they were measured, each side's warm-up and each
 * round's JVM guards. Measured here ({@link InterleavedRounds}) or gathered from forks ({@link ForkedRounds}).
 */
public interface ReportedRounds extends PairedRounds {

    /** How the rounds were measured, a few lines for the report. */
    String describe();

    /** Each side's warm-up, as JSON values, by side ({@code baseline}, {@code candidate}). */
    Map<String, Object> warmups();

    /**
     * The JVM's activity during round {@code round} (0-based) on the baseline side if {@code baseline}, else the other.
     */
    JvmActivity guard(int round, boolean baseline);

    /** The rounds measured again because a guard fired, and why. */
    List<String> remeasured();
}
