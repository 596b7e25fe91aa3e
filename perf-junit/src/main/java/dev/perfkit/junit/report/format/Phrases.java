package dev.perfkit.junit.report.format;

import dev.perfkit.junit.measure.Settings;
import dev.perfkit.junit.measure.jvm.CpuUse;
import dev.perfkit.junit.metric.Check;
import dev.perfkit.junit.metric.MetricChange;
import dev.perfkit.junit.metric.MetricKind;
import dev.perfkit.junit.metric.Policy;
import dev.perfkit.junit.perftest.BudgetVerdict;
import dev.perfkit.junit.perftest.JudgedBudget;
import dev.perfkit.junit.perftest.Measurement;
import java.util.Locale;

/** The words of every report: verdicts, improvements, evidence lines and headlines. Stateless. */
public final class Phrases {

    private Phrases() {}

    /** A budget's comparison: {@code <=}, or {@code >=} for a minimum such as throughput. */
    public static String comparison(JudgedBudget r) {
        return r.spec().metric().kind().isMinimum() ? ">=" : "<=";
    }

    /**
     * A budget's verdict as tables show it: {@code ok}, {@code unsupported}, or {@code FAILED by 630 µs (+31.5 %)}.
     */
    public static String verdict(JudgedBudget r) {
        if (r.check() != Check.FAIL) {
            return word(r.check());
        }
        double diff = r.measured() - r.limit();
        String text = "FAILED by " + r.spec().metric().kind().format(Math.abs(diff));
        return r.limit() > 0 ? text + String.format(Locale.ROOT, " (%+.1f %%)", diff / r.limit() * 100) : text;
    }

    /** A budget's verdict in one lower-case word, as JSON writes it: {@code ok}, {@code failed}, ... */
    public static String word(Check check) {
        return switch (check) {
            case PASS -> "ok";
            case FAIL -> "failed";
            case INCONCLUSIVE -> "inconclusive";
            case UNSTABLE -> "unstable";
            case UNSUPPORTED -> "unsupported";
            case NOT_CHECKED -> "not checked";
        };
    }

    /** A budget policy as configured: {@code enforce}, {@code warn}, {@code off}. */
    public static String enforcement(Policy p) {
        return p == Policy.FAIL ? "enforce" : p.name().toLowerCase(Locale.ROOT);
    }

    /** The headline: {@code 1 of 3 performance budgets missed}, {@code all 3 performance budgets met}, ... */
    public static String headline(BudgetVerdict v) {
        int n = v.results().size();
        if (n == 0) {
            return "no performance budgets";
        }
        if (v.enforcement() == Policy.OFF) {
            return n + " performance budget" + (n == 1 ? "" : "s") + " not checked (" + Settings.BUDGETS + " = off)";
        }
        long missed = v.missed();
        if (missed == 0) {
            return n == 1 ? "the performance budget was met" : "all " + n + " performance budgets met";
        }
        String text = missed + " of " + n + " performance budget" + (n == 1 ? "" : "s") + " missed";
        return v.enforcement() == Policy.WARN ? text + " (reported only: " + Settings.BUDGETS + " = warn)" : text;
    }

    /**
     * The natural wording of a row's change: {@code 93% faster}, {@code 75% less}, {@code 16x higher},
     * {@code 12% slower}, or {@code no significant change} when the comparison found none.
     */
    public static String improvement(MetricChange row) {
        double before = row.before();
        double after = row.after();
        MetricKind kind = row.metric().kind();
        if (!row.significant() || before == after || !(before >= 0) || !(after >= 0)) {
            return "no significant change";
        }
        if (before == 0) {
            // only counts reach 0: events that the baseline never caused
            return (after > before ? kind.worse() : kind.better()) + " (none before)";
        }
        String word = kind.direction().factor(before, after) > 1 ? kind.better() : kind.worse();
        double grew = Math.max(before, after) / Math.min(before, after);
        if (after > before && grew >= 2) {
            // a rise of 2x or more reads best as a multiple: 16x higher, 3.0x slower
            return (grew >= 10 ? String.format(Locale.ROOT, "%.0f", grew) : String.format(Locale.ROOT, "%.1f", grew))
                    + "x " + word;
        }
        long pct = Math.max(1, Math.round(Math.abs(after - before) / before * 100));
        return pct + "% " + word;
    }

    /**
     * The evidence for a row, without the metric's label: {@code 4.00x [3.90x, 4.10x] at 98.33% confidence over 20
     * rounds; budget: at least 2x faster: **PASS**}, or against a kept baseline {@code 1.02x against the kept
     * baseline, tolerance 10%: within tolerance}.
     */
    public static String evidence(MetricChange row) {
        if (row.isKept()) {
            String verdict = row.check() == Check.FAIL
                    ? "**REGRESSION**"
                    : row.significant() ? "**IMPROVEMENT**" : "within tolerance";
            return String.format(
                    Locale.ROOT,
                    "%.2fx against the kept baseline, tolerance %s%%: %s",
                    row.factor(),
                    trim(Math.round(row.tolerance() * 1000) / 10.0),
                    verdict);
        }
        String line = row.estimate().toString();
        if (row.check() != null) {
            line += String.format(
                    Locale.ROOT,
                    "; budget: at least %sx %s: **%s**",
                    trim(row.minFactor()),
                    row.metric().kind().better(),
                    row.check());
        }
        return line;
    }

    /**
     * CPU time against wall time: {@code 41.0 µs per call of 1.10 ms wall: 96 % of the time waiting: 95 % blocked
     * (I/O, locks, sleep), 1 % for a core (other load)}, or {@code n/a (why)}. With several threads, CPU is summed over
     * them and set against threads times wall.
     */
    public static String cpu(Measurement m) {
        CpuUse cpu = m.cpu();
        if (!cpu.isMeasured()) {
            return "n/a (" + cpu.unsupported() + ")";
        }
        String threads = m.plan().threads() == 1
                ? ""
                : " (" + m.plan().threads() + " threads: CPU summed, against "
                        + m.plan().threads() + " x wall)";
        return MetricKind.CPU_TIME.format(m.cpuNanosPerOp()) + " per call of " + MetricKind.TIME.format(m.meanNanos())
                + " wall" + threads + ": " + waiting(cpu);
    }

    /** The console's short form: {@code 41.0 µs/op (96 % waiting)}, or {@code n/a}. */
    public static String cpuShort(Measurement m) {
        return m.cpu().isMeasured()
                ? MetricKind.CPU_TIME.format(m.cpuNanosPerOp()) + "/op ("
                        + percent(m.cpu().offCpuShare()) + " waiting)"
                : "n/a";
    }

    /**
     * The time off CPU and, where the wait for a core is known, how it splits: {@code 62 % of the time waiting: 60 %
     * blocked (I/O, locks, sleep), 2 % for a core (other load)}.
     */
    static String waiting(CpuUse cpu) {
        double off = cpu.offCpuShare();
        double ready = cpu.readyShare();
        if (Double.isNaN(ready)) {
            return percent(off) + " of the time waiting (I/O, locks, sleep, or for a core)";
        }
        return percent(off) + " of the time waiting: " + percent(off - ready) + " blocked (I/O, locks, sleep), "
                + percent(ready) + " for a core (other load)";
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f %%", Math.max(0, share) * 100);
    }

    /** A factor as written in budgets: {@code 2}, {@code 1.5}. */
    public static String trim(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
