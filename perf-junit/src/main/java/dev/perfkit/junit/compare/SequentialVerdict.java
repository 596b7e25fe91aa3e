package dev.perfkit.junit.compare;

import dev.perfkit.junit.metric.Check;
import dev.perfkit.junit.metric.Metric;
import dev.perfkit.junit.metric.MetricChange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a comparison found: one report row per measured metric (with the verdict where a relative budget applies), the
 * metrics that could not be measured, and how the rounds went. Immutable.
 *
 * @param rows the report rows by metric, in the order the metrics were asked for
 * @param unmeasurable why each metric that could not be measured was not, by metric
 * @param rounds the rounds measured
 * @param looks how many times the data was examined
 * @param confidence the confidence of each interval
 * @param stop why the rounds stopped; null only inside the comparison, while rounds go on
 * @param dropped how many leading rounds were left out as a transient (a warm-up that had not ended); the rows
 *     describe the rounds after them
 * @param stability what the stationarity test found: why the rounds are unstable, or what was dropped and why;
 *     empty when the rounds were stationary from the first
 */
public record SequentialVerdict(
        Map<Metric, MetricChange> rows,
        Map<Metric, String> unmeasurable,
        int rounds,
        int looks,
        double confidence,
        Stop stop,
        int dropped,
        String stability) {

    /** Copies the maps, keeping their order. */
    public SequentialVerdict {
        rows = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rows));
        unmeasurable = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(unmeasurable));
    }

    /** The rows in order. */
    public List<MetricChange> reportRows() {
        return new ArrayList<>(rows.values());
    }

    /** How many rows carry a relative budget. */
    public int budgets() {
        return (int) rows.values().stream().filter(r -> r.check() != null).count();
    }

    /** How many budgeted rows have the given verdict. */
    public int count(Check outcome) {
        return (int) rows.values().stream().filter(r -> r.check() == outcome).count();
    }

    /**
     * The overall verdict: FAIL if any budget fails, else UNSTABLE if the rounds were, else INCONCLUSIVE if any budget
     * is, else PASS; null without budgets.
     */
    public Check outcome() {
        if (budgets() == 0) {
            return null;
        }
        return count(Check.FAIL) > 0
                ? Check.FAIL
                : count(Check.UNSTABLE) > 0
                        ? Check.UNSTABLE
                        : count(Check.INCONCLUSIVE) > 0 ? Check.INCONCLUSIVE : Check.PASS;
    }

    /** Whether the rounds were found unstable (a trend or a change of regime that did not end). */
    public boolean unstable() {
        return count(Check.UNSTABLE) > 0;
    }
}
