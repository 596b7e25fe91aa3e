package dev.perfkit.benchmarks;

import dev.perfkit.jdbc.SqlCounter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.h2.jdbcx.JdbcConnectionPool;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What counting SQL statements costs a query: the same indexed query over an in-memory H2 database (connection from a
 * pool, prepare, bind, execute, read 3 rows, close), through the bare data source, through datasource-proxy with no
 * listener (the library's own cost), and through perf-jdbc's {@link SqlCounter} (the proxy plus counting by
 * normalized statement). Run with {@code -prof gc} for the bytes per query.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
public class SqlCounterBenchmark {

    private JdbcConnectionPool h2;
    private DataSource bare;
    private DataSource proxyOnly;
    private DataSource counted;
    private int customer;

    /**
     * Creates the database (20 customers with 3 orders each, indexed by customer) and the three data sources.
     *
     * @throws SQLException if H2 cannot create the tables
     */
    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        h2 = JdbcConnectionPool.create("jdbc:h2:mem:sqlcounter;DB_CLOSE_DELAY=-1", "sa", "");
        try (Connection c = h2.getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE orders(id INT PRIMARY KEY, customer_id INT, total INT)");
            s.execute("CREATE INDEX orders_customer ON orders(customer_id)");
            for (int i = 0; i < 60; i++) {
                s.execute("INSERT INTO orders VALUES (" + i + ", " + i / 3 + ", " + i * 7 % 50 + ")");
            }
        }
        bare = h2;
        proxyOnly = ProxyDataSourceBuilder.create(h2).build();
        counted = SqlCounter.wrap(h2).dataSource();
    }

    /** Drops the database. */
    @TearDown(Level.Trial)
    public void tearDown() {
        h2.dispose();
    }

    private int query(DataSource ds) throws SQLException {
        customer = (customer + 1) % 20;
        int sum = 0;
        try (Connection c = ds.getConnection();
                PreparedStatement q =
                        c.prepareStatement("SELECT total FROM orders WHERE customer_id = ? ORDER BY id")) {
            q.setInt(1, customer);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    sum += rs.getInt(1);
                }
            }
        }
        return sum;
    }

    /**
     * The query on H2's pool directly.
     *
     * @return the sum of the totals, consumed by JMH
     * @throws SQLException never, on this database
     */
    @Benchmark
    public int bare() throws SQLException {
        return query(bare);
    }

    /**
     * The query through datasource-proxy without a listener.
     *
     * @return the sum of the totals, consumed by JMH
     * @throws SQLException never, on this database
     */
    @Benchmark
    public int proxyOnly() throws SQLException {
        return query(proxyOnly);
    }

    /**
     * The query through perf-jdbc's counter.
     *
     * @return the sum of the totals, consumed by JMH
     * @throws SQLException never, on this database
     */
    @Benchmark
    public int counted() throws SQLException {
        return query(counted);
    }
}
