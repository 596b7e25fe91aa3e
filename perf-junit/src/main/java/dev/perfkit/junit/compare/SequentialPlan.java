package dev.perfkit.junit.compare;

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

    /**
     * The default: looks at 20, 30 and 40 rounds, 5 % error overall (98.33 % intervals). No verdict rests on fewer
     * than 20 rounds: fewer cannot show a change of regime (10 rounds split 5 and 5 between two regimes reach p = 0.008
     * at best under any permutation test), and a verdict on two regimes is the confident wrong answer this plan exists
     * to avoid.
     */
    public static SequentialPlan defaults() {
        return new SequentialPlan(FIRST_LOOK, 10, 40, 0.05);
    }

    /** The rounds of the default first look. */
    public static final int FIRST_LOOK = 20;

    /** Creates a plan; {@code firstLook >= 6} (fewer pairs cannot reach useful confidence), {@code 0 < alpha < 1}. */
    public SequentialPlan(int firstLook, int step, int maxRounds, double alpha) {
        if (firstLook < 6 || step < 1 || maxRounds < firstLook || !(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException(
                    "a sequential plan needs firstLook >= 6, step >= 1, maxRounds >= firstLook"
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
