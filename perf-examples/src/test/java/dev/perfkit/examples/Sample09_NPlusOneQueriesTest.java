package dev.perfkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfkit.jdbc.SqlCounter;
import dev.perfkit.jdbc.SqlCounts;
import dev.perfkit.jdbc.SqlReport;
import dev.perfkit.jdbc.StatementsPerCall;
import dev.perfkit.junit.Baseline;
import dev.perfkit.junit.Budget;
import dev.perfkit.junit.Candidate;
import dev.perfkit.junit.Compare;
import dev.perfkit.junit.PerfTest;
import dev.perfkit.junit.RelativeBudget;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;

/**
 * Sample 09: count the SQL statements an operation runs, and catch an N+1 before a real database does.
 *
 * <p>The naive way is a latency budget on the repository method against an embedded database: the N+1 version
 * ({@link #nPlusOne}: one query for the customers, then one per customer for its orders) answers in about a
 * millisecond from in-memory H2, so the budget passes here and the 21 round trips per call only hurt in production,
 * where each one crosses the network. The right way counts what the call sends to the database: {@link SqlCounter}
 * wraps the {@link DataSource}, counts every execution by normalized statement (values replaced by {@code ?}), and
 * says which statement repeats: "{@code `select ... from orders where customer_id = ? order by id` ran 20 times per
 * call (budget 1 statement per call): N+1 — fetch with a join or a batch}". A budget on statements per call
 * ({@code @Budget(sql = "1")}) then holds the fix in place, and {@link Compare} shows what the join saves even here:
 * 21 statements per call against 1, budgeted as "10x fewer". In memory the N+1 is only about 1.8x slower (each extra
 * statement costs H2 about a microsecond, where a network round trip costs hundreds), so a latency budget would
 * miss it; the statements, and the bytes each call allocates for them (about 2.8x more for the N+1), do not depend on
 * the machine.
 *
 * <p>The same budget on the N+1 version fails with {@code sql.statements  21.0/op  <= 1.00/op  FAILED by 20.0/op}
 * and, under it, the line that names the repeated statement.
 * Run: {@code mvn -pl perf-examples -am verify -Dtest=Sample09_NPlusOneQueriesTest
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class Sample09_NPlusOneQueriesTest {

    static final int CUSTOMERS = 20;
    static final DataSource H2 = database();
    /** The counted data source: hand it to the code under test instead of the real one. */
    static final SqlCounter SQL = SqlCounter.wrap(H2);

    @Test
    void countTheStatementsOfEachWay() {
        SqlCounts before = SQL.snapshot();
        Map<String, List<Integer>> slow = nPlusOne(SQL.dataSource());
        SqlCounts nPlusOne = SQL.snapshot().minus(before);

        before = SQL.snapshot();
        Map<String, List<Integer>> fast = join(SQL.dataSource());
        SqlCounts join = SQL.snapshot().minus(before);

        System.out.println("N+1:  " + SqlReport.table(nPlusOne));
        System.out.println("join: " + SqlReport.table(join));
        StatementsPerCall perCall = nPlusOne.perOperation(1);
        String finding = SqlReport.overBudget(perCall, 1).orElseThrow();
        System.out.println(finding);

        assertEquals(slow, fast);
        assertEquals(1 + CUSTOMERS, nPlusOne.executions());
        assertEquals(1, join.executions());
        assertTrue(
                finding.startsWith("`select ... from orders where customer_id = ? order by id` ran 20 times per call"
                        + " (budget 1 statement per call): N+1 — fetch with a join or a batch"),
                finding);
    }

    @Test
    @PerfTest(warmup = "200ms", duration = "300ms")
    @Budget(sql = "1")
    void theJoinRunsOneStatementPerCall() {
        join(SQL.dataSource());
    }

    @Test
    @Compare(
            bottleneck = "One query for the customers, then one per customer for its orders: 1 + N statements per"
                    + " call (N+1).",
            change = "One LEFT JOIN reads customers and orders together: 1 statement per call.")
    @RelativeBudget(allocation = "2x less", sql = "10x fewer")
    void joinInsteadOfNPlusOne() {}

    @Baseline
    static Map<String, List<Integer>> nPlusOneOnH2() {
        return nPlusOne(SQL.dataSource());
    }

    @Candidate
    static Map<String, List<Integer>> joinOnH2() {
        return join(SQL.dataSource());
    }

    /** Every customer's order totals, the N+1 way: 1 query for the customers, then 1 per customer. */
    static Map<String, List<Integer>> nPlusOne(DataSource db) {
        Map<String, List<Integer>> out = new LinkedHashMap<>();
        try (Connection c = db.getConnection();
                PreparedStatement customers = c.prepareStatement("SELECT id, name FROM customer ORDER BY id");
                PreparedStatement orders =
                        c.prepareStatement("SELECT id, total FROM orders WHERE customer_id = ? ORDER BY id");
                ResultSet rs = customers.executeQuery()) {
            while (rs.next()) {
                List<Integer> totals = new ArrayList<>();
                orders.setInt(1, rs.getInt(1));
                try (ResultSet o = orders.executeQuery()) {
                    while (o.next()) {
                        totals.add(o.getInt(2));
                    }
                }
                out.put(rs.getString(2), totals);
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every customer's order totals in one query. */
    static Map<String, List<Integer>> join(DataSource db) {
        Map<String, List<Integer>> out = new LinkedHashMap<>();
        try (Connection c = db.getConnection();
                PreparedStatement q = c.prepareStatement("SELECT c.name, o.total FROM customer c"
                        + " LEFT JOIN orders o ON o.customer_id = c.id ORDER BY c.id, o.id");
                ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                List<Integer> totals = out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>());
                int total = rs.getInt(2);
                if (!rs.wasNull()) {
                    totals.add(total);
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An in-memory H2 database of 20 customers with 3 orders each. */
    private static DataSource database() {
        DataSource h2 = JdbcConnectionPool.create("jdbc:h2:mem:sample09;DB_CLOSE_DELAY=-1", "sa", "");
        try (Connection c = h2.getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE customer(id INT PRIMARY KEY, name VARCHAR(40))");
            s.execute("CREATE TABLE orders(id INT PRIMARY KEY, customer_id INT, total INT)");
            s.execute("CREATE INDEX orders_customer ON orders(customer_id)");
            for (int i = 0; i < CUSTOMERS; i++) {
                s.execute("INSERT INTO customer VALUES (" + i + ", 'customer " + i + "')");
                for (int k = 0; k < 3; k++) {
                    s.execute("INSERT INTO orders VALUES (" + (i * 3 + k) + ", " + i + ", " + ((i * 3 + k) * 7 % 50)
                            + ")");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return h2;
    }
}
