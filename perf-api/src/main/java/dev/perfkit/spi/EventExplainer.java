package dev.perfkit.spi;

/**
 * Explains the events of one counter: a module that counts events (perf-jdbc counts SQL statements) says which of
 * them made a budget fail, such as the statement that ran 20 times per call. Measuring tools find implementations
 * with {@link java.util.ServiceLoader}, take a {@link #mark()} before and after the measured calls, and print
 * {@link #explain} under a missed events budget.
 *
 * <p>Implementations are thread-safe; {@link #mark()} never blocks the code that counts events, and nothing here
 * throws into the caller (a failure to explain yields an empty text).
 */
public interface EventExplainer {

    /** {@return the name of the counter whose events this explains, such as {@code sql.statements}} */
    String counter();

    /** {@return an opaque record of the events so far, never null; only {@link #explain} reads it} Allocates. */
    Object mark();

    /**
     * The explanation of the events between two marks of this explainer, for a budget of {@code maxPerOp} events per
     * call over {@code operations} calls: one or more lines, or an empty string when there is nothing to say.
     *
     * @param from the earlier mark
     * @param to the later mark
     * @param operations the calls between the marks, 1 or more
     * @param maxPerOp the budget, 0 or more; {@code NaN} for a description without a budget
     * @return the explanation, never null
     */
    String explain(Object from, Object to, long operations, double maxPerOp);
}
