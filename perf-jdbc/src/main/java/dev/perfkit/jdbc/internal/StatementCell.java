package dev.perfkit.jdbc.internal;

import java.util.concurrent.atomic.LongAdder;

/**
 * The counts of one normalized statement: JDBC executions that ran it, and the entries (parameter sets or SQL
 * strings) that batch executions of it carried. Thread-safe; adding never blocks.
 */
final class StatementCell {

    final String sql;
    final LongAdder executions = new LongAdder();
    final LongAdder batchEntries = new LongAdder();

    StatementCell(String sql) {
        this.sql = sql;
    }
}
