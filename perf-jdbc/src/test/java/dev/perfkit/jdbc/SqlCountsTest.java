package dev.perfkit.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Snapshot arithmetic: differences, rates per call and the N+1 rule, on counts with known answers. */
class SqlCountsTest {

    private static final String CUSTOMERS = "select id, name from customer";
    private static final String ORDERS = "select id, total from orders where customer_id = ?";
    private static final String INSERT = "insert into audit values (?, ?)";

    private static SqlCounts counts(long executions, long entries, StatementCount... statements) {
        return new SqlCounts(executions, entries, 0, 0, List.of(statements), Map.of(), 0);
    }

    @Test
    void minusSubtractsEveryCountAndDropsStatementsThatDidNotRun() {
        SqlCounts before = counts(5, 3, StatementCount.of(CUSTOMERS, 2, 0), StatementCount.of(INSERT, 3, 3));
        SqlCounts after = counts(
                27,
                3,
                StatementCount.of(CUSTOMERS, 4, 0),
                StatementCount.of(ORDERS, 20, 0),
                StatementCount.of(INSERT, 3, 3));
        SqlCounts diff = after.minus(before);
        assertEquals(22, diff.executions());
        assertEquals(0, diff.batchEntries());
        assertEquals(List.of(StatementCount.of(ORDERS, 20, 0), StatementCount.of(CUSTOMERS, 2, 0)), diff.statements());
        assertEquals(SqlCounts.empty(), after.minus(after));
        assertEquals(0, before.minus(after).executions(), "the wrong way round clamps at 0");
    }

    @Test
    void perOperationDividesAndFindsTheRepeatedStatement() {
        SqlCounts run = counts(210, 0, StatementCount.of(ORDERS, 200, 0), StatementCount.of(CUSTOMERS, 10, 0));
        StatementsPerCall perCall = run.perOperation(10);
        assertEquals(21.0, perCall.executionsPerCall());
        assertEquals(List.of(StatementRate.of(ORDERS, 20, 0), StatementRate.of(CUSTOMERS, 1, 0)), perCall.statements());
        assertEquals(Optional.of(StatementRate.of(ORDERS, 20, 0)), perCall.nPlusOne());
        assertEquals(
                "`select ... from orders where customer_id = ?` ran 20 times per call (budget 1 statement per call):"
                        + " N+1 — fetch with a join or a batch",
                SqlReport.nPlusOne(perCall.nPlusOne().orElseThrow(), 1));
    }

    @Test
    void aStatementRunOnceOrJustUnderTwicePerCallIsNotRepeated() {
        SqlCounts run = counts(
                39,
                0,
                StatementCount.of(ORDERS, 19, 0),
                StatementCount.of(CUSTOMERS, 10, 0),
                StatementCount.of(INSERT, 10, 0));
        StatementsPerCall perCall = run.perOperation(10);
        assertEquals(Optional.empty(), perCall.nPlusOne());
        assertEquals("""
        3.9 statements per call (budget 3 statements per call)
        3.9 statements per call over 10 calls
          1.9  select id, total from orders where customer_id = ?
            1  insert into audit values (?, ?)
            1  select id, name from customer""", SqlReport.overBudget(perCall, 3).orElseThrow());
        assertEquals(Optional.empty(), SqlReport.overBudget(perCall, 3.9));
    }

    @Test
    void aLoopWithoutAListQueryIsCaughtToo() {
        StatementsPerCall perCall =
                counts(5, 0, StatementCount.of(ORDERS, 5, 0)).perOperation(1);
        assertEquals(Optional.of(StatementRate.of(ORDERS, 5, 0)), perCall.nPlusOne());
    }

    @Test
    void executionsOfNormalizesItsArgument() {
        SqlCounts run = counts(3, 0, StatementCount.of(ORDERS, 3, 0));
        assertEquals(3, run.executionsOf("SELECT id, total\n FROM orders WHERE customer_id = 42"));
        assertEquals(0, run.executionsOf("select 1"));
    }

    @Test
    void theCountsTableListsEveryStatement() {
        SqlCounts run = new SqlCounts(
                13, 5, 2, 0, List.of(StatementCount.of(ORDERS, 10, 0), StatementCount.of(INSERT, 1, 5)), Map.of(), 0);
        assertEquals("""
        13 executions, 5 batch entries, 2 of statements beyond the counter's cap
          executions  batch entries  statement
                  10              0  select id, total from orders where customer_id = ?
                   1              5  insert into audit values (?, ?)""", SqlReport.table(run));
        assertEquals("0 executions, 0 batch entries", SqlReport.table(SqlCounts.empty()));
    }

    @Test
    void invalidArgumentsAreRejectedWithTheirValues() {
        assertEquals(
                "operations must be 1 or more, got 0",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> SqlCounts.empty().perOperation(0))
                        .getMessage());
        assertEquals(
                "counts must be 0 or more, got executions=-1, batchEntries=0",
                assertThrows(IllegalArgumentException.class, () -> StatementCount.of("x", -1, 0))
                        .getMessage());
    }

    @Test
    void longStatementsAreQuotedShortAndTheSelectListOnlyOutsideParentheses() {
        assertEquals(
                "select ... from t where a = (select max(a) from u)",
                SqlReport.shortenSelectList("select a, (select b from v) from t where a = (select max(a) from u)"));
        assertEquals("update t set a = ?", SqlReport.shortenSelectList("update t set a = ?"));
        String quoted = SqlReport.quote("update t set " + "a = ?, ".repeat(100) + "b = ?");
        assertEquals(SqlReport.MAX_QUOTED + 2, quoted.length());
        assertEquals("…`", quoted.substring(quoted.length() - 2));
    }
}
