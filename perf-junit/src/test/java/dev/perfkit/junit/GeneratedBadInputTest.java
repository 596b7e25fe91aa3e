package dev.perfkit.junit;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.perfkit.junit.baseline.BaselineSettings;
import dev.perfkit.junit.compare.CompareSettings;
import dev.perfkit.junit.measure.Settings;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * Every attribute and every configuration parameter, each given every malformed value of its kind: each must end in
 * an {@link ExtensionConfigurationException} that names the test (for attributes), the attribute or key and the
 * accepted form, well within a time limit. The annotations are built at run time, so a new attribute only needs a line
 * in the tables below.
 */
class GeneratedBadInputTest {

    private static final Duration LIMIT = Duration.ofSeconds(5);
    private static final String TEST = "Fixture.run()";

    private static final List<String> DURATIONS = List.of(
            "abc",
            "-1ms",
            "1",
            "ms",
            "1 parsec",
            "\u0665ms",
            "\uff12ms",
            "0x1p3ms",
            "1e3ms",
            "NaN ms",
            "Infinity ms",
            "1..5ms",
            "99999999999999999999999h",
            "1ms;2ms",
            "1 ms ms",
            "\u0000",
            "+1ms",
            "1MS",
            "2 S",
            "1.ms",
            ".5ms");
    private static final List<String> RATES = List.of(
            "abc",
            "5",
            "-5/s",
            "0/s",
            "\u0665/s",
            "0x10/s",
            "1e3/s",
            "NaN/s",
            "Infinity/s",
            "/s",
            "5//s",
            "+5/s",
            "5/min",
            "5/S",
            "5./s");
    private static final List<String> BYTES = List.of(
            "abc", "-1B", "1XB", "\u0665B", "0x10B", "1e3B", "NaN B", "B", "1KB/s", "+1B", "1kb", "1 kib", "1B/OP");
    private static final List<String> FACTORS = List.of(
            "abc",
            "2x",
            "2",
            "0x faster",
            "-2x faster",
            "\u0662x faster",
            "x faster",
            "1e1x faster",
            "NaNx faster",
            "2x faster faster",
            "2X FASTER",
            "0.5x slower");

    /** A malformed value of an attribute and the words its message must contain besides the test's name. */
    private record Case(Class<? extends Annotation> type, String attribute, Object value) {}

