package dev.perfkit.junit.metric;

/**
 * What a performance test, a comparison or a check against a kept baseline made of its figures: the one vocabulary of
 * test outcomes that reports, report entries, JSON and the run's summary share. Each has the word those show.
 */
public enum TestOutcome {
    /** Every budget met. */
    PASSED("passed"),
    /** A budget missed, and budgets are enforced: the test fails. */
    FAILED("failed"),
    /** A budget missed while budgets only warn. */
    WARNED("warned"),
    /** Budgets are switched off; figures only. */
    NOT_CHECKED("not checked"),
    /** The test has no budgets; figures only. */
    NO_BUDGETS("no budgets"),
    /** A comparison without relative budgets; figures only. */
    REPORTED("reported"),
    /** A comparison the data could not decide: the test fails. */
    INCONCLUSIVE("inconclusive"),
    /** A comparison whose rounds were not stationary: the test fails. */
    UNSTABLE("unstable"),
    /** An inconclusive or unstable comparison, skipped as configured. */
    SKIPPED("skipped"),
    /** A kept baseline: a figure got worse beyond the tolerance. */
    REGRESSED("regressed"),
    /** A kept baseline: a figure got better beyond the tolerance, none worse. */
    IMPROVED("improved"),
    /** A kept baseline: every figure within the tolerance. */
    UNCHANGED("unchanged");

    private final String label;

    /**
     * What a judged test (a comparison, a complexity test) makes of its verdict: {@link #REPORTED} without one; with
     * budgets off, {@link #NOT_CHECKED}; a pass passes; with budgets warning, anything else {@link #WARNED}; a fail
     * fails; an inconclusive or unstable verdict {@link #SKIPPED} when {@code undecided} says skip, else
     * {@link #UNSTABLE} or {@link #INCONCLUSIVE}.
     *
     * @param verdict the verdict, or null when there was nothing to judge
     * @param enforcement {@code perfkit.budgets}
     * @param undecided what an undecided verdict does: {@link Policy#SKIP} or {@link Policy#FAIL}
     */
    public static TestOutcome judge(Check verdict, Policy enforcement, Policy undecided) {
        return verdict == null
                ? REPORTED
                : enforcement == Policy.OFF
                        ? NOT_CHECKED
                        : verdict == Check.PASS
                                ? PASSED
                                : enforcement == Policy.WARN
                                        ? WARNED
                                        : verdict == Check.FAIL
                                                ? FAILED
                                                : undecided == Policy.SKIP
                                                        ? SKIPPED
                                                        : verdict == Check.UNSTABLE ? UNSTABLE : INCONCLUSIVE;
    }

    TestOutcome(String label) {
        this.label = label;
    }

    /** The word reports show: {@code passed}, {@code not checked}, ... */
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
