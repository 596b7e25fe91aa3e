package dev.perfkit.junit.metric;

/**
 * What a finding does to its test: missed budgets ({@code perfkit.budgets}), cautions about the measurement
 * ({@code perfkit.unsteady}) and undecided comparisons ({@code perfkit.compare.inconclusive}) all use this one
 * policy, each accepting the words that make sense for it.
 */
public enum Policy {
    /** The test fails; configured as {@code enforce} or {@code fail}. */
    FAIL,
    /** The test passes; the finding is logged and reported. */
    WARN,
    /** The test is skipped (aborted), neither passed nor failed. */
    SKIP,
    /** The finding is not checked; figures are still reported. */
    OFF;

    /**
     * Reads a configured word, accepting only the words in {@code accepted}: {@code enforce} or {@code fail} for
     * {@link #FAIL}, {@code warn}, {@code skip}, {@code off}.
     *
     * @throws IllegalArgumentException for any other word
     */
    public static Policy parse(String text, String... accepted) {
        for (String word : accepted) {
            if (word.equals(text)) {
                return switch (word) {
                    case "enforce", "fail" -> FAIL;
                    case "warn" -> WARN;
                    case "skip" -> SKIP;
                    case "off" -> OFF;
                    default -> throw new IllegalArgumentException("no policy is called '" + word + "'");
                };
            }
        }
        throw new IllegalArgumentException("not accepted: '" + text + "'");
    }
}
