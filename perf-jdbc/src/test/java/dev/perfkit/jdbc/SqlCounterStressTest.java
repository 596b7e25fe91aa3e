package dev.perfkit.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.perfkit.jdbc.internal.Threads;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Several threads run statements through one wrapped H2 database at once; every count comes out exact. */
class SqlCounterStressTest {

    @Test
    void exactTotalsFromSeveralThreads() throws Exception {
        int threads = 6;
        int rounds = 120;
        SqlCounter sql = SqlCounter.builder(Shop.database()).perThread().build();
        Threads.run(threads, t -> {
            for (int r = 0; r < rounds; r++) {
                Shop.totalsNPlusOne(sql.dataSource());
                Shop.totalsJoin(sql.dataSource());
                try (Connection c = sql.dataSource().getConnection();
                        PreparedStatement p = c.prepareStatement("UPDATE orders SET total = total WHERE id = ?")) {
                    p.setInt(1, r % 30);
                    p.addBatch();
                    p.setInt(1, (r + 1) % 30);
                    p.addBatch();
                    p.executeBatch();
                }
            }
        });
        long calls = (long) threads * rounds;
        SqlCounts counts = sql.snapshot();
        assertEquals(calls * (1 + Shop.CUSTOMERS + 1 + 1), counts.executions());
        assertEquals(calls, counts.executionsOf(Shop.CUSTOMERS_SQL));
        assertEquals(calls * Shop.CUSTOMERS, counts.executionsOf(Shop.ORDERS_SQL));
        assertEquals(calls, counts.executionsOf(Shop.JOIN_SQL));
        assertEquals(calls, counts.executionsOf("update orders set total = total where id = ?"));
        assertEquals(calls * 2, counts.batchEntries());
        assertEquals(threads, counts.perThread().size());
        for (Map.Entry<String, Long> e : counts.perThread().entrySet()) {
            assertEquals(rounds * (1 + Shop.CUSTOMERS + 1 + 1L), e.getValue(), e.getKey());
        }
        assertEquals(0, counts.recordingFailures());
    }
}
