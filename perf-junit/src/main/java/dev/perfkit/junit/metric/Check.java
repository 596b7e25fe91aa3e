package dev.perfkit.junit.metric;

/**
 * The verdict on one budget, absolute ({@code p99 <= 400 ns}) or relative ({@code p50 at least 2x faster}): the one
 * vocabulary that budget tables, comparison reports, report entries and JSON share. Renderers choose the words.
 */
public enum Check {
    /** The budget was met (for a relative budget: the whole confidence interval meets it). */
    PASS,
    /** The budget was missed (for a relative budget: the whole confidence interval misses it). */
    FAIL,
    /** A relative budget's interval straddles the budget: the data cannot tell, never called a pass. */
    INCONCLUSIVE,
    /**
     * The rounds were not stationary (a trend or a change of regime), so no interval describes them: handled like
     * {@link #INCONCLUSIVE}, never called a pass or a fail.
     */
    UNSTABLE,
    /** The metric could not be measured here (allocation on a JVM without the probe, say); not a failure. */
    UNSUPPORTED,
    /** Budgets are switched off. */
    NOT_CHECKED
}
