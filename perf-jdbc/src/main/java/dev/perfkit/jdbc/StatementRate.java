package dev.perfkit.jdbc;

import java.util.Objects;

/** How often one normalized SQL statement ran per call of the measured operation. Immutable. */
public final class StatementRate {

    private final String sql;
    private final double executionsPerCall;
    private final double batchEntriesPerCall;

    private StatementRate(String sql, double executionsPerCall, double batchEntriesPerCall) {
        this.sql = sql;
        this.executionsPerCall = executionsPerCall;
        this.batchEntriesPerCall = batchEntriesPerCall;
    }

    /**
     * Returns the rate of {@code sql}.
     *
     * @param sql the normalized statement, as {@link SqlCounts#statements()} shows it
     * @param executionsPerCall JDBC executions per call, finite and 0 or more
     * @param batchEntriesPerCall batch entries per call, finite and 0 or more
     * @return the rate
     * @throws IllegalArgumentException if a rate is negative or not finite
     */
    public static StatementRate of(String sql, double executionsPerCall, double batchEntriesPerCall) {
        Objects.requireNonNull(sql, "sql");
        if (!(executionsPerCall >= 0)
                || !(batchEntriesPerCall >= 0)
                || Double.isInfinite(executionsPerCall)
                || Double.isInfinite(batchEntriesPerCall)) {
            throw new IllegalArgumentException("rates must be finite and 0 or more, got executionsPerCall="
                    + executionsPerCall + ", batchEntriesPerCall=" + batchEntriesPerCall);
        }
        return new StatementRate(sql, executionsPerCall, batchEntriesPerCall);
    }

    /** {@return the normalized statement} */
    public String sql() {
        return sql;
    }

    /** {@return the JDBC executions of the statement per call; a batch execution counts once} */
    public double executionsPerCall() {
        return executionsPerCall;
    }

    /** {@return the batch entries of the statement per call} */
    public double batchEntriesPerCall() {
        return batchEntriesPerCall;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StatementRate other
                && sql.equals(other.sql)
                && Double.compare(executionsPerCall, other.executionsPerCall) == 0
                && Double.compare(batchEntriesPerCall, other.batchEntriesPerCall) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(sql, executionsPerCall, batchEntriesPerCall);
    }

    @Override
    public String toString() {
        return "StatementRate[" + executionsPerCall + "/call: " + sql + "]";
    }
}
