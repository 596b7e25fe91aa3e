package dev.perfkit.junit.compare;

import dev.perfkit.junit.json.Json;
import dev.perfkit.junit.json.JsonReader;
import dev.perfkit.junit.measure.jvm.JvmActivity;
import dev.perfkit.junit.metric.Metric;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rounds of a comparison measured in forks: each fork (a fresh JVM) warms up and measures its own rounds and
 * writes them to a file; the parent reads every fork's rounds, fork 1's rounds first. With two forks or more the
 * verdict rests on one factor per fork ({@link Replication}); the rounds together give the medians and the report.
 * Immutable once read.
 */
public final class ForkedRounds implements ReportedRounds {

    /** The schema of a fork's rounds file. */
    static final String SCHEMA = "perfkit-junit-fork-rounds/1";

    private final List<Map<String, Object>> forks;
    private final List<Metric> metrics;
    private final Map<String, double[]> baseline = new LinkedHashMap<>();
    private final Map<String, double[]> candidate = new LinkedHashMap<>();
    private final Map<String, String> unmeasurable = new LinkedHashMap<>();
    private final List<List<String>> flags = new ArrayList<>();
    private final List<JvmActivity[]> guards = new ArrayList<>();
    private final List<int[]> spans = new ArrayList<>();
    private final List<String> remeasured = new ArrayList<>();
    private long spentNanos;

    private ForkedRounds(List<Map<String, Object>> forks, List<Metric> metrics) {
        this.forks = forks;
        this.metrics = List.copyOf(metrics);
        for (Metric m : metrics) {
            List<Double> b = new ArrayList<>();
            List<Double> c = new ArrayList<>();
            for (Map<String, Object> fork : forks) {
                Map<String, Object> values = map(map(fork.get("metrics")).get(m.name()));
                for (Object v : list(values.get("baseline"))) {
                    b.add(number(v));
                }
                for (Object v : list(values.get("candidate"))) {
                    c.add(number(v));
                }
            }
            baseline.put(m.name(), b.stream().mapToDouble(Double::doubleValue).toArray());
            candidate.put(m.name(), c.stream().mapToDouble(Double::doubleValue).toArray());
        }
        int start = 0;
        int index = 1;
        for (Map<String, Object> fork : forks) {
            map(fork.get("unmeasurable")).forEach((k, v) -> unmeasurable.putIfAbsent(k, (String) v));
            List<Object> rounds = list(fork.get("rounds"));
            for (Object o : rounds) {
                Map<String, Object> round = map(o);
                List<String> f = new ArrayList<>();
                list(round.get("flags")).forEach(x -> f.add((String) x));
                flags.add(f);
                guards.add(
                        new JvmActivity[] {activity(map(round.get("baseline"))), activity(map(round.get("candidate")))
                        });
            }
            spans.add(new int[] {start, start + rounds.size()});
            start += rounds.size();
            spentNanos += (long) number(fork.get("spentNanos"));
            int fi = index++;
            list(fork.get("remeasured")).forEach(x -> remeasured.add("fork " + fi + " " + x));
        }
    }

