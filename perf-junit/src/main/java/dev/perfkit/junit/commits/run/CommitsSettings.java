package dev.perfkit.junit.commits.run;

import dev.perfkit.Units;
import dev.perfkit.junit.compare.CompareSettings;
import dev.perfkit.junit.measure.Settings;
import java.util.Optional;
import java.util.function.Function;

/**
 * The configuration of a comparison of commits, keys {@code perfkit.commits.*}, read like {@link Settings}.
 * Immutable.
 *
 * @param maxTimeNanos the most wall time one test takes in one JVM: the warm-up gets at most half of it, each side's
 *     measured rounds at most a quarter
 */
public record CommitsSettings(long maxTimeNanos) {

    /** Key: the most time one test takes in one JVM, a duration. */
    public static final String MAX_TIME = "perfkit.commits.maxTime";

    /**
     * Reads the configuration.
     *
     * @throws org.junit.jupiter.api.extension.ExtensionConfigurationException naming the key, the bad value and the
     *     accepted forms
     */
    public static CommitsSettings read(Function<String, Optional<String>> parameters) {
        return new CommitsSettings(Settings.parse(
                parameters, MAX_TIME, "20s", "a positive duration: " + Units.DURATION_FORMS, Settings::positiveNanos));
    }

    /** {@code compare} with its warm-up cap and its cap of measured time per side bounded by {@link #maxTimeNanos}. */
    public CompareSettings bound(CompareSettings compare) {
        return new CompareSettings(
                Math.min(compare.warmupNanos(), maxTimeNanos / 2),
                Math.min(compare.warmupCapNanos(), maxTimeNanos / 2),
                compare.roundNanos(),
                compare.maxRounds(),
                Math.min(compare.capNanos(), maxTimeNanos / 4),
                compare.alpha(),
                compare.inconclusive(),
                compare.replicate(),
                compare.jvmMargin(),
                compare.replicaForks());
    }
}
