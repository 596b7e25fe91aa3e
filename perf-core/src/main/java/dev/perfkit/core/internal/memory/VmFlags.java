package dev.perfkit.core.internal.memory;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;

/** HotSpot flags that shape how heap readings settle. */
final class VmFlags {

    /** HotSpot's default {@code MarkSweepAlwaysCompactCount}. */
    static final int DEFAULT_FULL_COMPACTION_INTERVAL = 4;

    private VmFlags() {}

    /**
     * Every how many full collections the collector compacts fully, leaving no dead wood: HotSpot's
     * {@code MarkSweepAlwaysCompactCount} kept within [2, 8], or 4 where the flag cannot be read.
     */
    static int fullCompactionInterval() {
        try {
            HotSpotDiagnosticMXBean hs = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            int n = Integer.parseInt(
                    hs.getVMOption("MarkSweepAlwaysCompactCount").getValue());
            return Math.max(2, Math.min(8, n));
        } catch (RuntimeException | LinkageError e) {
            return DEFAULT_FULL_COMPACTION_INTERVAL;
        }
    }
}
