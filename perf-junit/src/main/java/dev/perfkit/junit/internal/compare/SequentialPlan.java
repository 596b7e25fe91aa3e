package dev.perfkit.junit.internal.compare;

/**
 * When a comparison looks at its data and at what confidence: first after {@code firstLook} rounds, then every
 * {@code step} rounds up to {@code maxRounds}. Every look spends an equal share of the error budget {@code alpha}
 * (Bonferroni), so stopping at the first decisive look still errs with probability at most {@code alpha} overall,
 * and a true factor sitting right on the budget stays inconclusive instead of being called by chance. Immutable.
 */
public final class SequentialPlan {
  private final int firstLook;
  private final int step;
  private final int maxRounds;
  private final double alpha;

  /** The default: looks at 10, 20, 30 and 40 rounds, 5 % error overall (98.75 % intervals). */
  public static SequentialPlan defaults() {
    return new SequentialPlan(10, 10, 40, 0.05);
  }

  /** Creates a plan; {@code firstLook >= 6} (fewer pairs cannot reach useful confidence), {@code 0 < alpha < 1}. */
  public SequentialPlan(int firstLook, int step, int maxRounds, double alpha) {
    if (firstLook < 6 || step < 1 || maxRounds < firstLook || !(alpha > 0 && alpha < 1)) {
      throw new IllegalArgumentException("a sequential plan needs firstLook >= 6, step >= 1, maxRounds >= firstLook"
          + " and 0 < alpha < 1; got " + firstLook + ", " + step + ", " + maxRounds + ", " + alpha);
    }
    this.firstLook = firstLook;
    this.step = step;
    this.maxRounds = maxRounds;
    this.alpha = alpha;
  }

  /** The number of looks the plan allows. */
  public int looks() {
    return (maxRounds - firstLook) / step + 1;
  }

  /** Whether the data is examined after {@code rounds} rounds. */
  public boolean isLook(int rounds) {
    return rounds >= firstLook && rounds <= maxRounds && (rounds - firstLook) % step == 0;
  }

  /** The rounds before the first look: the fewest rounds any verdict rests on. */
  public int firstLook() {
    return firstLook;
  }

  /** The most rounds a comparison runs. */
  public int maxRounds() {
    return maxRounds;
  }

  /** The confidence of the interval at each look. */
  public double lookConfidence() {
    return 1 - alpha / looks();
  }
}
