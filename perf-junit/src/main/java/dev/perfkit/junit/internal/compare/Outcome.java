package dev.perfkit.junit.internal.compare;

/** The verdict of a comparison against a relative budget. */
public enum Outcome {
  /** The whole confidence interval meets the budget. */
  PASS,
  /** The whole confidence interval misses the budget. */
  FAIL,
  /** The interval straddles the budget: the data cannot tell, and the comparison never calls this a pass. */
  INCONCLUSIVE,
  /**
   * The rounds were not stationary (a trend or a change of regime), so no interval describes them: handled like
   * {@link #INCONCLUSIVE}, never called a pass or a fail.
   */
  UNSTABLE
}
