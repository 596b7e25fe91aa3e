package dev.perfkit.junit.measure.jvm;

/**
 * Reads the {@link JvmState} as the calling thread sees it. The harness reads it between warm-up windows and around
 * rounds, never inside a timed region. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface JvmProbe {

    /** The state now, with the calling thread's own counters. */
    JvmState read();

    /** The real JVM: management beans, and {@code /proc/thread-self/stat} for page faults on Linux. */
    static JvmProbe system() {
        return SystemJvmProbe.INSTANCE;
    }

    /** A JVM that never changes: no collection, no compilation, no fault, ever. For scripted clocks in tests. */
    static JvmProbe frozen() {
        JvmState still = new JvmState(0, 0, 0, 0, 0, 0, 0, 0);
        return () -> still;
    }
}
