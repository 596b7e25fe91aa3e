package dev.perfkit.benchmarks.accuracy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** An embedded H2 database of 100 orders over 10 customers, and two ways to read each order's customer name. */
final class Orders {

    private static final Connection DB = open();

    private Orders() {}

    private static Connection open() {
        try {
            Connection c = DriverManager.getConnection("jdbc:h2:mem:orders;DB_CLOSE_DELAY=-1");
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS customer(id INT PRIMARY KEY, name VARCHAR(40))");
                s.execute("CREATE TABLE IF NOT EXISTS orders(id INT PRIMARY KEY, customer_id INT, total INT)");
                s.execute("DELETE FROM orders");
                s.execute("DELETE FROM customer");
                for (int i = 0; i < 10; i++) {
                    s.execute("INSERT INTO customer VALUES (" + i + ", 'customer " + i + "')");
                }
                for (int i = 0; i < 100; i++) {
                    s.execute("INSERT INTO orders VALUES (" + i + ", " + (i % 10) + ", " + (i * 7) + ")");
                }
            }
            return c;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One query for the orders, then one per order for its customer: 101 statements. */
    static long nPlusOne() {
        try (PreparedStatement orders = DB.prepareStatement("SELECT id, customer_id FROM orders ORDER BY id");
                PreparedStatement customer = DB.prepareStatement("SELECT name FROM customer WHERE id = ?");
                ResultSet rs = orders.executeQuery()) {
            long h = 0;
            while (rs.next()) {
                customer.setInt(1, rs.getInt(2));
                try (ResultSet c = customer.executeQuery()) {
                    c.next();
                    h += c.getString(1).hashCode();
                }
            }
            return h;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One JOIN: 1 statement. */
    static long join() {
        try (PreparedStatement q = DB.prepareStatement(
                        "SELECT o.id, c.name FROM orders o JOIN customer c ON c.id = o.customer_id ORDER BY o.id");
                ResultSet rs = q.executeQuery()) {
            long h = 0;
            while (rs.next()) {
                h += rs.getString(2).hashCode();
            }
            return h;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One count of the orders: 1 statement. */
    static long count() {
        try (PreparedStatement q = DB.prepareStatement("SELECT COUNT(*), SUM(total) FROM orders");
                ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getLong(1) + rs.getLong(2);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