    @TestFactory
    Stream<DynamicTest> everyPerfTestAttribute() {
        List<Case> cases = new ArrayList<>();
        for (String attribute : List.of("warmup", "warmupCap", "duration")) {
            DURATIONS.forEach(v -> cases.add(new Case(PerfTest.class, attribute, v)));
        }
        cases.add(new Case(PerfTest.class, "warmup", "-5s"));
        RATES.forEach(v -> cases.add(new Case(PerfTest.class, "rate", v)));
        for (int v : new int[] {0, -1, 513, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
            cases.add(new Case(PerfTest.class, "threads", v));
        }
        for (int v : new int[] {0, -2, Integer.MIN_VALUE}) {
            cases.add(new Case(PerfTest.class, "iterations", v));
        }
        for (int v : new int[] {-2, Integer.MIN_VALUE}) {
            cases.add(new Case(PerfTest.class, "warmupIterations", v));
        }
        for (int v : new int[] {-2, 21, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
            cases.add(new Case(PerfTest.class, "forks", v));
        }
        return cases.stream()
                .map(c -> dynamicTest(c.attribute() + " = " + show(c.value()), () -> {
                    PerfTest perf = annotation(PerfTest.class, Map.of(c.attribute(), c.value()));
                    expectClean(
                            "@PerfTest(",
                            c.attribute(),
                            c.value(),
                            () -> PerfTestParser.parse(perf, null, defaults(), TEST));
                }));
    }

    @TestFactory
    Stream<DynamicTest> everyBudgetAttribute() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String attribute : List.of("p50", "p90", "p99", "p999", "mean", "max", "cpu")) {
            for (String v : concat(DURATIONS, List.of("0ms", "0.0000001ns"))) {
                tests.add(budgetCase(attribute, Map.of(attribute, v)));
            }
        }
        RATES.forEach(v -> tests.add(budgetCase("throughput", Map.of("throughput", v))));
        BYTES.forEach(v -> tests.add(budgetCase("allocation", Map.of("allocation", v))));
        List.of("abc", "-1", "1/s", "+1", ".5", "1.", "\u0661", "1e3", "NaN", "1 op", "1/op/op", "0x1")
                .forEach(v -> tests.add(budgetCase("sql", Map.of("sql", v))));
        for (double p : new double[] {0, -1, 100.5, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            Annotation percentile = annotation(Budget.Percentile.class, Map.of("value", p, "max", "1ms"));
            tests.add(budgetCase("percentiles", Map.of("percentiles", array(Budget.Percentile.class, percentile))));
        }
        for (String v : concat(DURATIONS, List.of(""))) {
            Annotation percentile = annotation(Budget.Percentile.class, Map.of("value", 99.0, "max", v));
            tests.add(budgetCase("percentiles", Map.of("percentiles", array(Budget.Percentile.class, percentile))));
        }
        for (String counter : List.of("", " ", "c".repeat(300))) {
            Annotation events = annotation(Budget.Events.class, Map.of("counter", counter, "maxPerOp", 1.0));
            tests.add(budgetCase("events", Map.of("events", array(Budget.Events.class, events))));
        }
        for (double max : new double[] {-1, Double.NaN, Double.POSITIVE_INFINITY}) {
            Annotation events = annotation(Budget.Events.class, Map.of("counter", "db.queries", "maxPerOp", max));
            tests.add(budgetCase("events", Map.of("events", array(Budget.Events.class, events))));
        }
        return tests.stream();
    }

    private DynamicTest budgetCase(String attribute, Map<String, Object> values) {
        return dynamicTest(
                attribute + " = "
                        + values.values().stream()
                                .map(GeneratedBadInputTest::show)
                                .toList(),
                () -> {
                    PerfTest perf = annotation(PerfTest.class, Map.of());
                    Budget budget = annotation(Budget.class, values);
                    expectClean(
                            "@Budget(", attribute, values, () -> PerfTestParser.parse(perf, budget, defaults(), TEST));
                });
    }

    @TestFactory
    Stream<DynamicTest> everyRelativeBudgetAttribute() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String attribute : List.of("p50", "p90", "p99", "allocation", "throughput", "sql", "cpu")) {
            for (String v : FACTORS) {
                tests.add(dynamicTest(attribute + " = " + show(v), () -> {
                    Compare compare = annotation(Compare.class, Map.of());
                    RelativeBudget budget = annotation(RelativeBudget.class, Map.of(attribute, v));
                    expectClean(
                            "@RelativeBudget(",
                            attribute,
                            v,
                            () -> CompareParser.parse(compare, budget, Sides.class, TEST));
                }));
            }
        }
        for (String attribute : List.of("inputs", "generated")) {
            for (String v : List.of("missing", "with space", "a.b", "dedup", " ")) {
                tests.add(dynamicTest(attribute + " = " + show(v), () -> {
                    Map<String, Object> values = attribute.equals("generated")
                            ? Map.of("inputs", "inputs", attribute, v)
                            : Map.of(attribute, v);
                    Compare compare = annotation(Compare.class, values);
                    // with inputs set, the sides take an input, so that the bad value is the test's only problem
                    Class<?> sides = attribute.equals("generated") ? SidesWithInputs.class : Sides.class;
                    expectClean("@Compare(", attribute, v, () -> CompareParser.parse(compare, null, sides, TEST));
                }));
            }
        }
        for (int v : new int[] {-2, 21, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
            tests.add(dynamicTest("forks = " + v, () -> {
                Compare compare = annotation(Compare.class, Map.of("forks", v));
                expectClean("@Compare(", "forks", v, () -> CompareParser.parse(compare, null, Sides.class, TEST));
            }));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyConfigurationParameter() {
        Map<String, List<String>> bad = new HashMap<>();
        List<String> durations = concat(DURATIONS, List.of("0ms", ""));
        List<String> onOff = List.of("ON", "Off", "TRUE", "yes", "1", "");
        bad.put(Settings.BUDGETS, List.of("WARN", "Enforce", "fail", "yes", "", "skip"));
        bad.put(Settings.TIME_SCALE, List.of("0", "-1", "abc", "0x1p3", "NaN", "Infinity", "1e3", "\u0662", ""));
        bad.put(Settings.WARMUP_CAP, durations);
        bad.put(Settings.WARMUP_WINDOW, durations);
        bad.put(Settings.WARMUP_TOLERANCE, List.of("0", "-0.1", "abc", "5%", "NaN", ""));
        bad.put(Settings.MEASURE_DURATION, durations);
        bad.put(Settings.TICKER, List.of("no.such.Ticker", "java.lang.String", "dev.perfkit.Ticker", "1"));
        bad.put(Settings.ALLOCATION, onOff);
        bad.put(Settings.WATCH_JVM, onOff);
        bad.put(Settings.CPU, onOff);
        bad.put(Settings.CPU_TICKER, List.of("no.such.Ticker", "java.lang.String", "dev.perfkit.Ticker", "1"));
        bad.put(Settings.FORKS, List.of("-1", "21", "x", "1.5", "\u0661", ""));
        bad.put(Settings.PROFILE, List.of("onfailure", "ONFAILURE", "Always", "on", "fail", "x", ""));
        bad.put(Settings.UNSTEADY, List.of("FAIL", "Warn", "off", "skip", "x", ""));
        bad.put(CompareSettings.WARMUP, List.of("Steady", "-1ms", "abc", "\uff12s", ""));
        bad.put(CompareSettings.WARMUP_CAP, durations);
        bad.put(CompareSettings.ROUND, durations);
        bad.put(CompareSettings.MAX_ROUNDS, List.of("0", "10", "15", "25", "x", "-40", "40.0", "\u0664\u0660", ""));
        bad.put(CompareSettings.CAP, durations);
        bad.put(CompareSettings.ALPHA, List.of("0", "1", "1.5", "-0.05", "x", "5%", "NaN", ""));
        bad.put(CompareSettings.INCONCLUSIVE, List.of("SKIP", "Fail", "warn", "off", "x", ""));
        bad.put(BaselineSettings.RECORD, onOff);
        bad.put(BaselineSettings.TOLERANCE, List.of("-0.1", "abc", "10%", "NaN", "Infinity", ""));
        List<DynamicTest> tests = new ArrayList<>();
        bad.forEach((key, values) -> values.forEach(v -> tests.add(dynamicTest(key + " = " + show(v), () -> {
            Function<String, Optional<String>> parameters = k -> k.equals(key) ? Optional.of(v) : Optional.empty();
            ExtensionConfigurationException e = assertTimeoutPreemptively(
                    LIMIT,
                    () -> assertThrows(
                            ExtensionConfigurationException.class,
                            () -> {
                                Settings.read(parameters);
                                CompareSettings.read(parameters);
                                BaselineSettings.read(parameters);
                            },
                            () -> key + " = '" + v + "' was accepted"));
            assertTrue(
                    e.getMessage().startsWith("Configuration parameter " + key + " = '" + v.strip() + "': expected "),
                    e.getMessage());
            assertTrue(
                    e.getMessage().length()
                            > ("Configuration parameter " + key + " = '" + v.strip() + "': expected ").length() + 2,
                    () -> "no accepted form in: " + e.getMessage());
        }))));
        return tests.stream();
    }

    private static void expectClean(String annotation, String attribute, Object value, Runnable parse) {
        ExtensionConfigurationException e = assertTimeoutPreemptively(
                LIMIT,
                () -> assertThrows(
                        ExtensionConfigurationException.class,
                        parse::run,
                        () -> attribute + " = " + show(value) + " was accepted"));
        String message = e.getMessage();
        assertTrue(message.startsWith(annotation), () -> "does not name the annotation: " + message);
        assertTrue(message.contains(attribute), () -> "does not name " + attribute + ": " + message);
        assertTrue(message.contains(" on " + TEST + ": "), () -> "does not name the test: " + message);
        String problem = message.substring(message.indexOf(" on " + TEST + ": ") + TEST.length() + 6);
        assertTrue(problem.length() >= 10, () -> "does not say what is accepted: " + message);
    }

    private static Settings defaults() {
        return Settings.read(k -> Optional.empty());
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static String show(Object v) {
        return v instanceof String s ? "\"" + s.replace("\u0000", "\\0") + "\"" : String.valueOf(v);
    }

    @SuppressWarnings("unchecked")
    private static <A extends Annotation> A[] array(Class<A> type, Annotation one) {
        A[] out = (A[]) java.lang.reflect.Array.newInstance(type, 1);
        out[0] = (A) one;
        return out;
    }

    /** An instance of an annotation type with the given attribute values, the defaults for the rest. */
    static <A extends Annotation> A annotation(Class<A> type, Map<String, Object> values) {
        for (String name : values.keySet()) {
            try {
                type.getMethod(name);
            } catch (NoSuchMethodException e) {
                throw new IllegalArgumentException(type.getSimpleName() + " has no attribute " + name, e);
            }
        }
        Object proxy = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
            String name = method.getName();
            if (name.equals("annotationType")) {
                return type;
            }
            if (name.equals("toString")) {
                return "@" + type.getSimpleName() + values;
            }
            if (name.equals("hashCode")) {
                return System.identityHashCode(self);
            }
            if (name.equals("equals")) {
                return self == args[0];
            }
            Object value = values.get(name);
            if (value != null) {
                return value;
            }
            Object fallback = method.getDefaultValue();
            if (fallback == null) {
                throw new IllegalStateException(type.getSimpleName() + "." + name + " has no default: give it a value");
            }
            return fallback;
        });
        return type.cast(proxy);
    }

    /** The methods a comparison's attributes may name: two sides, an input source and a generator. */
    static class Sides {
        @Baseline
        String before() {
            return "x";
        }

        @Candidate
        String after() {
            return "x";
        }

        static List<String> inputs() {
            return List.of("a");
        }

        static Method dedup() {
            return null;
        }
    }

    /** Sides that take an input each, for a comparison that sets inputs. */
    static class SidesWithInputs {
        @Baseline
        String before(String input) {
            return input;
        }

        @Candidate
        String after(String input) {
            return input;
        }

        static List<String> inputs() {
            return List.of("a");
        }

        static Method dedup() {
            return null;
        }
    }
}
