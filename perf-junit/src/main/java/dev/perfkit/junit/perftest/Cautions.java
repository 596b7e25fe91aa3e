package dev.perfkit.junit.perftest;

import dev.perfkit.Units;
import dev.perfkit.junit.measure.jvm.JvmActivity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The rule that decides which cautions a {@code @PerfTest} measurement reports: a caution appears only when what it
 * describes is large enough to move the reported figures by more than {@link #MATTERS} (5 %), whether or not it is
 * statistically significant. A long measurement makes a 1 % drift significant, and a short one leaves a 40 % step
 * insignificant; what a reader needs to know is how far the figure could be off. Each caution is sized against that
 * one threshold:
 *
 * <ul>
 *   <li><b>a step or trend between windows</b>: over four windows or more, the window medians are split where the
 *       latency changed most (the least squares change point, with two or three windows on each side), and the median
 *       of the window medians before the split and after it differ by more than 5 % of the smaller. The figure is then
 *       an average over two levels that depends on when the measurement stopped. With three windows on a side, one
 *       slow window (a GC pause) is outvoted and shifts no level, while a step two windows from the end is caught; a
 *       trend splits in the middle, so it counts when the two halves are 5 % apart.
 *   <li><b>JIT compilation</b>: the compilers ran for more than 5 % of the measured time. They run on their own
 *       threads, so at worst they take a core from the measured code for that long.
 *   <li><b>page faults on fresh heap</b>: the measuring thread faulted on a good part of what it allocated (see
 *       {@link JvmActivity#faultingOnFreshHeap}), and at {@code JvmActivity}'s cost per fault the faults took more
 *       than 5 % of the measured time.
 *   <li><b>heap growth</b>: the memory the heap grew by would, at that cost per page, take more than 5 % of the
 *       measured time to touch.
 *   <li><b>an old or full collection</b>: any, since its pause time is not read and a full collection stops every
 *       thread for a long time.
 *   <li><b>a warm-up that did not settle</b>: always, its reasons named.
 * </ul>
 *
 * <p>Why 5 %: it is the warm-up's own tolerance for the spread of window medians ({@code perfkit.warmup.tolerance}), so
 * a measurement is called steady by the rule that ended its warm-up; window medians on a quiet machine differ by 1-2 %,
 * so a quiet run shows no caution; and budgets are rarely set closer than 5 % to the figures they bound, so a smaller
 * effect changes no verdict. Stateless.
 */
public final class Cautions {

    /** The share of the reported figure, or of the measured time, an effect must exceed to be a caution. */
    public static final double MATTERS = 0.05;

    private Cautions() {}

    /**
     * The largest change of the window medians: {@code before} is the median of the first {@code windows} window
     * medians, {@code after} of the rest.
     *
     * @param windows windows before the change, at least 2
     * @param before the median of the window medians before the change, in nanoseconds
     * @param after the median of the window medians from the change on, in nanoseconds
     */
    public record Step(int windows, double before, double after) {

        /** The change relative to the smaller level: 0.4 for 1.0 µs against 1.4 µs either way round. */
        public double size() {
            double low = Math.min(before, after);
            return low <= 0 ? 0 : Math.max(before, after) / low - 1;
        }
    }

    /** What may make {@code m}'s figures wrong by more than {@link #MATTERS}, as phrases; empty when nothing does. */
    static List<String> of(Measurement m) {
        List<String> out = new ArrayList<>();
        if (!m.warmup().unsteady().isEmpty()) {
            out.add("warm-up ended unsteady (" + String.join(", ", m.warmup().unsteady()) + ")");
        }
        if (m.jvm() != null) {
            out.addAll(jvm(m.jvm(), m.wallNanos(), m.latency().count()));
        }
        long[] medians = m.windowMedians();
        Step step = step(medians);
        if (step != null && step.size() > MATTERS) {
            out.add(String.format(
                    Locale.ROOT,
                    "latency shifted %+.0f %% between windows: median %s in windows 1-%d, %s in windows %d-%d",
                    (step.after() / step.before() - 1) * 100,
                    Units.formatNanos(Math.round(step.before())),
                    step.windows(),
                    Units.formatNanos(Math.round(step.after())),
                    step.windows() + 1,
                    medians.length));
        }
        return out;
    }

    /**
     * The JVM guards whose effect exceeds {@link #MATTERS} of {@code wallNanos}, as phrases:
     * {@code JIT 100 ms (10 % of the time)}.
     */
    static List<String> jvm(JvmActivity a, long wallNanos, long calls) {
        List<String> out = new ArrayList<>();
        double matters = MATTERS * wallNanos;
        if (a.heapGrew() && a.heapGrowthNanosEstimate() > matters) {
            out.add(String.format(
                    Locale.ROOT,
                    "heap grew %.0f MB (touching it takes about %s)",
                    Math.max(a.heapGrowthBytes(), a.edenGrowthBytes()) / 1048576.0,
                    share(a.heapGrowthNanosEstimate(), wallNanos)));
        }
        if (a.compiled(wallNanos, MATTERS)) {
            out.add("JIT " + a.jitMillis() + " ms (" + share(a.jitMillis() * 1_000_000, wallNanos) + ")");
        }
        if (a.faultingOnFreshHeap(calls, wallNanos) && a.faultNanosEstimate() > matters) {
            out.add(String.format(
                    Locale.ROOT,
                    "page faults %.2f/call (about %s)",
                    calls == 0 ? 0.0 : (double) a.minorFaults() / calls,
                    share(a.faultNanosEstimate(), wallNanos)));
        }
        if (a.oldGcs() > 0) {
            out.add("old GC x" + a.oldGcs());
        }
        return out;
    }

    private static String share(long nanos, long wallNanos) {
        return String.format(Locale.ROOT, "%.0f %% of the time", 100.0 * nanos / wallNanos);
    }

    /**
     * The largest change in {@code medians}: the split that explains most of their variance (maximizing
     * {@code t (n - t) (mean before - mean after)^2}), with at least {@code min(3, n / 2)} windows on each side; null
     * for fewer than four windows, where one window would stand for a level.
     */
    static Step step(long[] medians) {
        int n = medians.length;
        if (n < 4) {
            return null;
        }
        int least = Math.min(3, n / 2);
        double total = 0;
        for (long v : medians) {
            total += v;
        }
        double head = 0;
        for (int t = 1; t < least; t++) {
            head += medians[t - 1];
        }
        int best = least;
        double bestScore = -1;
        for (int t = least; t <= n - least; t++) {
            head += medians[t - 1];
            double d = head / t - (total - head) / (n - t);
            double score = (double) t * (n - t) * d * d;
            if (score > bestScore) {
                bestScore = score;
                best = t;
            }
        }
        return new Step(best, median(medians, 0, best), median(medians, best, n));
    }

    private static double median(long[] v, int from, int to) {
        long[] part = Arrays.copyOfRange(v, from, to);
        Arrays.sort(part);
        int k = part.length;
        return k % 2 == 1 ? part[k / 2] : (part[k / 2 - 1] + part[k / 2]) / 2.0;
    }
}
