package dev.perfkit.jdbc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;

/**
 * The words this module writes: tables of statement counts and the N+1 finding. Stateless; every method is a pure
 * function of its arguments.
 */
public final class SqlReport {

    /** The longest statement a finding quotes; a longer one is cut and ends in {@code …}. */
    static final int MAX_QUOTED = 160;

    private SqlReport() {}

    /**
     * The finding for a repeated statement against a budget of {@code maxPerCall} statements per call:
     * {@code `select ... from orders where customer_id = ?` ran 20 times per call (budget 1 statement per call): N+1
     * — fetch with a join or a batch}.
     *
     * @param repeated the repeated statement
     * @param maxPerCall the budget, in statements per call
     * @return the one-line finding
     */
    public static String nPlusOne(StatementRate repeated, double maxPerCall) {
        return quote(repeated.sql()) + " ran " + times(repeated.executionsPerCall()) + " per call (budget "
                + statements(maxPerCall) + " per call): N+1 — fetch with a join or a batch";
    }

    /**
     * The failure of a budget of {@code maxPerCall} statements (executions) per call, or empty when it is met. The
     * first line is the {@link #nPlusOne N+1 finding} when a statement is repeated, otherwise the total against the
     * budget; the per-call table follows.
     *
     * @param perCall the statements per call that were measured
     * @param maxPerCall the budget, in statements per call
     * @return the failure message, lines separated by {@code \n}; empty when the budget is met
     */
    public static Optional<String> overBudget(StatementsPerCall perCall, double maxPerCall) {
        if (perCall.executionsPerCall() <= maxPerCall) {
            return Optional.empty();
        }
        String headline = perCall.nPlusOne()
                .map(s -> nPlusOne(s, maxPerCall))
                .orElse(statements(perCall.executionsPerCall()) + " per call (budget " + statements(maxPerCall)
                        + " per call)");
        return Optional.of(headline + "\n" + table(perCall));
    }

    /**
     * The per-call table: the total, then one line per statement, most first.
     *
     * <pre>
     * 21 statements per call over 1 call
     *   20  select id, total from orders where customer_id = ?
     *    1  select id, name from customer order by id
     * </pre>
     *
     * @param perCall the statements per call to show
     * @return the table, lines separated by {@code \n}
     */
    public static String table(StatementsPerCall perCall) {
        StringBuilder sb = new StringBuilder(statements(perCall.executionsPerCall()))
                .append(" per call over ")
                .append(perCall.operations())
                .append(perCall.operations() == 1 ? " call" : " calls");
        if (perCall.batchEntriesPerCall() > 0) {
            sb.append(", ").append(number(perCall.batchEntriesPerCall())).append(" batch entries per call");
        }
        int width = 1;
        for (StatementRate s : perCall.statements()) {
            width = Math.max(width, number(s.executionsPerCall()).length());
        }
        for (StatementRate s : perCall.statements()) {
            String n = number(s.executionsPerCall());
            sb.append("\n  ")
                    .append(" ".repeat(width - n.length()))
                    .append(n)
                    .append("  ")
                    .append(s.sql());
        }
        if (perCall.overflowPerCall() > 0) {
            String n = number(perCall.overflowPerCall());
            sb.append("\n  ")
                    .append(" ".repeat(Math.max(0, width - n.length())))
                    .append(n)
                    .append("  (statements beyond the counter's cap)");
        }
        return sb.toString();
    }

    /**
     * The counts table: the totals, then executions and batch entries per statement, most first.
     *
     * <pre>
     * 11 executions, 0 batch entries
     *   executions  batch entries  statement
     *           10              0  select id, total from orders where customer_id = ?
     *            1              0  select id, name from customer order by id
     * </pre>
     *
     * @param counts the counts to show
     * @return the table, lines separated by {@code \n}
     */
    public static String table(SqlCounts counts) {
        StringBuilder sb = new StringBuilder()
                .append(counts.executions())
                .append(counts.executions() == 1 ? " execution, " : " executions, ")
                .append(counts.batchEntries())
                .append(counts.batchEntries() == 1 ? " batch entry" : " batch entries");
        if (counts.overflowExecutions() > 0) {
            sb.append(", ").append(counts.overflowExecutions()).append(" of statements beyond the counter's cap");
        }
        if (counts.statements().isEmpty()) {
            return sb.toString();
        }
        sb.append("\n  executions  batch entries  statement");
        for (StatementCount s : counts.statements()) {
            sb.append('\n')
                    .append(String.format(Locale.ROOT, "  %10d  %13d  %s", s.executions(), s.batchEntries(), s.sql()));
        }
        return sb.toString();
    }

    /** {@code `select ... from orders where id = ?`}: the select list shortened, long text cut. */
    static String quote(String sql) {
        String s = shortenSelectList(sql);
        if (s.length() > MAX_QUOTED) {
            s = s.substring(0, MAX_QUOTED - 1) + "…";
        }
        return "`" + s + "`";
    }

    /** {@code select a, b from t} becomes {@code select ... from t}; the FROM must be outside parentheses. */
    static String shortenSelectList(String sql) {
        String prefix =
                sql.startsWith("select distinct ") ? "select distinct " : sql.startsWith("select ") ? "select " : "";
        if (prefix.isEmpty()) {
            return sql;
        }
        int depth = 0;
        for (int i = prefix.length(); i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (depth == 0 && sql.startsWith(" from ", i)) {
                return prefix + "..." + sql.substring(i);
            }
        }
        return sql;
    }

    /** {@code 1 time}, {@code 20 times}, {@code 2.5 times}. */
    static String times(double n) {
        return number(n) + (n == 1 ? " time" : " times");
    }

    /** {@code 1 statement}, {@code 0 statements}, {@code 1.5 statements}. */
    static String statements(double n) {
        return number(n) + (n == 1 ? " statement" : " statements");
    }

    /** A count or rate: whole numbers as they are, others to two decimals without trailing zeros ({@code 10.33}). */
    static String number(double n) {
        if (n == Math.rint(n) && Math.abs(n) < 1e15) {
            return Long.toString((long) n);
        }
        return BigDecimal.valueOf(n)
                .setScale(2, RoundingMode.HALF_EVEN)
                .stripTrailingZeros()
                .toPlainString();
    }
}
