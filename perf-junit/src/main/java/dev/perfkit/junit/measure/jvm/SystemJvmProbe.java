package dev.perfkit.junit.measure.jvm;

import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The JVM's own counters. Collectors are told apart by name: those of the young generation ({@code G1 Young
 * Generation}, {@code PS Scavenge}, {@code Copy}, {@code ZGC Minor ...}, ...) count as young, every other as old.
 * Page faults come from field 10 ({@code minflt}) of {@code /proc/thread-self/stat}; where that file cannot be read
 * they are unknown, and {@link #faultsUnsupportedReason()} says why. Thread-safe.
 */
final class SystemJvmProbe implements JvmProbe {

    private static final Path STAT = Path.of("/proc/thread-self/stat");

    static final SystemJvmProbe INSTANCE = new SystemJvmProbe();

    private final List<GarbageCollectorMXBean> young = new ArrayList<>();
    private final List<GarbageCollectorMXBean> old = new ArrayList<>();
    private final MemoryPoolMXBean eden;
    private final CompilationMXBean jit;
    private final com.sun.management.ThreadMXBean threads;
    private final String faultsUnsupported;

    private SystemJvmProbe() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            (isYoung(gc.getName()) ? young : old).add(gc);
        }
        MemoryPoolMXBean e = null;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP
                    && pool.getName().toLowerCase(Locale.ROOT).contains("eden")) {
                e = pool;
            }
        }
        eden = e;
        CompilationMXBean c = ManagementFactory.getCompilationMXBean();
        jit = c != null && c.isCompilationTimeMonitoringSupported() ? c : null;
        java.lang.management.ThreadMXBean t = ManagementFactory.getThreadMXBean();
        threads = t instanceof com.sun.management.ThreadMXBean s ? s : null;
        String reason = "";
        try {
            parseMinorFaults(Files.readString(STAT, StandardCharsets.US_ASCII));
        } catch (IOException | RuntimeException ex) {
            reason = "page faults per thread are read from " + STAT + ", which this system does not offer ("
                    + ex.getClass().getSimpleName() + ")";
        }
        faultsUnsupported = reason;
    }

    static boolean isYoung(String collector) {
        String n = collector.toLowerCase(Locale.ROOT);
        return n.contains("young")
                || n.contains("scavenge")
                || n.equals("copy")
                || n.contains("parnew")
                || n.contains("minor");
    }

    @Override
    public JvmState read() {
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted();
        return new JvmState(
                collections(young),
                collections(old),
                heap,
                eden == null ? -1 : eden.getUsage().getCommitted(),
                jit == null ? -1 : jit.getTotalCompilationTime(),
                minorFaults(),
                cpuNanos(),
                allocatedBytes());
    }

    /** Why page faults are unknown here; empty when they are read. */
    String faultsUnsupportedReason() {
        return faultsUnsupported;
    }

    private long minorFaults() {
        if (!faultsUnsupported.isEmpty()) {
            return -1;
        }
        try {
            return parseMinorFaults(Files.readString(STAT, StandardCharsets.US_ASCII));
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * Field 10 of a {@code stat} line. The second field, the thread's name in parentheses, may itself hold spaces and
     * parentheses, so fields are counted from the last {@code ')'}.
     */
    static long parseMinorFaults(String stat) {
        int close = stat.lastIndexOf(')');
        String[] rest = stat.substring(close + 2).trim().split(" ", -1);
        return Long.parseLong(rest[7]);
    }

    private long cpuNanos() {
        return threads != null && threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : -1;
    }

    private long allocatedBytes() {
        return threads != null && threads.isThreadAllocatedMemorySupported()
                ? threads.getCurrentThreadAllocatedBytes()
                : -1;
    }

    private static long collections(List<GarbageCollectorMXBean> beans) {
        long n = 0;
        for (GarbageCollectorMXBean b : beans) {
            n += Math.max(0, b.getCollectionCount());
        }
        return n;
    }
}
