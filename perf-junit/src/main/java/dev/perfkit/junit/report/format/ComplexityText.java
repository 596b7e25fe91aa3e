package dev.perfkit.junit.report.format;

import dev.perfkit.Units;
import dev.perfkit.junit.complexity.ComplexitySettings;
import dev.perfkit.junit.complexity.CurveFit;
import dev.perfkit.junit.complexity.GrowthClass;
import dev.perfkit.junit.complexity.GrowthFit;
import dev.perfkit.junit.metric.TestOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of a complexity test: its verdict line, the console line, and the table of points and fits in its failure
 * message. Stateless.
 */
public final class ComplexityText {

    private ComplexityText() {}

    /**
     * The verdict: {@code best fit O(n^2) (R² 0.998, 100% of resamples), runner-up O(n^3) (R² 0.990, 0%), expected
     * O(n log n)}, prefixed with {@code undecided between O(n) and O(n log n): } when the fit is undecided.
     *
     * @param expect the expected class, or null
     */
    public static String verdict(GrowthFit r, GrowthClass expect) {
        String undecided = r.decided()
                ? ""
                : "undecided between "
                        + String.join(
                                " and ",
                                r.contenders().stream()
                                        .map(GrowthClass::notation)
                                        .toList()) + ": ";
        return undecided + "best fit " + fit(r, r.best(), true) + ", runner-up " + fit(r, r.runnerUp(), false)
                + (expect == null ? "" : ", expected " + expect.notation());
    }

    /** The console line: {@code [perfkit] Test.method(List): best fit ..., expected O(n) -- passed}. */
    public static String line(String test, GrowthFit r, GrowthClass expect, TestOutcome outcome) {
        return "[perfkit] " + test + ": " + verdict(r, expect) + " -- " + outcome;
    }

    /**
     * The message of a failed, skipped or warned test: the verdict, the table, how the smallest size was measured,
     * the rounds measured again and the JSON file.
     *
     * @param undecided the configured word for an undecided fit
     * @param measured how the smallest size was warmed up and timed
     */
    public static String message(
            String test,
            GrowthFit r,
            GrowthClass expect,
            TestOutcome outcome,
            int rounds,
            String undecided,
            String measured,
            List<String> remeasured,
            java.nio.file.Path json) {
        return test + ": " + verdict(r, expect) + " -- " + outcome + " (" + rounds + " rounds; "
                + ComplexitySettings.UNDECIDED + " = " + undecided + ")\n\n" + table(r) + "smallest size: " + measured
                + (remeasured.isEmpty() ? "" : "\nmeasured again: " + String.join(", ", remeasured)) + "\nresult: "
                + json;
    }

    /**
     * The points and the fits, for people:
     *
     * <pre>
     * size   time/call  noise  O(n^2)    O(n^3)
     * 1000   12.0 µs    1.0%   12.1 µs   11.2 µs
     * ...
     * O(n^2): t = 120 ns + 1.20e-05 ns x n^2; R² 0.998, chi-square 3.20, won 100.0% of 1000 resamples
     * </pre>
     */
    public static String table(GrowthFit r) {
        long[] sizes = r.sizes();
        double[] typical = r.typicalNanos();
        double[] noise = r.noise();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {
            "size",
            "time/call",
            "noise",
            r.best().notation() + " fit",
            r.runnerUp().notation() + " fit"
        });
        for (int i = 0; i < sizes.length; i++) {
            rows.add(new String[] {
                String.valueOf(sizes[i]),
                Units.formatNanos(typical[i]),
                String.format(Locale.ROOT, "%.1f%%", noise[i] * 100),
                nanos(r.fit(r.best()).predict((double) sizes[i])),
                nanos(r.fit(r.runnerUp()).predict((double) sizes[i]))
            });
        }
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                sb.append(c == 0 ? "" : "  ")
                        .append(
                                c == row.length - 1
                                        ? row[c]
                                        : String.format(Locale.ROOT, "%-" + widths[c] + "s", row[c]));
            }
            sb.append('\n');
        }
        for (CurveFit f : r.fits()) {
            sb.append(String.format(
                    Locale.ROOT,
                    "%s: t = %s%s; R² %.3f, chi-square %.3g, won %.1f%% of %d resamples%n",
                    f.growth().notation(),
                    Units.formatNanos(f.a()),
                    f.growth() == GrowthClass.CONSTANT
                            ? ""
                            : String.format(Locale.ROOT, " + %.3g ns x %s", f.b(), shape(f.growth())),
                    f.rSquared(),
                    f.chiSquare(),
                    r.share(f.growth()) * 100,
                    r.resamples()));
        }
        return sb.toString();
    }

    /** A fitted time, rounded to whole nanoseconds from 10 ns up so that 99.9999 ns reads as 100 ns. */
    private static String nanos(double v) {
        return Units.formatNanos(v >= 10 ? Math.rint(v) : v);
    }

    private static String fit(GrowthFit r, GrowthClass c, boolean best) {
        return String.format(
                Locale.ROOT,
                "%s (R² %.3f, %.0f%%%s)",
                c.notation(),
                r.fit(c).rSquared(),
                r.share(c) * 100,
                best ? " of resamples" : "");
    }

    /** The function of a class as the table writes it: {@code n log n}, {@code n^2}. */
    private static String shape(GrowthClass c) {
        String n = c.notation();
        return n.substring(2, n.length() - 1);
    }
}
