package dev.perfkit.jdbc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The normalizer on a table of statements as applications, ORMs and tools write them. */
class SqlNormalizerTest {

    static Stream<Arguments> statements() {
        return Stream.of(
                // JDBC by hand, as in the N+1 repository
                row(
                        "SELECT id, total FROM orders WHERE customer_id = ? ORDER BY id",
                        "select id, total from orders where customer_id = ? order by id"),
                // Hibernate 6's generated SQL: aliases, no spaces around '='
                row(
                        "select o1_0.id,o1_0.customer_id,o1_0.total from orders o1_0 where o1_0.customer_id=?",
                        "select o1_0.id, o1_0.customer_id, o1_0.total from orders o1_0 where o1_0.customer_id = ?"),
                // the same query with an inlined literal, and written by another hand
                row(
                        "SELECT o1_0.id, o1_0.customer_id, o1_0.total FROM orders o1_0 WHERE o1_0.customer_id = 42",
                        "select o1_0.id, o1_0.customer_id, o1_0.total from orders o1_0 where o1_0.customer_id = ?"),
                // Hibernate batch fetching: IN-lists of any length are one statement
                row(
                        "select c1_0.id,c1_0.name from customer c1_0 where c1_0.id in (?,?,?,?,?,?,?,?,?,?)",
                        "select c1_0.id, c1_0.name from customer c1_0 where c1_0.id in (...)"),
                row(
                        "select c1_0.id,c1_0.name from customer c1_0 where c1_0.id in (?)",
                        "select c1_0.id, c1_0.name from customer c1_0 where c1_0.id in (...)"),
                row(
                        "SELECT * FROM t WHERE a IN ('x', 'y') AND b NOT IN (1, 2, 3)",
                        "select * from t where a in (...) and b not in (...)"),
                // an IN with a subquery keeps it
                row(
                        "select * from orders where customer_id in (select id from customer where name like 'A%')",
                        "select * from orders where customer_id in (select id from customer where name like ?)"),
                // string literals with escaped quotes, typed and prefixed literals
                row(
                        "INSERT INTO note (id, body) VALUES (7, 'it''s ''quoted''')",
                        "insert into note(id, body) values (?, ?)"),
                row(
                        "SELECT * FROM events WHERE at > TIMESTAMP '2024-01-01 00:00:00' AND tag = N'ünï'",
                        "select * from events where at > timestamp ? and tag = ?"),
                row("UPDATE blob_t SET data = X'0FA1' WHERE id = 0x1F", "update blob_t set data = ? where id = ?"),
                // numbers: decimals, exponents, signs after an operator, and a binary minus kept
                row(
                        "SELECT price * 1.5e3, -2, .5 FROM item WHERE stock > -10 AND delta = +3.25",
                        "select price * ?, ?, ? from item where stock > ? and delta = ?"),
                row("select a - 1, b-2 from t", "select a - ?, b - ? from t"),
                // multi-row VALUES: all row counts of two or more are one statement; a single row is another
                row(
                        "INSERT INTO orders VALUES (1, 2, 3), (4, 5, 6), (7, 8, 9)",
                        "insert into orders values (?, ?, ?), ..."),
                row("INSERT INTO orders VALUES (1, 2, 3), (4, 5, 6)", "insert into orders values (?, ?, ?), ..."),
                row("INSERT INTO orders VALUES (1, 2, 3)", "insert into orders values (?, ?, ?)"),
                // comments, line breaks, tabs, a trailing semicolon
                row(
                        "/* report: daily */ SELECT\n\tcount(*)  -- all of them\nFROM   orders ;",
                        "select count(*) from orders"),
                // quoted identifiers keep their case; unquoted words lose it
                row(
                        "SELECT \"Id\", `Name` FROM \"Order\" WHERE Total >= 10",
                        "select \"Id\", `Name` from \"Order\" where total >= ?"),
                row("select \"a\"\"b\" from t", "select \"a\"\"b\" from t"),
                // PostgreSQL placeholders, casts; named parameters (JPA, Spring)
                row(
                        "select * from t where id = $1 and created::date = $2::date",
                        "select * from t where id = ? and created::date = ?::date"),
                row("SELECT * FROM t WHERE id = :id AND name = :name", "select * from t where id = ? and name = ?"),
                // operators and functions
                row(
                        "SELECT COALESCE(a,b) || 'x' FROM t WHERE a<>b AND c!=d AND e<=f",
                        "select coalesce(a, b) || ? from t where a <> b and c != d and e <= f"),
                row(
                        "SELECT o.* FROM orders o JOIN customer c ON (c.id = o.customer_id) LIMIT 10 OFFSET 20",
                        "select o.* from orders o join customer c on (c.id = o.customer_id) limit ? offset ?"),
                // a backslash-escaped quote (MySQL) does not end the string
                row("SELECT * FROM t WHERE s = 'a\\'b' AND id = 1", "select * from t where s = ? and id = ?"),
                // nothing but white space
                row("   ", ""));
    }

    private static Arguments row(String sql, String normalized) {
        return Arguments.of(sql, normalized);
    }

    @ParameterizedTest
    @MethodSource("statements")
    void normalizes(String sql, String expected) {
        assertEquals(expected, SqlNormalizer.normalize(sql));
    }

    @ParameterizedTest
    @MethodSource("statements")
    void isIdempotent(String sql, String expected) {
        assertEquals(expected, SqlNormalizer.normalize(expected));
    }

    @Test
    void aVeryLongStatementIsCutAndTheWorkIsBounded() {
        StringBuilder sql = new StringBuilder("select ");
        for (int i = 0; i < 100_000; i++) {
            sql.append("column_").append(i).append(", ");
        }
        sql.append("x from t");
        String normalized = SqlNormalizer.normalize(sql.toString());
        assertTrue(normalized.length() <= SqlNormalizer.MAX_CHARS, () -> "length " + normalized.length());
        assertTrue(normalized.startsWith("select column_0, column_1, "), normalized.substring(0, 40));
        assertTrue(normalized.endsWith("…"), normalized.substring(normalized.length() - 20));
    }

    @Test
    void unterminatedQuotesAndCommentsEndTheTextWithoutThrowing() {
        assertEquals("select ?", SqlNormalizer.normalize("select 'open"));
        assertEquals("select \"open", SqlNormalizer.normalize("select \"open"));
        assertEquals("select a", SqlNormalizer.normalize("select a /* open"));
        assertEquals("", SqlNormalizer.normalize(null));
    }
}
