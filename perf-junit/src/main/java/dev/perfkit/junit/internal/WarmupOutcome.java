package dev.perfkit.junit.internal;

import dev.perfkit.Units;
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
 */
public record WarmupOutcome(long nanos, long calls, int windows, boolean settled, boolean untilSteady,
    List<String> unsteady) {

  /** Copies the reasons. */
  public WarmupOutcome {
    unsteady = List.copyOf(unsteady);
  }

  /** The outcome as JSON values: nanos, calls, windows, untilSteady, settled, unsteady. */
  public Map<String, Object> toJson() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("nanos", nanos);
    out.put("calls", calls);
    out.put("windows", windows);
    out.put("untilSteady", untilSteady);
    out.put("settled", settled);
    out.put("unsteady", new ArrayList<Object>(unsteady));
    return out;
  }

  /** For a warm-up until steady: {@code settled after 3.20 s (81234 calls)} or {@code never settled; ...}. */
  public String describe() {
    String figures = Units.formatNanos(nanos) + " (" + calls + " calls)";
    return (settled ? "settled after " : "never settled; stopped at the cap after ") + figures
        + (unsteady.isEmpty() ? "" : "; still " + String.join(", ", unsteady));
  }
}
