package dev.perfkit.jdbc;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * SQL statements per call of a measured operation, from {@link SqlCounts#perOperation}: executions per call in all
 * and per normalized statement, and the N+1 finding. Immutable.
 *
 * <p><b>N+1.</b> A normalized statement that ran {@value #REPEATED_PER_CALL} or more times per call on average is
 * <em>repeated</em>: the same query shape with different values, once per element of something the call iterates.
 * The classic shape is one statement at about once per call (the list) and one at N per call (a lookup per element);
 * a loop over given ids with no list query is caught too. One query with a join, or one batch fetch
 * ({@code where id in (...)}), does the same work in one round trip.
 */
public final class StatementsPerCall {

    /** The executions per call from which a statement counts as repeated. */
    public static final double REPEATED_PER_CALL = 2;

    private final long operations;
    private final double executionsPerCall;
    private final double batchEntriesPerCall;
    private final double overflowPerCall;
    private final List<StatementRate> statements;

    StatementsPerCall(
            long operations,
            double executionsPerCall,
            double batchEntriesPerCall,
            double overflowPerCall,
            List<StatementRate> statements) {
        this.operations = operations;
        this.executionsPerCall = executionsPerCall;
        this.batchEntriesPerCall = batchEntriesPerCall;
        this.overflowPerCall = overflowPerCall;
        this.statements = List.copyOf(statements);
    }

    /** {@return the calls the counts were divided by} */
    public long operations() {
        return operations;
    }

    /**
     * {@return the JDBC executions per call, all statements together; the figure a statements-per-call budget limits}
     */
    public double executionsPerCall() {
        return executionsPerCall;
    }

    /** {@return the batch entries per call} */
    public double batchEntriesPerCall() {
        return batchEntriesPerCall;
    }

    /** {@return the executions per call of statements beyond the counter's cap, which are not listed} */
    public double overflowPerCall() {
        return overflowPerCall;
    }

    /** {@return every statement, most executions per call first} */
    public List<StatementRate> statements() {
        return statements;
    }

    /** {@return the repeated statements (at least {@value #REPEATED_PER_CALL} executions per call), most first} */
    public List<StatementRate> repeated() {
        return statements.stream()
                .filter(s -> s.executionsPerCall() >= REPEATED_PER_CALL)
                .toList();
    }

    /** {@return the most repeated statement, the N of an N+1; empty when no statement is repeated} */
    public Optional<StatementRate> nPlusOne() {
        List<StatementRate> repeated = repeated();
        return repeated.isEmpty() ? Optional.empty() : Optional.of(repeated.get(0));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StatementsPerCall other
                && operations == other.operations
                && Double.compare(executionsPerCall, other.executionsPerCall) == 0
                && Double.compare(batchEntriesPerCall, other.batchEntriesPerCall) == 0
                && Double.compare(overflowPerCall, other.overflowPerCall) == 0
                && statements.equals(other.statements);
    }

    @Override
    public int hashCode() {
        return Objects.hash(operations, executionsPerCall, batchEntriesPerCall, overflowPerCall, statements);
    }

    @Override
    public String toString() {
        return "StatementsPerCall[" + executionsPerCall + " executions per call over " + operations + " calls]";
    }
}
