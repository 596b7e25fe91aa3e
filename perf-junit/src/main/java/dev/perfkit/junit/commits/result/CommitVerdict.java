package dev.perfkit.junit.commits.result;

/**
 * What a comparison of two commits says about one test and metric, from the interval of the factor head / base
 * ({@code low}, {@code high}; above 1 means the head costs more) and the threshold {@code maxSlowdown} (0.05 for
 * 5 %). The verdicts are tried in this order:
 *
 * <ol>
 *   <li>{@link #SLOWER}: the whole interval lies above 1 ({@code low > 1}): the head is slower, by however little.
 *       Whether that fails the run is {@link #beyond}'s question.</li>
 *   <li>{@link #FASTER}: the whole interval lies below 1 ({@code high < 1}).</li>
 *   <li>{@link #NO_CHANGE}: the interval contains 1 and lies inside {@code [1 / (1 + maxSlowdown), 1 + maxSlowdown]}:
 *       any change there may be is smaller than the threshold.</li>
 *   <li>{@link #INCONCLUSIVE}: the interval contains 1 and reaches beyond the threshold on a side: the run could not
 *       tell a change of the threshold's size from none.</li>
 * </ol>
 *
 * <p>Rounds that held more than one regime (a change of speed during the rounds, see
 * {@code SequentialComparison}) are {@link #INCONCLUSIVE} whatever their interval.
 */
public enum CommitVerdict {
    /** The head is slower (costs more): the interval lies above 1. */
    SLOWER,
    /** The head is faster (costs less): the interval lies below 1. */
    FASTER,
    /** No change as large as the threshold: the interval contains 1 and lies within the threshold on both sides. */
    NO_CHANGE,
    /** The interval contains 1 but is wider than the threshold. */
    INCONCLUSIVE;

    /**
     * The verdict on the interval {@code [low, high]} of head / base.
     *
     * @param maxSlowdown the threshold, 0 or more
     */
    public static CommitVerdict of(double low, double high, double maxSlowdown) {
        if (low > 1) {
            return SLOWER;
        }
        if (high < 1) {
            return FASTER;
        }
        double limit = 1 + maxSlowdown;
        return low >= 1 / limit && high <= limit ? NO_CHANGE : INCONCLUSIVE;
    }

    /**
     * Whether a test fails the run: {@link #SLOWER} with an estimated factor above {@code 1 + maxSlowdown}. A slowdown
     * shown to exist but estimated within the threshold does not fail it.
     */
    public static boolean beyond(CommitVerdict verdict, double factor, double maxSlowdown) {
        return verdict == SLOWER && factor > 1 + maxSlowdown;
    }
}
