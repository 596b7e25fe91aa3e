package dev.perfkit.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * An embedded H2 database of customers and their orders, and a repository that reads every customer's order totals
 * two ways: the N+1 way (one query for the customers, then one per customer for its orders) and with one join.
 */
final class Shop {

    static final int CUSTOMERS = 10;
    static final int ORDERS_PER_CUSTOMER = 3;
    static final String CUSTOMERS_SQL = "SELECT id, name FROM customer ORDER BY id";
    static final String ORDERS_SQL = "SELECT id, total FROM orders WHERE customer_id = ? ORDER BY id";
    static final String JOIN_SQL = "SELECT c.name, o.total FROM customer c LEFT JOIN orders o ON o.customer_id = c.id"
            + " ORDER BY c.id, o.id";

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private Shop() {}

    /** A new in-memory database, filled, kept until the JVM exits. */
    static DataSource database() {
        DataSource h2 = JdbcConnectionPool.create(
                "jdbc:h2:mem:shop" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1", "sa", "");
        try (Connection c = h2.getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE customer(id INT PRIMARY KEY, name VARCHAR(40))");
            s.execute("CREATE TABLE orders(id INT PRIMARY KEY, customer_id INT, total INT)");
            for (int i = 0; i < CUSTOMERS; i++) {
                s.execute("INSERT INTO customer VALUES (" + i + ", 'customer " + i + "')");
                for (int k = 0; k < ORDERS_PER_CUSTOMER; k++) {
                    int id = i * ORDERS_PER_CUSTOMER + k;
                    s.execute("INSERT INTO orders VALUES (" + id + ", " + i + ", " + (id * 7 % 50) + ")");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return h2;
    }

    /** Every customer's order totals: 1 query for the customers, then 1 per customer (N+1). */
    static Map<String, List<Integer>> totalsNPlusOne(DataSource db) {
        Map<String, List<Integer>> out = new LinkedHashMap<>();
        try (Connection c = db.getConnection();
                PreparedStatement customers = c.prepareStatement(CUSTOMERS_SQL);
                PreparedStatement orders = c.prepareStatement(ORDERS_SQL);
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
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /** Every customer's order totals in one query. */
    static Map<String, List<Integer>> totalsJoin(DataSource db) {
        Map<String, List<Integer>> out = new LinkedHashMap<>();
        try (Connection c = db.getConnection();
                PreparedStatement q = c.prepareStatement(JOIN_SQL);
                ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                List<Integer> totals = out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>());
                int total = rs.getInt(2);
                if (!rs.wasNull()) {
                    totals.add(total);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}
