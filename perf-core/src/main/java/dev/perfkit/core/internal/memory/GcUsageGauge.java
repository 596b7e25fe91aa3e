package dev.perfkit.core.internal.memory;

import com.sun.management.GcInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads live heap as the heap used right after a collection that {@link System#gc()} started, from the collector's
 * last {@code GcInfo} (so allocation after the collection does not count), or from the heap's current use where the
 * collector keeps no such record. Coarser than {@link HistogramGauge}: G1 counts a large array's whole regions.
 * Answers -1 when {@code System.gc()} runs no collection ({@code -XX:+DisableExplicitGC}, Epsilon).
 */
final class GcUsageGauge implements HeapGauge {

    static final String SOURCE = "heap used after GC";

    private final List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
    private final Set<String> heapPools = new HashSet<>();
    private String whyNot = "";

    GcUsageGauge() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heapPools.add(pool.getName());
            }
        }
    }

    @Override
    public long collectAndRead() {
        long before = collections();
        System.gc();
        if (collections() == before) {
            whyNot = "System.gc() ran no collection (explicit GC disabled, e.g. -XX:+DisableExplicitGC, or a collector"
                    + " that never collects), so the heap cannot be settled";
            return -1;
        }
        GcInfo latest = null;
        for (GarbageCollectorMXBean c : collectors) {
            GcInfo info = c instanceof com.sun.management.GarbageCollectorMXBean sun ? sun.getLastGcInfo() : null;
            if (info != null && (latest == null || info.getEndTime() > latest.getEndTime())) {
                latest = info;
            }
        }
        if (latest == null) {
            return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        }
        long used = 0;
        for (var e : latest.getMemoryUsageAfterGc().entrySet()) {
            MemoryUsage u = e.getValue();
            if (heapPools.contains(e.getKey()) && u != null) {
                used += u.getUsed();
            }
        }
        return used;
    }

    private long collections() {
        long n = 0;
        for (GarbageCollectorMXBean c : collectors) {
            n += Math.max(0, c.getCollectionCount());
        }
        return n;
    }

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public String whyNot() {
        return whyNot;
    }
}
