package dev.perfkit.benchmarks.accuracy;

import dev.perfkit.Units;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * {@code @PerfTest}'s median against JMH's sample-mode median of the same bodies, in one session: JMH first (one fork,
 * 5 s of warm-up, 5 s measured), then each {@link PerfTestFixtures} fixture in a fresh JVM with default flags, as a
 * user's test run meets it, and again with the recommended {@code -Xms512m -Xmx512m -XX:+AlwaysPreTouch}. Prints a
 * Markdown table. Run: {@code java -cp perf-benchmarks/target/benchmarks.jar
 * dev.perfkit.benchmarks.accuracy.PerfTestAccuracy}.
 */
public final class PerfTestAccuracy {

    private static final Pattern P50 = Pattern.compile("p50 ([0-9.]+ ?(?:ns|µs|ms|s)),");
    private static final Map<String, String> FIXTURES = new LinkedHashMap<>();

    static {
        FIXTURES.put("cpu100ns", "Cpu100ns");
        FIXTURES.put("cpu1us", "Cpu1us");
        FIXTURES.put("cpu10us", "Cpu10us");
        FIXTURES.put("h2Join", "H2Join");
        FIXTURES.put("hashDedup", "HashDedup");
    }

    private PerfTestAccuracy() {}

    /**
     * Runs JMH, then the fixtures, and prints the table.
     *
     * @param args not used
     * @throws Exception if JMH fails, or a fixture run fails or prints no median
     */
    public static void main(String[] args) throws Exception {
        var options = new OptionsBuilder()
                .include(PerfTestAccuracyBenchmark.class.getName())
                .forks(1)
                .warmupIterations(5)
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(5)
                .measurementTime(TimeValue.seconds(1))
                .timeUnit(TimeUnit.NANOSECONDS)
                .build();
        Map<String, Double> jmh = new LinkedHashMap<>();
        for (RunResult r : new Runner(options).run()) {
            String label = r.getParams().getBenchmark();
            jmh.put(
                    label.substring(label.lastIndexOf('.') + 1),
                    r.getPrimaryResult().getStatistics().getPercentile(50));
        }
        List<String> preTouched = List.of("-Xms512m", "-Xmx512m", "-XX:+AlwaysPreTouch");
        System.out.println(
                "| body | JMH sample p50 | @PerfTest p50, default flags | ratio | @PerfTest p50, pre-touched heap"
                        + " | ratio |");
        System.out.println("|---|---|---|---|---|---|");
        for (Map.Entry<String, String> e : FIXTURES.entrySet()) {
            double reference = jmh.get(e.getKey());
            double plain = perfTestMedian(e.getValue(), List.of());
            double touched = perfTestMedian(e.getValue(), preTouched);
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %s | %s | %.3f | %s | %.3f |%n",
                    e.getKey(),
                    Units.formatNanos(Math.round(reference)),
                    Units.formatNanos(Math.round(plain)),
                    plain / reference,
                    Units.formatNanos(Math.round(touched)),
                    touched / reference);
        }
    }

    /** Runs one fixture in a fresh JVM and returns its reported median, in nanoseconds. */
    private static double perfTestMedian(String fixture, List<String> jvmOptions)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(System.getProperty("java.home") + "/bin/java");
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(AccuracyRun.class.getName());
        command.add("PerfTestFixtures$" + fixture);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        Matcher m = P50.matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("no median in the output of " + fixture + ":\n" + out);
        }
        return Units.parseNanos(m.group(1).replace(" ", ""));
    }
}
