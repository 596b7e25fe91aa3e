package dev.perfkit.junit.measure.jvm;

/**
 * What the JVM and the current thread had done up to one moment: cumulative counters read from the management beans
 * and, on Linux, from {@code /proc/thread-self/stat}. Two states subtract into the activity between them. A counter
 * that cannot be read is -1 in both and reads as "unknown" in the difference. Immutable.
 *
 * @param youngGcs young (minor) collections so far
 * @param oldGcs old, full or concurrent-cycle collections so far
 * @param heapCommittedBytes heap memory committed by the JVM now
 * @param edenCommittedBytes memory committed to the young generation's eden now; -1 for collectors without one
 * @param jitMillis milliseconds the JIT compilers have spent so far; -1 when not monitored
 * @param minorFaults minor page faults of the reading thread so far; -1 off Linux
 * @param cpuNanos CPU time of the reading thread so far; -1 when not supported
 * @param allocatedBytes bytes the reading thread has allocated so far; -1 when not supported
 */
public record JvmState(
        long youngGcs,
        long oldGcs,
        long heapCommittedBytes,
        long edenCommittedBytes,
        long jitMillis,
        long minorFaults,
        long cpuNanos,
        long allocatedBytes) {

    /** The activity from {@code earlier} to this state. */
    public JvmActivity since(JvmState earlier) {
        return new JvmActivity(
                youngGcs - earlier.youngGcs,
                oldGcs - earlier.oldGcs,
                heapCommittedBytes - earlier.heapCommittedBytes,
                edenCommittedBytes < 0 ? 0 : edenCommittedBytes - earlier.edenCommittedBytes,
                jitMillis < 0 ? -1 : jitMillis - earlier.jitMillis,
                minorFaults < 0 ? -1 : minorFaults - earlier.minorFaults,
                cpuNanos < 0 ? -1 : cpuNanos - earlier.cpuNanos,
                allocatedBytes < 0 ? -1 : allocatedBytes - earlier.allocatedBytes);
    }

    /** Whether the heap, or its eden, is sized differently here than in {@code other}. */
    public boolean heapResizedSince(JvmState other) {
        return heapCommittedBytes != other.heapCommittedBytes || edenCommittedBytes != other.edenCommittedBytes;
    }
}
