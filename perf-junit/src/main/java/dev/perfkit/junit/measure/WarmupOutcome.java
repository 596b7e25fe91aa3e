package dev.perfkit.junit.measure;

import dev.perfkit.Units;
import dev.perfkit.junit.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the warm-up went, as seen by the first measuring thread.
 *
 * @param nanos how long it lasted
 * @param calls how many calls it made
 * @param windows how many steady-state windows it completed
 * @param settled true when it ended because the latency and the JVM were steady; false when it was not run until
 *     steady or ran into its cap
 * @param untilSteady true when it was meant to run until steady
 * @param unsteady why it was not steady when it ended ({@code latency still moving}, {@code heap resizing},
 *     {@code JIT compiling (14 ms in the last window)}, ...); empty when it was, or when it was not watched
 * @param windowEndsNanos when each traced window ended, nanoseconds since the warm-up started, oldest first; at most
 *     {@link WindowTrace#CAPACITY} windows (a long warm-up keeps every second, fourth, ... window); empty when the
 *     windows were not watched
 * @param windowMedians the median latency of each traced window, in the same order
 */
@SuppressWarnings("ArrayRecordComponent") // arrays filled once when made and never changed; internal to the module
public record WarmupOutcome(
        long nanos,
        long calls,
        int windows,
        boolean settled,
        boolean untilSteady,
        List<String> unsteady,
        long[] windowEndsNanos,
        long[] windowMedians) {

    /** Copies the reasons and the trace. */
    public WarmupOutcome {
        unsteady = List.copyOf(unsteady);
        windowEndsNanos = windowEndsNanos.clone();
        windowMedians = windowMedians.clone();
        if (windowEndsNanos.length != windowMedians.length) {
            throw new IllegalArgumentException(
                    "a window end for every median: " + windowEndsNanos.length + " vs " + windowMedians.length);
        }
    }

    /** An outcome without a trace of its windows. */
    public WarmupOutcome(
            long nanos, long calls, int windows, boolean settled, boolean untilSteady, List<String> unsteady) {
        this(nanos, calls, windows, settled, untilSteady, unsteady, new long[0], new long[0]);
    }

    /** The end of each traced window (a copy). */
    @Override
    public long[] windowEndsNanos() {
        return windowEndsNanos.clone();
    }

    /** The median of each traced window (a copy). */
    @Override
    public long[] windowMedians() {
        return windowMedians.clone();
    }

    /**
     * The outcome as JSON values: nanos, calls, windows, untilSteady, settled, unsteady, windowEndsNanos,
     * windowMedians.
     */
    public Map<String, Object> toJson() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("nanos", nanos);
        out.put("calls", calls);
        out.put("windows", windows);
        out.put("untilSteady", untilSteady);
        out.put("settled", settled);
        out.put("unsteady", new ArrayList<Object>(unsteady));
        out.put("windowEndsNanos", Json.array(windowEndsNanos));
        out.put("windowMedians", Json.array(windowMedians));
        return out;
    }

    /** For a warm-up until steady: {@code settled after 3.20 s (81234 calls)} or {@code never settled; ...}. */
    public String describe() {
        String figures = Units.formatNanos(nanos) + " (" + calls + " calls)";
        return (settled ? "settled after " : "never settled; stopped at the cap after ")
                + figures
                + (unsteady.isEmpty() ? "" : "; still " + String.join(", ", unsteady));
    }
}
