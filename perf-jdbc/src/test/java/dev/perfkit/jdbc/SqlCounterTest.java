package dev.perfkit.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfkit.Counter;
import dev.perfkit.Perf;
import dev.perfkit.PerfRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Exact statement counts through a wrapped embedded H2 database. */
class SqlCounterTest {

    private final DataSource h2 = Shop.database();

    @Test
    void anNPlusOneRepositoryRunsOnePlusNStatementsAndTheJoinOne() {
        // README snippet: perf-jdbc/README.md, README.md and SqlCounter's javadoc quote the lines up to its end
        SqlCounter sql = SqlCounter.wrap(h2); // use sql.dataSource() where the code used h2
        SqlCounts before = sql.snapshot();
        Map<String, List<Integer>> nPlusOne = Shop.totalsNPlusOne(sql.dataSource());
        SqlCounts run = sql.snapshot().minus(before); // what the call ran
        long statements = run.executions(); // 11: 1 + N for N = 10 customers
        SqlReport.overBudget(run.perOperation(1), 1).ifPresent(System.out::println); // names the N+1 statement
        // end of the README snippet

        assertEquals(1 + Shop.CUSTOMERS, statements);
        assertEquals(1, run.executionsOf(Shop.CUSTOMERS_SQL));
        assertEquals(Shop.CUSTOMERS, run.executionsOf(Shop.ORDERS_SQL));
        assertEquals(
                List.of(
                        StatementCount.of(
                                "select id, total from orders where customer_id = ? order by id", Shop.CUSTOMERS, 0),
                        StatementCount.of("select id, name from customer order by id", 1, 0)),
                run.statements());

        SqlCounts before2 = sql.snapshot();
        Map<String, List<Integer>> join = Shop.totalsJoin(sql.dataSource());
        SqlCounts joined = sql.snapshot().minus(before2);
        assertEquals(nPlusOne, join, "both ways read the same totals");
        assertEquals(1, joined.executions());
        assertEquals(1, joined.executionsOf(Shop.JOIN_SQL));
        assertEquals(Optional.empty(), joined.perOperation(1).nPlusOne());
        assertEquals(Optional.empty(), SqlReport.overBudget(joined.perOperation(1), 1));

        assertEquals("""
        `select ... from orders where customer_id = ? order by id` ran 10 times per call (budget 1 statement per \
        call): N+1 — fetch with a join or a batch
        11 statements per call over 1 call
          10  select id, total from orders where customer_id = ? order by id
           1  select id, name from customer order by id""", SqlReport.overBudget(run.perOperation(1), 1).orElseThrow());
    }

    @Test
    void aPreparedStatementRunRepeatedlyCountsEveryExecution() throws SQLException {
        SqlCounter sql = SqlCounter.wrap(h2);
        try (Connection c = sql.dataSource().getConnection();
                PreparedStatement p = c.prepareStatement("SELECT name FROM customer WHERE id = ?")) {
            for (int i = 0; i < 7; i++) {
                p.setInt(1, i);
                p.executeQuery().close();
            }
        }
        SqlCounts counts = sql.snapshot();
        assertEquals(7, counts.executions());
        assertEquals(List.of(StatementCount.of("select name from customer where id = ?", 7, 0)), counts.statements());
    }

    @Test
    void statementsThatDifferOnlyInTheirLiteralsCountAsOne() throws SQLException {
        SqlCounter sql = SqlCounter.wrap(h2);
        try (Connection c = sql.dataSource().getConnection();
                Statement s = c.createStatement()) {
            s.executeQuery("SELECT name FROM customer WHERE id = 1").close();
            s.executeQuery("select name from CUSTOMER where ID=2").close();
            s.executeQuery("SELECT name\n  FROM customer\n WHERE id = 3 -- the third")
                    .close();
            s.executeQuery("SELECT name FROM customer WHERE id IN (1, 2, 3)").close();
            s.executeQuery("SELECT name FROM customer WHERE id IN (4)").close();
        }
        SqlCounts counts = sql.snapshot();
        assertEquals(5, counts.executions());
        assertEquals(
                List.of(
                        StatementCount.of("select name from customer where id = ?", 3, 0),
                        StatementCount.of("select name from customer where id in (...)", 2, 0)),
                counts.statements());
    }

    @Test
    void largeUpdatesAndLargeBatchesCountLikeTheirSmallVariants() throws SQLException {
        SqlCounter sql = SqlCounter.wrap(h2);
        try (Connection c = sql.dataSource().getConnection();
                PreparedStatement p = c.prepareStatement("UPDATE orders SET total = total WHERE customer_id = ?")) {
            p.setInt(1, 1);
            assertEquals(Shop.ORDERS_PER_CUSTOMER, p.executeLargeUpdate());
            p.setInt(1, 2);
            p.addBatch();
            p.setInt(1, 3);
            p.addBatch();
            assertEquals(2, p.executeLargeBatch().length);
        }
        SqlCounts counts = sql.snapshot();
        assertEquals(
                List.of(StatementCount.of("update orders set total = total where customer_id = ?", 2, 2)),
                counts.statements());
    }

