package dev.perfkit.examples;

import dev.perfkit.Units;
import dev.perfkit.memory.AllocationResult;
import dev.perfkit.memory.LeakReport;
import dev.perfkit.memory.MemoryProbe;
import java.util.ArrayList;
import java.util.List;

/**
 * Sample 03: measure memory per operation, exactly, and check for leaks, instead of reading the heap gauge.
 *
 * <p>The naive way reads {@code Runtime.totalMemory() - freeMemory()} before and after: it moves in steps of whole
 * allocation buffers, jumps when a collection runs, and counts other threads. The right way asks the JVM's
 * per-thread allocation counter through {@link MemoryProbe#allocation}: after warm-up, {@code new byte[1024]} is 1040
 * bytes per call every time (16-byte header on 64-bit HotSpot). For growth, {@link MemoryProbe#leak} runs the
 * operation in rounds, settles the heap after each and fits bytes retained per call.
 *
 * <p>Run: {@code mvn -q -DskipTests -pl perf-examples -am package
 * exec:java -Dexec.mainClass=dev.perfkit.examples.Sample03_AllocationPerOp}
 */
public final class Sample03_AllocationPerOp {

    private static final List<String> AUDIT_LOG = new ArrayList<>();

    private Sample03_AllocationPerOp() {}

    private static String describe(int id) {
        return "order-" + id + ":" + Integer.toHexString(id * 31);
    }

    /**
     * Runs the sample.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        int[] id = {0};

        // The naive way: the heap gauge, before and after.
        Runtime rt = Runtime.getRuntime();
        long used0 = rt.totalMemory() - rt.freeMemory();
        for (int i = 0; i < 1_000; i++) {
            describe(id[0]++);
        }
        long used1 = rt.totalMemory() - rt.freeMemory();
        System.out.println("naive: " + Units.formatBytes((used1 - used0) / 1_000.0) + "/op (heap gauge)");

        // The right way: the per-thread allocation counter, warmed up, keeping each result.
        MemoryProbe probe = MemoryProbe.create();
        probe.allocation(() -> describe(id[0]++), 10_000);
        AllocationResult perOp = probe.allocation(() -> describe(id[0]++), 10_000);
        System.out.println("probe: " + perOp);

        // And a leak check: an audit log that nobody trims grows with every call.
        LeakReport leak = probe.leak(() -> AUDIT_LOG.add(describe(id[0]++)));
        System.out.println("leak check: " + leak.summary());
        AUDIT_LOG.clear();
    }
}
