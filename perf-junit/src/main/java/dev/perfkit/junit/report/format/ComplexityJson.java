package dev.perfkit.junit.report.format;

import dev.perfkit.junit.complexity.CurveFit;
import dev.perfkit.junit.complexity.GrowthClass;
import dev.perfkit.junit.complexity.GrowthFit;
import dev.perfkit.junit.complexity.SizedRounds;
import dev.perfkit.junit.json.Json;
import dev.perfkit.junit.measure.AtomicFiles;
import dev.perfkit.junit.measure.Settings;
import dev.perfkit.junit.measure.jvm.JvmSettings;
import dev.perfkit.junit.metric.Check;
import dev.perfkit.junit.metric.Policy;
import dev.perfkit.junit.metric.TestOutcome;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON result of one complexity test, schema {@value #SCHEMA}; {@code docs/reports.md} documents every field. Times
 * in nanoseconds per call. Everything a plot needs: the points (typical time per size, and every round's time), and
 * per class the coefficients and a curve of {@value #CURVE_POINTS} points spaced evenly on a log scale from the
 * smallest to the largest size. Stateless.
 */
public final class ComplexityJson {

    /** The schema name and version written into every file. */
    public static final String SCHEMA = "perfkit-junit-complexity/1";
    /** The points of each fitted curve. */
    public static final int CURVE_POINTS = 33;

    private ComplexityJson() {}

    /**
     * Writes the result to {@code file}, creating its folder.
     *
     * @param test the test's identity: {@code class}, {@code method}, {@code displayName}, {@code uniqueId}
     * @param expect the expected class, or null
     * @param check the verdict against it, or null without one
     */
    public static void write(
            Path file,
            Map<String, String> test,
            GrowthFit r,
            SizedRounds rounds,
            long roundNanos,
            GrowthClass expect,
            Check check,
            Policy enforcement,
            Policy undecided,
            TestOutcome outcome)
            throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schema", SCHEMA);
        root.put("test", new LinkedHashMap<>(test));
        root.put("expect", expect == null ? null : expect.notation());
        List<Object> sizes = new ArrayList<>();
        for (long n : r.sizes()) {
            sizes.add(n);
        }
        root.put("sizes", sizes);
        root.put("rounds", rounds.count());
        root.put("roundNanos", roundNanos);
        root.put("points", points(r, rounds));
        List<Object> fits = new ArrayList<>();
        for (CurveFit f : r.fits()) {
            fits.add(fit(r, f));
        }
        root.put("fits", fits);
        root.put("best", r.best().notation());
        root.put("runnerUp", r.runnerUp().notation());
        root.put("decided", r.decided());
        root.put(
                "contenders",
                new ArrayList<Object>(
                        r.contenders().stream().map(GrowthClass::notation).toList()));
        root.put("resamples", r.resamples());
        root.put("verdict", check == null ? null : check.name().toLowerCase(Locale.ROOT));
        root.put("summary", ComplexityText.verdict(r, expect));
        root.put("raw", raw(r, rounds));
        root.put("remeasured", new ArrayList<Object>(rounds.remeasured()));
        root.put("warmup", rounds.warmups());
        root.put("jvmSettings", JvmSettings.current().toJson());
        root.put("enforcement", Phrases.enforcement(enforcement));
        root.put("undecided", undecided.name().toLowerCase(Locale.ROOT));
        root.put("outcome", outcome.label());
        AtomicFiles.write(file, Settings.RESULTS_DIR, Json.write(root));
    }

    /** Per size: the typical time, its noise, and every round's time (oldest first). */
    private static List<Object> points(GrowthFit r, SizedRounds rounds) {
        List<Object> out = new ArrayList<>();
        long[] sizes = r.sizes();
        for (int i = 0; i < sizes.length; i++) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("size", sizes[i]);
            p.put("nanos", r.typicalNanos()[i]);
            p.put("noise", r.noise()[i]);
            List<Object> each = new ArrayList<>();
            for (double t : rounds.times(i)) {
                each.add(t);
            }
            p.put("roundNanos", each);
            out.add(p);
        }
        return out;
    }

    private static Map<String, Object> fit(GrowthFit r, CurveFit f) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("class", f.growth().notation());
        out.put("a", f.a());
        out.put("b", f.b());
        out.put("chiSquare", f.chiSquare());
        out.put("rSquared", f.rSquared());
        out.put("share", r.share(f.growth()));
        double[][] points = r.curve(f.growth(), CURVE_POINTS);
        List<Object> curve = new ArrayList<>();
        for (int j = 0; j < CURVE_POINTS; j++) {
            curve.add(List.of(points[0][j], points[1][j]));
        }
        out.put("curve", curve);
        return out;
    }

    /** Every round: its order of sizes, the guards that fired, and each size's JVM activity. */
    private static List<Object> raw(GrowthFit r, SizedRounds rounds) {
        List<Object> out = new ArrayList<>();
        long[] sizes = r.sizes();
        for (int round = 0; round < rounds.count(); round++) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("round", round + 1);
            List<Object> order = new ArrayList<>();
            for (int i : rounds.order(round)) {
                order.add(sizes[i]);
            }
            m.put("order", order);
            m.put("flags", new ArrayList<Object>(rounds.flags(round)));
            List<Object> jvm = new ArrayList<>();
            for (int i = 0; i < sizes.length; i++) {
                jvm.add(rounds.guard(round, i).toJson());
            }
            m.put("jvm", jvm);
            out.add(m);
        }
        return out;
    }
}