    @Test
    void aPreparedBatchIsOneExecutionCarryingItsEntries() throws SQLException {
        SqlCounter sql = SqlCounter.wrap(h2);
        try (Connection c = sql.dataSource().getConnection();
                PreparedStatement p =
                        c.prepareStatement("INSERT INTO orders (id, customer_id, total) VALUES (?, ?, ?)")) {
            for (int i = 0; i < 5; i++) {
                p.setInt(1, 1000 + i);
                p.setInt(2, 1);
                p.setInt(3, i);
                p.addBatch();
            }
            assertEquals(5, p.executeBatch().length);
        }
        SqlCounts counts = sql.snapshot();
        assertEquals(1, counts.executions());
        assertEquals(5, counts.batchEntries());
        assertEquals(
                List.of(StatementCount.of("insert into orders(id, customer_id, total) values (?, ?, ?)", 1, 5)),
                counts.statements());
    }

    @Test
    void aPlainStatementBatchCountsOnceInAllAndOnceUnderEachStatementItMixes() throws SQLException {
        SqlCounter sql = SqlCounter.wrap(h2);
        try (Connection c = sql.dataSource().getConnection();
                Statement s = c.createStatement()) {
            s.addBatch("INSERT INTO orders VALUES (2000, 1, 5)");
            s.addBatch("INSERT INTO orders VALUES (2001, 1, 6)");
            s.addBatch("UPDATE orders SET total = 0 WHERE id = 2000");
            assertEquals(3, s.executeBatch().length);
        }
        SqlCounts counts = sql.snapshot();
        assertEquals(1, counts.executions());
        assertEquals(3, counts.batchEntries());
        assertEquals(
                List.of(
                        StatementCount.of("insert into orders values (?, ?, ?)", 1, 2),
                        StatementCount.of("update orders set total = ? where id = ?", 1, 1)),
                counts.statements());
    }

    @Test
    void aFailingStatementIsCountedAndItsExceptionReachesTheApplicationUnchanged() throws SQLException {
        SqlCounter sql = SqlCounter.wrap(h2);
        SQLException direct;
        try (Connection c = h2.getConnection();
                Statement s = c.createStatement()) {
            direct = assertThrows(SQLException.class, () -> s.executeQuery("SELECT nothing FROM nowhere"));
        }
        try (Connection c = sql.dataSource().getConnection();
                Statement s = c.createStatement()) {
            SQLException proxied =
                    assertThrows(SQLException.class, () -> s.executeQuery("SELECT nothing FROM nowhere"));
            assertSame(direct.getClass(), proxied.getClass());
            assertEquals(direct.getErrorCode(), proxied.getErrorCode());
        }
        SqlCounts counts = sql.snapshot();
        assertEquals(1, counts.executionsOf("select nothing from nowhere"));
        assertEquals(0, counts.recordingFailures());
    }

    @Test
    void everyExecutionIncrementsTheEventsCounterTheDefaultOneInPerfRegistry() {
        long global = Perf.counter(SqlCounter.EVENTS_COUNTER).count();
        Shop.totalsNPlusOne(SqlCounter.wrap(h2).dataSource());
        assertEquals(
                global + 1 + Shop.CUSTOMERS,
                Perf.counter(SqlCounter.EVENTS_COUNTER).count());

        try (PerfRegistry registry = PerfRegistry.create()) {
            Counter mine = registry.counter("shop.sql");
            Shop.totalsNPlusOne(SqlCounter.builder(h2).events(mine).build().dataSource());
            assertEquals(1 + Shop.CUSTOMERS, mine.count());
        }
        long quiet = Perf.counter(SqlCounter.EVENTS_COUNTER).count();
        Shop.totalsJoin(
                SqlCounter.builder(h2).events(Counter.noop("off")).build().dataSource());
        assertEquals(quiet, Perf.counter(SqlCounter.EVENTS_COUNTER).count());
    }

    @Test
    void perThreadCountsAreKeptWhenAsked() throws InterruptedException {
        SqlCounter sql = SqlCounter.builder(h2).perThread().build();
        Thread other = new Thread(() -> Shop.totalsJoin(sql.dataSource()), "shop-worker");
        other.start();
        other.join();
        Shop.totalsJoin(sql.dataSource());
        Shop.totalsJoin(sql.dataSource());
        Map<String, Long> perThread = sql.snapshot().perThread();
        assertEquals(Map.of("shop-worker", 1L, Thread.currentThread().getName(), 2L), perThread);
        assertTrue(SqlCounter.wrap(h2).snapshot().perThread().isEmpty());
    }

    @Test
    void theBuilderRejectsABadCap() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> SqlCounter.builder(h2).maxStatements(0));
        assertEquals("maxStatements must be 1 to 100000, got 0", e.getMessage());
        assertFalse(SqlCounter.wrap(h2).dataSource() == h2);
    }
}
