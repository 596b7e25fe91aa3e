package dev.perfkit.junit.compare;

import dev.perfkit.junit.measure.Stationarity;
import dev.perfkit.junit.metric.Check;
import dev.perfkit.junit.metric.Metric;
import dev.perfkit.junit.metric.MetricChange;
import dev.perfkit.junit.metric.MetricKind;
import dev.perfkit.junit.metric.RatioEstimate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Drives a comparison: takes paired rounds, examines them at the looks of a {@link SequentialPlan}, and stops at the
 * first look where every relative budget has a verdict, at the plan's last look, or when the time cap is reached,
 * whichever comes first. A stop at the time cap examines the data once more; it takes the place of the planned looks
 * still to come, so the error stays within the plan's alpha.
 *
 * <p>Before any verdict, the per-round log factors of every budgeted metric are tested for stationarity
 * ({@link Stationarity}, at {@value #STATIONARITY_ALPHA} per look and {@value #FINAL_ALPHA} at the last). A series
 * that changed once, early, after rounds that the JVM guards explain (the heap grew, the JIT compiled, fresh pages
 * faulted: a warm-up that had not ended; see {@link #unexplained}), and shows no sign of change after it, has had a
 * transient: the rounds before
 * the change are dropped and the drop is reported, as long as they are at most a third of all rounds, at least
 * {@code firstLook} rounds remain, and those pass the test at the stricter {@value #TAIL_ALPHA} (a tail must look
 * clean, not merely escape detection; at the last look, at {@value #FINAL_ALPHA}).
 *
 * <p>Any other non-stationary series is judged by what its drift does to the verdict. Rounds are rarely exactly
 * stationary (a 48x factor drifting to 50x is significant over 40 tight rounds) and such a drift is only reported
 * when every block of {@link Stationarity#BLOCK} rounds lies clearly on the verdict's side of the budget. When
 * blocks disagree (a regime on each side of the budget, a trend across it), the verdict depends on when one
 * measured: the comparison takes more rounds, and if that persists at the end every budgeted verdict is
 * {@link Check#UNSTABLE}, with the levels before and after the most likely change. So is a comparison whose
 * medians' factor and interval lie on opposite sides of the budget, which happens only when the rounds hold two
 * regimes. Stateless.
 */
public final class SequentialComparison {

    /** Allocation below this many bytes per call counts as this many, so that allocation-free code has a ratio. */
    static final double MIN_BYTES_PER_OP = 1;
    /** Events below this many per call count as this many, so that a side without any (a cache hit) has a ratio. */
    static final double MIN_EVENTS_PER_OP = 0.01;
    /** The level of the stationarity test at each look. */
    static final double STATIONARITY_ALPHA = 0.1;
    /**
     * The level of the stationarity test at the last look: with the most rounds the test has the most power, and a
     * false alarm there would end a stationary comparison unstable, while one at an earlier look only asks for more
     * rounds (so earlier looks use a lenient level: too few rounds cannot show a regime change at a strict one).
     */
    static final double FINAL_ALPHA = 0.01;
    /** The confidence of each block's interval when a drift is judged against the budget. */
    static final double BLOCK_CONFIDENCE = 0.9;
    /** The least share of the rounds before a change that guards must have flagged for it to be a transient. */
    static final double EXPLAINED_SHARE = 0.5;
    /**
     * How far (relative) outside the interval the medians' factor must lie to be explained in the report: less is
     * within the rounding of the figures printed beside it.
     */
    static final double NOTED_GAP = 0.005;
    /** The level the rounds after a dropped transient must pass. */
    static final double TAIL_ALPHA = 0.1;

    private SequentialComparison() {}

    /**
     * Runs the comparison.
     *
     * @param metrics the metrics to report, in order
     * @param budgets the least improvement factor required per metric (a subset of {@code metrics})
     * @param capNanos the most measured time per side
     * @throws Throwable whatever measuring a round threw
     */
    public static SequentialVerdict run(
            PairedRounds rounds, List<Metric> metrics, Map<Metric, Double> budgets, SequentialPlan plan, long capNanos)
            throws Throwable {
        int looks = 0;
        while (true) {
            rounds.next();
            int n = rounds.count();
            boolean capped = rounds.spentNanos() >= capNanos;
            boolean last = n >= plan.maxRounds();
            if (plan.isLook(n) || last || capped) {
                looks++;
                Stop stop = last ? Stop.ROUND_LIMIT : capped ? Stop.TIME_CAP : null;
                SequentialVerdict result = examine(rounds, metrics, budgets, plan, looks, stop);
                if (result.stop() != null) {
                    return result;
                }
            }
        }
    }

    /**
     * The result at this look; its stop is null when the rounds should go on. Also judges the rounds of forks, once,
     * with {@code end} {@link Stop#FORKS}.
     */
    public static SequentialVerdict examine(
            PairedRounds rounds,
            List<Metric> metrics,
            Map<Metric, Double> budgets,
            SequentialPlan plan,
            int looks,
            Stop end) {
        int n = rounds.count();
        Map<Metric, String> unmeasurable = new LinkedHashMap<>();
        for (Metric m : metrics) {
            String why = rounds.unmeasurable(m);
            if (!why.isEmpty()) {
                unmeasurable.put(m, why);
            }
        }
        // stationarity of every budgeted metric: find a leading transient to drop, or note the rounds as drifting
        int from = 0;
        Map<Metric, String> drifting = new LinkedHashMap<>();
        for (Metric m : budgets.keySet()) {
            if (unmeasurable.containsKey(m) || !metrics.contains(m)) {
                continue;
            }
            double[] logs = logFactors(m, rounds.baseline(m), rounds.candidate(m));
            Stationarity.Result whole = Stationarity.test(logs, end == null ? STATIONARITY_ALPHA : FINAL_ALPHA);
            if (whole.stationary()) {
                continue;
            }
            int change = whole.changePoint();
            String unexplained = unexplained(rounds, logs, change);
            if (unexplained.isEmpty() && change <= n / 3 && n - change >= plan.firstLook()) {
                from = Math.max(from, change);
                double[] tail = Arrays.copyOfRange(logs, change, n);
                Stationarity.Result rest = Stationarity.test(tail, end == null ? TAIL_ALPHA : FINAL_ALPHA);
                if (!rest.stationary()) {
                    drifting.put(
                            m,
                            m.name() + " not stationary after the transient either (p = " + p(rest.pValue()) + "): "
                                    + levels(tail, rest.changePoint()));
                }
            } else {
                drifting.put(
                        m,
                        m.name() + " not stationary (p = " + p(whole.pValue()) + "): " + levels(logs, change)
                                + guards(rounds, 0, change, n) + unexplained);
            }
        }
        String unstable = "";
        List<String> notes = new ArrayList<>();
        Map<Metric, MetricChange> rows = new LinkedHashMap<>();
        for (Metric m : metrics) {
            if (unmeasurable.containsKey(m)) {
                continue;
            }
            double[] before = Arrays.copyOfRange(rounds.baseline(m), from, n);
            double[] after = Arrays.copyOfRange(rounds.candidate(m), from, n);
            if (m.kind() == MetricKind.COUNT && !budgets.containsKey(m) && zero(before) && zero(after)) {
                continue; // events that neither side caused are not a row of the report
            }
            RatioEstimate estimate = SignedRank.ratio(
                    forRatio(m, before), forRatio(m, after), m.kind().direction(), plan.lookConfidence());
            double budget = budgets.getOrDefault(m, Double.NaN);
            MetricChange row = MetricChange.compared(m, median(before), median(after), estimate, budget);
            rows.put(m, row);
            if (row.check() == null) {
                continue;
            }
            boolean decisive = row.check() == Check.PASS || row.check() == Check.FAIL;
            boolean pass = row.check() == Check.PASS;
            double[] logs = logFactors(m, before, after);
            if (drifting.containsKey(m)) {
                if (decisive && blocksAgree(logs, Math.log(budget), pass)) {
                    notes.add(drifting.get(m) + "; every block of " + Stationarity.BLOCK
                            + " rounds is on the same side of the " + "budget, so the verdict stands");
                } else if (unstable.isEmpty()) {
                    unstable = drifting.get(m);
                }
            }
            double medians =
                    m.kind().direction().factor(Math.max(floor(m), row.before()), Math.max(floor(m), row.after()));
            if (decisive && unstable.isEmpty() && (medians >= budget) != pass) {
                unstable = String.format(
                        Locale.ROOT,
                        "%s: the medians' factor %.2fx and the interval [%.2fx, %.2fx] lie on "
                                + "opposite sides of the budget, so the rounds hold more than one regime",
                        m.name(),
                        medians,
                        estimate.low(),
                        estimate.high());
            } else if (medians < estimate.low() / (1 + NOTED_GAP) || medians > estimate.high() * (1 + NOTED_GAP)) {
                notes.add(String.format(
                        Locale.ROOT,
                        "%s: the medians' factor %.2fx lies outside the interval [%.2fx, %.2fx], on the same side of "
                                + "the budget: the interval pairs the two sides of each round and the medians do not, "
                                + "so a speed that moved for both sides from round to round moved only the medians",
                        m.name(),
                        medians,
                        estimate.low(),
                        estimate.high()));
            }
        }
        if (from > 0) {
            notes.add(
                    0,
                    "rounds 1-" + from + " left out as a transient: "
                            + transientNote(rounds, budgets, metrics, unmeasurable, from, n));
        }
        String stability = String.join("; ", notes);
        if (!unstable.isEmpty()) {
            if (end == null) {
                return new SequentialVerdict(rows, unmeasurable, n, looks, plan.lookConfidence(), null, from, unstable);
            }
            rows.replaceAll((m, r) -> r.unstable());
            return new SequentialVerdict(
                    rows,
                    unmeasurable,
                    n,
                    looks,
                    plan.lookConfidence(),
                    end,
                    from,
                    (stability.isEmpty() ? "" : stability + "; ") + unstable);
        }
        boolean decisive = rows.values().stream().noneMatch(r -> r.check() == Check.INCONCLUSIVE);
        Stop stop = end == Stop.FORKS || !decisive ? end : Stop.DECISIVE;
        return new SequentialVerdict(rows, unmeasurable, n, looks, plan.lookConfidence(), stop, from, stability);
    }

    /**
     * Empty when the JVM guards explain a change after round {@code change} as a transient; otherwise why they do not.
     * They explain it when at least {@value #EXPLAINED_SHARE} of the rounds before the change were flagged, flags
     * are at most half as frequent after it, and the rounds before it that no guard flagged already ran at the
     * level after it (all but one, or a quarter, within the range of the later rounds' factors): the body's own speed
     * did not change, only rounds the JVM disturbed were off. A code path that changes speed by itself (a cache that
     * fills, a mode switch) is thus never dropped as a warm-up because a few of its rounds carried a flag.
     */
    static String unexplained(PairedRounds rounds, double[] logs, int change) {
        int n = logs.length;
        List<Double> quiet = new ArrayList<>();
        int head = 0;
        for (int i = 0; i < change; i++) {
            if (rounds.flags(i).isEmpty()) {
                quiet.add(logs[i]);
            } else {
                head++;
            }
        }
        if (head == 0) {
            return "; no JVM guard flagged rounds 1-" + change;
        }
        int tail = 0;
        for (int i = change; i < n; i++) {
            tail += rounds.flags(i).isEmpty() ? 0 : 1;
        }
        double headShare = head / (double) change;
        double tailShare = n > change ? tail / (double) (n - change) : 0;
        String why = String.format(
                Locale.ROOT,
                "; the guards do not explain the change as a warm-up (flagged %d of rounds 1-%d and %d of rounds %d-%d",
                head,
                change,
                tail,
                change + 1,
                n);
        if (headShare < EXPLAINED_SHARE || tailShare > headShare / 2) {
            return why + ")";
        }
        if (!quiet.isEmpty()) {
            double low = Arrays.stream(logs, change, n).min().orElse(0);
            double high = Arrays.stream(logs, change, n).max().orElse(0);
            // a change point is only located to within a round or two, and an outlier next to it lands on either side
            long apart = quiet.stream().filter(q -> q < low || q > high).count();
            if (apart > Math.max(1, quiet.size() / 4)) {
                return why
                        + String.format(
                                Locale.ROOT,
                                "; %d of its %d unflagged rounds ran outside the later rounds' range, at %.2fx: "
                                        + "the code's own speed changed)",
                                apart,
                                quiet.size(),
                                Math.exp(median(quiet.stream()
                                        .mapToDouble(Double::doubleValue)
                                        .toArray())));
            }
        }
        return "";
    }

    /**
     * Whether every block of {@link Stationarity#BLOCK} consecutive rounds (the last block taking the rounds left over)
     * is clearly on the verdict's side of the budget: its {@value #BLOCK_CONFIDENCE} signed-rank interval entirely at
     * or above the budget for a pass, entirely below it for a fail. Then the drift, however significant, does not
     * change the verdict; a block near the budget counts as disagreeing.
     */
    static boolean blocksAgree(double[] logs, double logBudget, boolean pass) {
        int blocks = Math.max(1, logs.length / Stationarity.BLOCK);
        for (int b = 0; b < blocks; b++) {
            int end = b == blocks - 1 ? logs.length : (b + 1) * Stationarity.BLOCK;
            double[] ci =
                    SignedRank.interval(Arrays.copyOfRange(logs, b * Stationarity.BLOCK, end), 1 - BLOCK_CONFIDENCE);
            if (pass ? ci[0] < logBudget : ci[2] >= logBudget) {
                return false;
            }
        }
        return true;
    }

    /**
     * The improvement factor of each round, as the intervals see it (allocation floored at
     * 1 byte per call); rounds where either side is not positive count as 1 (no change).
     */
    public static double[] factors(Metric m, double[] before, double[] after) {
        return Arrays.stream(logFactors(m, before, after)).map(Math::exp).toArray();
    }

    /** The log improvement factor of each round; rounds where either side is not positive count as 0 (no change). */
    static double[] logFactors(Metric m, double[] before, double[] after) {
        double[] b = forRatio(m, before);
        double[] a = forRatio(m, after);
        double[] out = new double[b.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = b[i] > 0 && a[i] > 0 ? Math.log(m.kind().direction().factor(b[i], a[i])) : 0;
        }
        return out;
    }

    /** {@code rounds 1-9 at 1.80x, rounds 10-20 at 12.01x}: the median factor before and after a change point. */
    private static String levels(double[] logs, int change) {
        return String.format(
                Locale.ROOT,
                "rounds 1-%d at %.2fx, rounds %d-%d at %.2fx",
                change,
                Math.exp(median(Arrays.copyOfRange(logs, 0, change))),
                change + 1,
                logs.length,
                Math.exp(median(Arrays.copyOfRange(logs, change, logs.length))));
    }

    private static String transientNote(
            PairedRounds rounds,
            Map<Metric, Double> budgets,
            List<Metric> metrics,
            Map<Metric, String> unmeasurable,
            int from,
            int n) {
        for (Metric m : budgets.keySet()) {
            if (metrics.contains(m) && !unmeasurable.containsKey(m)) {
                return m.name() + " " + levels(logFactors(m, rounds.baseline(m), rounds.candidate(m)), from)
                        + guards(rounds, 0, from, n);
            }
        }
        return "";
    }

    /** {@code ; heap grew in rounds 1-9}: the JVM guards that fired before the change and not after, if any. */
    private static String guards(PairedRounds rounds, int start, int change, int n) {
        StringBuilder out = new StringBuilder();
        for (String kind : PairedRounds.GUARDS) {
            int head = 0;
            int tail = 0;
            for (int i = start; i < n; i++) {
                if (rounds.flags(i).stream().anyMatch(f -> f.startsWith(kind))) {
                    if (i < change) {
                        head++;
                    } else {
                        tail++;
                    }
                }
            }
            if (head + tail > 0) {
                out.append("; ")
                        .append(kind)
                        .append(" in ")
                        .append(head)
                        .append(" of rounds 1-")
                        .append(change)
                        .append(" and ")
                        .append(tail)
                        .append(" of rounds ")
                        .append(change + 1)
                        .append('-')
                        .append(n);
            }
        }
        return out.toString();
    }

    private static String p(double p) {
        return String.format(Locale.ROOT, p < 0.001 ? "%.1g" : "%.3f", p);
    }

    private static double floor(Metric m) {
        return m.kind() == MetricKind.MEMORY ? MIN_BYTES_PER_OP : m.kind() == MetricKind.COUNT ? MIN_EVENTS_PER_OP : 0;
    }

    private static double[] forRatio(Metric m, double[] values) {
        double floor = floor(m);
        if (floor == 0) {
            return values;
        }
        double[] floored = values.clone();
        for (int i = 0; i < floored.length; i++) {
            floored[i] = Math.max(floor, floored[i]);
        }
        return floored;
    }

    private static boolean zero(double[] values) {
        for (double v : values) {
            if (v != 0) {
                return false;
            }
        }
        return true;
    }

    /** The median of the finite values; NaN without any. */
    static double median(double[] values) {
        double[] v = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        if (v.length == 0) {
            return Double.NaN;
        }
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
