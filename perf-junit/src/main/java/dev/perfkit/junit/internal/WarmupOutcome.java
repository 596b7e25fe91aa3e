package dev.perfkit.junit.internal;

import dev.perfkit.Units;

/**
 * How the warm-up went, as seen by the first measuring thread.
 *
 * @param nanos how long it lasted
 * @param calls how many calls it made
 * @param windows how many steady-state windows it completed
 * @param settled true when it ended because the median latency had stopped moving; false when it was not run until
 *     steady or ran into its cap
 * @param untilSteady true when it was meant to run until steady
 */
public record WarmupOutcome(long nanos, long calls, int windows, boolean settled, boolean untilSteady) {

  /** For a warm-up until steady: {@code settled after 3.20 s (81234 calls)} or {@code never settled; ...}. */
  public String describe() {
    String figures = Units.formatNanos(nanos) + " (" + calls + " calls)";
    return (settled ? "settled after " : "never settled; stopped at the cap after ") + figures;
  }
}
