package dev.perfkit.jdbc;

import dev.perfkit.spi.EventExplainer;
import java.util.Map;

/**
 * Explains the {@value SqlCounter#EVENTS_COUNTER} events: for a missed budget, the statement that ran too often (the
 * N+1 finding) and the per-call table of every statement; without a budget, the table. A mark is a snapshot of every
 * live {@link SqlCounter} that counts into that counter. Found by {@link java.util.ServiceLoader}; public only for it.
 * Thread-safe.
 */
public final class SqlEventExplainer implements EventExplainer {

    /** Created by {@link java.util.ServiceLoader}. */
    public SqlEventExplainer() {}

    @Override
    public String counter() {
        return SqlCounter.EVENTS_COUNTER;
    }

    @Override
    public Object mark() {
        return SqlCounter.liveCounts();
    }

    @Override
    public String explain(Object from, Object to, long operations, double maxPerOp) {
        if (!(from instanceof Map<?, ?> before) || !(to instanceof Map<?, ?> after) || operations < 1) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (Map.Entry<?, ?> e : after.entrySet()) {
            SqlCounts now = (SqlCounts) e.getValue();
            Object earlier = before.get(e.getKey());
            SqlCounts delta = earlier == null ? now : now.minus((SqlCounts) earlier);
            if (delta.executions() == 0) {
                continue;
            }
            StatementsPerCall perCall = delta.perOperation(operations);
            String text = Double.isNaN(maxPerOp)
                    ? SqlReport.table(perCall)
                    : SqlReport.overBudget(perCall, maxPerOp).orElse("");
            if (!text.isEmpty()) {
                out.append(out.length() == 0 ? "" : "\n").append(text);
            }
        }
        return out.toString();
    }
}
