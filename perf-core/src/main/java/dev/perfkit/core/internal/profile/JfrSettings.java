package dev.perfkit.core.internal.profile;

import dev.perfkit.profile.BlockingKind;
import dev.perfkit.profile.ProfileOptions;
import java.util.LinkedHashMap;
import java.util.Map;

/** The JFR event settings of a profile, and which blocking kind each blocking event type stands for. */
final class JfrSettings {

    static final String EXECUTION_SAMPLE = "jdk.ExecutionSample";
    static final String ALLOCATION_SAMPLE = "jdk.ObjectAllocationSample";
    static final String GARBAGE_COLLECTION = "jdk.GarbageCollection";

    /** Blocking event types; {@code jdk.ThreadSleep} exists from JDK 22 and is ignored by older recorders. */
    static final Map<String, BlockingKind> BLOCKING = Map.of(
            "jdk.JavaMonitorEnter", BlockingKind.MONITOR_ENTER,
            "jdk.JavaMonitorWait", BlockingKind.MONITOR_WAIT,
            "jdk.ThreadPark", BlockingKind.PARK,
            "jdk.ThreadSleep", BlockingKind.SLEEP,
            "jdk.SocketRead", BlockingKind.SOCKET_READ,
            "jdk.SocketWrite", BlockingKind.SOCKET_WRITE,
            "jdk.FileRead", BlockingKind.FILE_READ,
            "jdk.FileWrite", BlockingKind.FILE_WRITE);

    private JfrSettings() {}

    /** The settings for {@code jdk.jfr.Recording}: only the events a profile reads, everything else off. */
    static Map<String, String> of(ProfileOptions options) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put(EXECUTION_SAMPLE + "#enabled", "true");
        s.put(EXECUTION_SAMPLE + "#period", options.samplingPeriod().toMillis() + " ms");
        s.put(ALLOCATION_SAMPLE + "#enabled", "true");
        s.put(ALLOCATION_SAMPLE + "#throttle", options.allocationSamplesPerSecond() + "/s");
        s.put(ALLOCATION_SAMPLE + "#stackTrace", "true");
        String threshold = options.blockingThreshold().toNanos() + " ns";
        for (String event : BLOCKING.keySet()) {
            s.put(event + "#enabled", "true");
            s.put(event + "#threshold", threshold);
            s.put(event + "#stackTrace", "true");
        }
        s.put(GARBAGE_COLLECTION + "#enabled", "true");
        s.put(GARBAGE_COLLECTION + "#threshold", "0 ns");
        return s;
    }
}
