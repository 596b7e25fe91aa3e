package dev.perfkit.jdbc;

import java.util.Objects;

/**
 * How often one normalized SQL statement ran: its JDBC executions (a batch counts once) and the entries its batch
 * executions carried. Immutable.
 */
public final class StatementCount {

    private final String sql;
    private final long executions;
    private final long batchEntries;

    private StatementCount(String sql, long executions, long batchEntries) {
        this.sql = sql;
        this.executions = executions;
        this.batchEntries = batchEntries;
    }

    /**
     * Returns the counts of {@code sql}.
     *
     * @param sql the normalized statement, as {@link SqlCounts#statements()} shows it
     * @param executions JDBC executions, 0 or more
     * @param batchEntries entries carried by batch executions, 0 or more
     * @return the counts
     * @throws IllegalArgumentException if a count is negative
     */
    public static StatementCount of(String sql, long executions, long batchEntries) {
        Objects.requireNonNull(sql, "sql");
        if (executions < 0 || batchEntries < 0) {
            throw new IllegalArgumentException(
                    "counts must be 0 or more, got executions=" + executions + ", batchEntries=" + batchEntries);
        }
        return new StatementCount(sql, executions, batchEntries);
    }

    /** {@return the normalized statement: literals as {@code ?}, lower-case words, canonical spacing} */
    public String sql() {
        return sql;
    }

    /** {@return the number of JDBC executions of the statement; a batch execution counts once} */
    public long executions() {
        return executions;
    }

    /**
     * {@return the number of entries (parameter sets, or SQL strings of a plain statement's batch) carried by batch
     * executions}
     */
    public long batchEntries() {
        return batchEntries;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StatementCount other
                && sql.equals(other.sql)
                && executions == other.executions
                && batchEntries == other.batchEntries;
    }

    @Override
    public int hashCode() {
        return Objects.hash(sql, executions, batchEntries);
    }

    @Override
    public String toString() {
        return "StatementCount[" + executions + " executions, " + batchEntries + " batch entries: " + sql + "]";
    }
}
