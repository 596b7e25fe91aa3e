package dev.perfkit.junit;

import dev.perfkit.junit.measure.RunScoped;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/**
 * The note, logged once per run when JUnit runs tests in parallel, that performance tests run alone: each holds
 * JUnit's global resource lock (see {@link PerfTest}), so nothing else runs while it measures. Thread-safe.
 */
final class ParallelNote {

    /** Jupiter's key that switches parallel execution on. */
    static final String PARALLEL_KEY = "junit.jupiter.execution.parallel.enabled";
    /** The note. */
    static final String NOTE = "parallel execution is on (" + PARALLEL_KEY + " = true): performance tests "
            + "(@PerfTest, @Compare, @Complexity) run one at a time, with no other test running beside them, so that "
            + "each "
            + "measures its own code rather than its neighbours'; the other tests of their classes run on the same "
            + "thread, "
            + "the rest of the suite in parallel";

    private static final System.Logger LOG = System.getLogger("dev.perfkit.junit");
    private static final Namespace NAMESPACE = Namespace.create(ParallelNote.class);

    private ParallelNote() {}

    /** Logs the note at INFO if parallel execution is on and the note was not logged in this run yet. */
    static void logOnce(ExtensionContext context) {
        boolean parallel = context.getConfigurationParameter(PARALLEL_KEY)
                .map(v -> v.strip().equalsIgnoreCase("true"))
                .orElse(false);
        if (parallel) {
            RunScoped.get(context, NAMESPACE, ParallelNote.class, () -> {
                LOG.log(System.Logger.Level.INFO, NOTE);
                return new ParallelNote();
            });
        }
    }
}
