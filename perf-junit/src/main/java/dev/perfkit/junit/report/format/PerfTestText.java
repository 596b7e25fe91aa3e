package dev.perfkit.junit.report.format;

import dev.perfkit.TimerSnapshot;
import dev.perfkit.Units;
import dev.perfkit.junit.measure.Settings;
import dev.perfkit.junit.measure.jvm.JvmSettings;
import dev.perfkit.junit.metric.Check;
import dev.perfkit.junit.metric.Metric;
import dev.perfkit.junit.metric.MetricKind;
import dev.perfkit.junit.metric.Rates;
import dev.perfkit.junit.metric.Statistic;
import dev.perfkit.junit.perftest.BudgetVerdict;
import dev.perfkit.junit.perftest.JudgedBudget;
import dev.perfkit.junit.perftest.Measurement;
import dev.perfkit.profile.Profile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The human report of one run, as the failure message and the warning show it: the headline, a table of every
 * budget (metric, measured, limit, verdict), the percentile table, counts, and how the figures were taken. Stateless.
 */
public final class PerfTestText {

    /** The percentiles every report shows. */
    public static final List<Double> PERCENTILES = List.of(50.0, 90.0, 99.0, 99.9);

    private PerfTestText() {}

    /** Formats the report of the test named {@code test}. */
    public static String format(String test, Measurement m, BudgetVerdict v) {
        return format(test, m, v, Map.of(), null);
    }

    /** The most methods, allocation sites and waits a profile in a report lists. */
    public static final int PROFILE_TOP = 5;

    /**
     * Formats the report, with the explanation of each missed events budget (by counter name, such as the SQL
     * statement that ran too often) under the budget table, and the profile of extra calls at the end (null for none).
     */
    public static String format(
            String test, Measurement m, BudgetVerdict v, Map<String, String> explanations, Profile profile) {
        return format(test, m, v, explanations, profile, false);
    }

    /**
     * Formats the report as {@link #format(String, Measurement, BudgetVerdict, Map, Profile)} does, with a hint under
     * the cautions when {@code deadCode} says the body was probably optimised away.
     */
    public static String format(
            String test,
            Measurement m,
            BudgetVerdict v,
            Map<String, String> explanations,
            Profile profile,
            boolean deadCode) {
        StringBuilder sb = new StringBuilder(test).append(": ").append(Phrases.headline(v));
        if (!v.results().isEmpty()) {
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"metric", "measured", "limit", "verdict"});
            for (JudgedBudget r : v.results()) {
                MetricKind kind = r.spec().metric().kind();
                rows.add(new String[] {
                    r.spec().name(),
                    kind.format(r.measured()),
                    Phrases.comparison(r) + " " + kind.format(r.limit()),
                    Phrases.verdict(r)
                });
            }
            table(sb, rows);
            for (JudgedBudget r : v.results()) {
                String why = explanations.get(r.spec().name());
                if (r.check() == Check.FAIL && r.spec().metric().statistic() == Statistic.EVENTS && why != null) {
                    sb.append("\n  ").append(why.replace("\n", "\n  "));
                }
            }
            if (v.timeScale() != 1) {
                sb.append("\n  time limits scaled by ")
                        .append(Rates.number(v.timeScale()))
                        .append(" (")
                        .append(Settings.TIME_SCALE)
                        .append(')');
            }
        }
        sb.append("\nlatency     ").append(percentiles(m));
        sb.append("\ncount       ")
                .append(m.operations())
                .append(" calls in ")
                .append(m.latency().count())
                .append(" samples, throughput ")
                .append(MetricKind.THROUGHPUT.format(m.throughputPerSecond()))
                .append(", allocation ")
                .append(
                        m.allocationUnsupported().isEmpty()
                                ? MetricKind.MEMORY.format(m.allocatedBytesPerOp())
                                : "n/a (" + m.allocationUnsupported() + ")");
        sb.append("\ncpu         ").append(Phrases.cpu(m));
        for (Map.Entry<String, Long> e : m.events().entrySet()) {
            sb.append("\nevents      ")
                    .append(e.getKey())
                    .append(' ')
                    .append(MetricKind.COUNT.format(m.eventsPerOp(e.getKey())));
        }
        sb.append("\nwarm-up     ").append(m.warmupText());
        sb.append("\nmeasured    ").append(m.samplingText());
        for (String caution : m.cautions()) {
            sb.append("\ncaution     ").append(caution);
        }
        if (deadCode) {
            sb.append("\nhint        ").append(deadCode(m));
        }
        if (profile != null) {
            sb.append("\nprofile     ").append(profileLine(profile));
            if (profile.isAvailable()) {
                sb.append("\n  ").append(profile.toText(PROFILE_TOP).strip().replace("\n", "\n  "));
            }
        }
        JvmSettings jvm = JvmSettings.current();
        sb.append("\njvm         ").append(jvm.describe());
        for (String warning : jvm.warnings()) {
            sb.append("\njvm warning ").append(warning);
        }
        return sb.toString();
    }

    /** The percentile line: {@code p50 310 µs, p90 1.20 ms, p99 2.63 ms, p99.9 3.10 ms, max 4.00 ms, mean 380 µs}. */
    public static String percentiles(Measurement m) {
        TimerSnapshot s = m.latency();
        if (s.isEmpty()) {
            return "no samples";
        }
        StringBuilder sb = new StringBuilder();
        for (double p : PERCENTILES) {
            sb.append(Metric.percentileName(p))
                    .append(' ')
                    .append(Units.formatNanos(s.valueAtPercentile(p)))
                    .append(", ");
        }
        return sb.append("max ")
                .append(Units.formatNanos(s.maxNanos()))
                .append(", mean ")
                .append(Units.formatNanos(m.meanNanos()))
                .toString();
    }

    private static void table(StringBuilder sb, List<String[]> rows) {
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        for (String[] row : rows) {
            sb.append("\n ");
            for (int c = 0; c < row.length; c++) {
                sb.append(' ').append(row[c]);
                if (c < row.length - 1) {
                    sb.append(" ".repeat(widths[c] - row[c].length() + 1));
                }
            }
        }
    }

    /**
     * The hint for a body probably optimised away ({@link dev.perfkit.junit.perftest.DeadCode}): {@code median 0.40 ns
     * per call, under 2 ns, and the test method takes no Sink: the JIT may have removed the body as dead code; ...}.
     */
    public static String deadCode(Measurement m) {
        return "median " + Units.formatNanos(m.medianNanos()) + " per call, under "
                + Units.formatNanos((long) dev.perfkit.junit.perftest.DeadCode.FLOOR_NANOS)
                + ", and the test method takes no "
                + "Sink: the JIT may have removed the body as dead code, since its result is never used; declare a "
                + "Sink "
                + "parameter and pass every result to sink.consume(...)";
    }

    /** What a profile is: extra calls after the measurement, where its JFR file is, or why there is none. */
    public static String profileLine(Profile profile) {
        if (!profile.isAvailable()) {
            return "none: " + profile.unavailableReason();
        }
        return "of extra calls after the measurement (not measured)"
                + profile.jfrFile()
                        .map(f -> "; JFR file " + f + " (opens in JDK Mission Control)")
                        .orElse("");
    }
}