    /** Writes what a fork measured to {@code file}, for the parent to read. */
    public static void write(Path file, InterleavedRounds rounds, List<Metric> metrics) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schema", SCHEMA);
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Object> unmeasured = new LinkedHashMap<>();
        for (Metric m : metrics) {
            String why = rounds.unmeasurable(m);
            if (!why.isEmpty()) {
                unmeasured.put(m.name(), why);
            }
            Map<String, Object> sides = new LinkedHashMap<>();
            sides.put("baseline", boxed(rounds.baseline(m)));
            sides.put("candidate", boxed(rounds.candidate(m)));
            values.put(m.name(), sides);
        }
        root.put("metrics", values);
        root.put("unmeasurable", unmeasured);
        List<Object> list = new ArrayList<>();
        for (int i = 0; i < rounds.count(); i++) {
            Map<String, Object> round = new LinkedHashMap<>();
            round.put("flags", new ArrayList<Object>(rounds.flags(i)));
            round.put("baseline", rounds.guard(i, true).toJson());
            round.put("candidate", rounds.guard(i, false).toJson());
            list.add(round);
        }
        root.put("rounds", list);
        root.put("spentNanos", rounds.spentNanos());
        root.put("warmup", rounds.warmups());
        root.put("remeasured", new ArrayList<Object>(rounds.remeasured()));
        root.put("describe", rounds.describe());
        Files.writeString(file, Json.write(root), StandardCharsets.UTF_8);
    }

    /** Reads the rounds every fork wrote, in fork order. */
    public static ForkedRounds read(List<Path> files, List<Metric> metrics) throws IOException {
        List<Map<String, Object>> forks = new ArrayList<>();
        for (Path f : files) {
            Map<String, Object> fork = map(JsonReader.read(Files.readString(f, StandardCharsets.UTF_8)));
            if (fork == null || !SCHEMA.equals(fork.get("schema"))) {
                throw new IOException(f + " is not a fork's rounds file (schema " + SCHEMA + ")");
            }
            forks.add(fork);
        }
        return new ForkedRounds(forks, metrics);
    }

    /**
     * Reads the rounds of side-isolated forks: {@code baselines.get(j)} measured only the baseline (against itself)
     * and {@code candidates.get(j)} only the candidate, in two fresh JVMs started one after the other. Each such pair
     * of JVMs counts as one fork here, its baseline column from the one JVM and its candidate column from the other,
     * round by round, so the verdict rests on one factor per pair of JVMs ({@link Replication}), as with paired forks.
     */
    public static ForkedRounds isolated(List<Path> baselines, List<Path> candidates, List<Metric> metrics)
            throws IOException {
        List<Map<String, Object>> pairs = new ArrayList<>();
        for (int j = 0; j < baselines.size(); j++) {
            List<Map<String, Object>> two = new ArrayList<>();
            for (Path f : List.of(baselines.get(j), candidates.get(j))) {
                Map<String, Object> fork = map(JsonReader.read(Files.readString(f, StandardCharsets.UTF_8)));
                if (fork == null || !SCHEMA.equals(fork.get("schema"))) {
                    throw new IOException(f + " is not a fork's rounds file (schema " + SCHEMA + ")");
                }
                two.add(fork);
            }
            pairs.add(pair(two.get(0), two.get(1), metrics));
        }
        return new ForkedRounds(pairs, metrics);
    }

    /** One fork's rounds made of a baseline-only fork's baseline column and a candidate-only fork's candidate one. */
    private static Map<String, Object> pair(Map<String, Object> b, Map<String, Object> c, List<Metric> metrics) {
        List<Object> bRounds = list(b.get("rounds"));
        List<Object> cRounds = list(c.get("rounds"));
        int n = Math.min(bRounds.size(), cRounds.size());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("schema", SCHEMA);
        Map<String, Object> values = new LinkedHashMap<>();
        for (Metric m : metrics) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put(
                    "baseline",
                    new ArrayList<>(
                            list(map(map(b.get("metrics")).get(m.name())).get("baseline"))
                                    .subList(0, n)));
            v.put(
                    "candidate",
                    new ArrayList<>(
                            list(map(map(c.get("metrics")).get(m.name())).get("candidate"))
                                    .subList(0, n)));
            values.put(m.name(), v);
        }
        out.put("metrics", values);
        Map<String, Object> unmeasurable = new LinkedHashMap<>(map(b.get("unmeasurable")));
        map(c.get("unmeasurable")).forEach(unmeasurable::putIfAbsent);
        out.put("unmeasurable", unmeasurable);
        List<Object> rounds = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<String, Object> br = map(bRounds.get(i));
            Map<String, Object> cr = map(cRounds.get(i));
            Map<String, Object> round = new LinkedHashMap<>();
            List<Object> flags = new ArrayList<>(list(br.get("flags")));
            list(cr.get("flags")).stream().filter(f -> !flags.contains(f)).forEach(flags::add);
            round.put("flags", flags);
            round.put("baseline", br.get("baseline"));
            round.put("candidate", cr.get("candidate"));
            rounds.add(round);
        }
        out.put("rounds", rounds);
        out.put("spentNanos", number(b.get("spentNanos")) + number(c.get("spentNanos")));
        Map<String, Object> warmup = new LinkedHashMap<>();
        warmup.put("baseline JVM", b.get("warmup"));
        warmup.put("candidate JVM", c.get("warmup"));
        out.put("warmup", warmup);
        List<Object> remeasured = new ArrayList<>();
        list(b.get("remeasured")).forEach(x -> remeasured.add("baseline JVM " + x));
        list(c.get("remeasured")).forEach(x -> remeasured.add("candidate JVM " + x));
        out.put("remeasured", remeasured);
        out.put(
                "describe",
                "the baseline alone in one fresh JVM (" + bRounds.size() + " rounds), the candidate alone in the next ("
                        + cRounds.size() + " rounds); " + n + " rounds paired");
        return out;
    }

    /** How many forks measured. */
    int forkCount() {
        return spans.size();
    }

    /**
     * Each fork's own factor of {@code metric}: the Hodges-Lehmann estimate of its rounds, in fork order; NaN for a
     * fork with no round that has a positive value on both sides.
     */
    double[] forkFactors(Metric metric) {
        double[] out = new double[spans.size()];
        for (int i = 0; i < out.length; i++) {
            int[] span = spans.get(i);
            double[] b = java.util.Arrays.copyOfRange(baseline.get(metric.name()), span[0], span[1]);
            double[] c = java.util.Arrays.copyOfRange(candidate.get(metric.name()), span[0], span[1]);
            out[i] = SignedRank.ratio(b, c, metric.kind().direction(), 0.5).estimate();
        }
        return out;
    }

    /**
     * Each fork's own factor of {@code metric} (the Hodges-Lehmann estimate of its rounds) and their spread:
     * {@code fork factors: 12.10x, 12.42x, 11.87x (spread 4.6 %)}; empty when a fork has no factor (no round with a
     * positive value on both sides, such as SQL statements of code that runs none).
     */
    String spread(Metric metric) {
        List<String> parts = new ArrayList<>();
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (int[] span : spans) {
            double[] b = java.util.Arrays.copyOfRange(baseline.get(metric.name()), span[0], span[1]);
            double[] c = java.util.Arrays.copyOfRange(candidate.get(metric.name()), span[0], span[1]);
            double f = SignedRank.ratio(b, c, metric.kind().direction(), 0.5).estimate();
            if (!(f > 0) || Double.isInfinite(f)) {
                return "";
            }
            parts.add(String.format(Locale.ROOT, "%.2fx", f));
            min = Math.min(min, f);
            max = Math.max(max, f);
        }
        return metric.name() + " per fork: " + String.join(", ", parts)
                + String.format(Locale.ROOT, " (spread %.1f %%)", (max / min - 1) * 100);
    }

    @Override
    public void next() {
        throw new IllegalStateException("the forks have measured every round");
    }

    @Override
    public int count() {
        return flags.size();
    }

    @Override
    public double[] baseline(Metric metric) {
        return baseline.get(metric.name()).clone();
    }

    @Override
    public double[] candidate(Metric metric) {
        return candidate.get(metric.name()).clone();
    }

    @Override
    public String unmeasurable(Metric metric) {
        return unmeasurable.getOrDefault(metric.name(), "");
    }

    @Override
    public long spentNanos() {
        return spentNanos;
    }

    @Override
    public List<String> flags(int round) {
        return flags.get(round);
    }

    @Override
    public String describe() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < forks.size(); i++) {
            out.append(i == 0 ? "" : "\n")
                    .append("fork ")
                    .append(i + 1)
                    .append(" of ")
                    .append(forks.size())
                    .append(" (")
                    .append(spans.get(i)[1] - spans.get(i)[0])
                    .append(" rounds):\n")
                    .append(forks.get(i).get("describe"));
        }
        for (Metric m : metrics) {
            String spread = unmeasurable(m).isEmpty() && forks.size() > 1 ? spread(m) : "";
            if (!spread.isEmpty()) {
                out.append('\n').append(spread);
            }
        }
        return out.toString();
    }

    @Override
    public Map<String, Object> warmups() {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < forks.size(); i++) {
            out.put("fork " + (i + 1), forks.get(i).get("warmup"));
        }
        return out;
    }

    @Override
    public JvmActivity guard(int round, boolean baselineSide) {
        return guards.get(round)[baselineSide ? 0 : 1];
    }

    @Override
    public List<String> remeasured() {
        return remeasured;
    }

    private static JvmActivity activity(Map<String, Object> g) {
        return new JvmActivity(
                (long) number(g.get("youngGcs")),
                (long) number(g.get("oldGcs")),
                (long) number(g.get("heapGrowthBytes")),
                (long) number(g.get("edenGrowthBytes")),
                (long) number(g.get("jitMillis")),
                (long) number(g.get("minorFaults")),
                (long) number(g.get("cpuNanos")),
                (long) number(g.get("allocatedBytes")));
    }

    private static List<Object> boxed(double[] values) {
        List<Object> out = new ArrayList<>();
        for (double v : values) {
            out.add(Double.isFinite(v) ? v : null);
        }
        return out;
    }

    private static double number(Object o) {
        return o == null ? Double.NaN : ((Number) o).doubleValue();
    }

    private static Map<String, Object> map(Object o) {
        return JsonReader.object(o);
    }

    private static List<Object> list(Object o) {
        return JsonReader.array(o);
    }
}
