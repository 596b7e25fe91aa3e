package dev.perfkit.junit.internal.compare;

/**
 * A source of paired rounds: every {@link #next()} measures the baseline and the candidate once more, side by side, and
 * appends one value per side for every metric. The harness implements it with real calls; tests with simulated noise.
 * Not thread-safe: one comparison drives it.
 */
public interface PairedRounds {

  /** Measures one more round on both sides. */
  void next() throws Throwable;

  /** How many rounds have been measured. */
  int count();

  /** The baseline's value of {@code metric} in each round so far, oldest first; NaN where it was not measurable. */
  double[] baseline(Metric metric);

  /** The candidate's value of {@code metric} in each round so far, oldest first; NaN where it was not measurable. */
  double[] candidate(Metric metric);

  /** Why {@code metric} cannot be measured here, such as {@code not measured: perfkit.allocation = off}; empty if it can. */
  String unmeasurable(Metric metric);

  /** The measured time spent so far on the side that spent more, for the comparison's time cap. */
  long spentNanos();
}
