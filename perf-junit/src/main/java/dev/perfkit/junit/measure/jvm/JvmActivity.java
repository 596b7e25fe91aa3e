package dev.perfkit.junit.measure.jvm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the JVM and the measuring thread did during one stretch of a measurement (a warm-up window or a round): the
 * guards that tell whether its figures come from a steady JVM. A value of -1 means "unknown" (not measurable here).
 * Immutable.
 *
 * @param youngGcs young collections during the stretch
 * @param oldGcs old or full collections during the stretch
 * @param heapGrowthBytes change of the committed heap (negative when it shrank)
 * @param edenGrowthBytes change of the committed eden (negative when it shrank)
 * @param jitMillis milliseconds of JIT compilation, or -1
 * @param minorFaults minor page faults of the measuring thread, or -1
 * @param cpuNanos CPU time of the measuring thread, or -1
 * @param allocatedBytes bytes the measuring thread allocated, or -1
 */
public record JvmActivity(
        long youngGcs,
        long oldGcs,
        long heapGrowthBytes,
        long edenGrowthBytes,
        long jitMillis,
        long minorFaults,
        long cpuNanos,
        long allocatedBytes) {

    /** A 4 KiB page: the unit in which first-touched heap memory faults. */
    static final long PAGE = 4096;

    /** Whether the heap or its eden changed size. */
    public boolean heapResized() {
        return heapGrowthBytes != 0 || edenGrowthBytes != 0;
    }

    /** Whether the heap or its eden grew. */
    public boolean heapGrew() {
        return heapGrowthBytes > 0 || edenGrowthBytes > 0;
    }

    /**
     * Whether the JIT spent more than {@code share} of {@code wallNanos} compiling (at least 2 ms, the counter's
     * granularity being a millisecond).
     */
    public boolean compiled(long wallNanos, double share) {
        return jitMillis > Math.max(1, share * wallNanos / 1e6);
    }

    /**
     * Whether the thread took page faults on a good part of the pages it allocated, and often enough to matter: more
     * than 1 % of those pages, more than {@code calls / 1000} faults, and, at {@value #FAULT_NANOS} ns a fault (a
     * first-touched page cost 11-14 µs on the machines the guards were built on), more than {@value #FAULT_SHARE} of
     * {@code wallNanos}. The last rule keeps a body that allocates nothing from being held up by the few pages the
     * harness itself touches (about 8 per 50 ms slice): those cost a fraction of a per cent of the slice, while code
     * that writes fresh heap spends most of its time faulting. False when unknown.
     */
    public boolean faultingOnFreshHeap(long calls, long wallNanos) {
        if (minorFaults < 0) {
            return false;
        }
        double pages = allocatedBytes < 0 ? Double.POSITIVE_INFINITY : (double) allocatedBytes / PAGE;
        return minorFaults > Math.max(2, calls / 1000.0)
                && minorFaults > 0.01 * pages
                && (double) minorFaults * FAULT_NANOS > FAULT_SHARE * wallNanos;
    }

    /** The time the page faults took at {@value #FAULT_NANOS} ns each, in nanoseconds; 0 when unknown. */
    public long faultNanosEstimate() {
        return Math.max(0, minorFaults) * FAULT_NANOS;
    }

    /**
     * The time a first touch of the memory the heap (or its eden) grew by takes at {@value #FAULT_NANOS} ns a
     * {@value #PAGE}-byte page, in nanoseconds; 0 when it did not grow.
     */
    public long heapGrowthNanosEstimate() {
        return Math.max(0, Math.max(heapGrowthBytes, edenGrowthBytes)) / PAGE * FAULT_NANOS;
    }

    /** What one page fault on fresh heap is taken to cost, in nanoseconds: a lower bound of what was measured. */
    static final long FAULT_NANOS = 10_000;
    /** The share of a window's time that faults must take to count. */
    static final double FAULT_SHARE = 0.01;

    /**
     * The guards that fired, as short phrases: {@code heap grew 112 MB}, {@code JIT 14 ms},
     * {@code page faults 9.30/call}, {@code old GC x1}.
     */
    public List<String> flags(long wallNanos, long calls) {
        List<String> out = new ArrayList<>();
        if (heapGrew()) {
            out.add("heap grew " + mb(Math.max(heapGrowthBytes, edenGrowthBytes)));
        }
        if (compiled(wallNanos, 0.01)) {
            out.add("JIT " + jitMillis + " ms");
        }
        if (faultingOnFreshHeap(calls, wallNanos)) {
            out.add(String.format(
                    Locale.ROOT, "page faults %.2f/call", calls == 0 ? 0.0 : (double) minorFaults / calls));
        }
        if (oldGcs > 0) {
            out.add("old GC x" + oldGcs);
        }
        return out;
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.0f MB", bytes / 1048576.0);
    }

    /** The guards as JSON values, as the comparison files and fork files write them. */
    public Map<String, Object> toJson() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("youngGcs", youngGcs);
        out.put("oldGcs", oldGcs);
        out.put("heapGrowthBytes", heapGrowthBytes);
        out.put("edenGrowthBytes", edenGrowthBytes);
        out.put("jitMillis", jitMillis);
        out.put("minorFaults", minorFaults);
        out.put("cpuNanos", cpuNanos);
        out.put("allocatedBytes", allocatedBytes);
        return out;
    }
}
