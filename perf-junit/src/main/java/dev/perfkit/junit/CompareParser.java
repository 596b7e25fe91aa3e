package dev.perfkit.junit;

import dev.perfkit.junit.compare.ComparePlan;
import dev.perfkit.junit.measure.Settings;
import dev.perfkit.junit.measure.TestNames;
import dev.perfkit.junit.metric.Metric;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * Turns {@link Compare} and {@link RelativeBudget} into a validated {@link ComparePlan}, or fails naming every problem.
 */
final class CompareParser {

    private static final Pattern FACTOR = Pattern.compile("\\s*(\\d+(?:\\.\\d+)?)\\s*x\\s+(\\p{Alpha}+)\\s*");

    private CompareParser() {}

    /**
     * Validates the annotations and the test class's methods.
     *
     * @param budget the relative budget, or null
     * @throws org.junit.jupiter.api.extension.ExtensionConfigurationException naming every problem (one problem as its
     *     own message, several under one line naming the test)
     */
    static ComparePlan parse(Compare compare, RelativeBudget budget, Class<?> testClass, String test) {
        AttributeParser a = new AttributeParser("Compare", test);
        Problems problems = new Problems(test);
        Method inputs = problems.check(() -> source(a, testClass, "inputs", compare.inputs()), null);
        Method generated = problems.check(() -> source(a, testClass, "generated", compare.generated()), null);
        if (!compare.generated().isEmpty() && compare.inputs().isEmpty()) {
            problems.add(a.invalid(
                    "generated",
                    AttributeParser.quoted(compare.generated()),
                    "needs inputs too: baseline "
                            + "and candidate take an input only when inputs names the measured ones"));
        }
        // -1: inputs is named but unusable, so how many parameters the sides should take is not known
        int parameters = compare.inputs().isEmpty() ? 0 : inputs == null ? -1 : 1;
        Method baseline = problems.check(() -> side(a, testClass, Baseline.class, parameters), null);
        Method candidate = problems.check(() -> side(a, testClass, Candidate.class, parameters), null);

        Map<Metric, Double> budgets = new LinkedHashMap<>();
        if (budget != null) {
            int before = problems.count();
            AttributeParser r = new AttributeParser("RelativeBudget", test);
            factor(budgets, r, "p50", Metric.latency(50), budget.p50(), problems);
            factor(budgets, r, "p90", Metric.latency(90), budget.p90(), problems);
            factor(budgets, r, "p99", Metric.latency(99), budget.p99(), problems);
            factor(budgets, r, "allocation", Metric.ALLOCATION, budget.allocation(), problems);
            factor(budgets, r, "cpu", Metric.CPU, budget.cpu(), problems);
            factor(budgets, r, "throughput", Metric.THROUGHPUT, budget.throughput(), problems);
            factor(budgets, r, "sql", Metric.SQL, budget.sql(), problems);
            if (budgets.isEmpty() && problems.count() == before) {
                problems.add(r.invalid("sets no budget; give at least one attribute, such as p50 = \"2x faster\""));
            }
        }
        List<Metric> metrics = new ArrayList<>();
        budgets.keySet().stream().filter(Metric::isPercentile).forEach(metrics::add);
        if (metrics.isEmpty()) {
            metrics.add(Metric.latency(50));
        }
        metrics.add(Metric.ALLOCATION);
        metrics.add(Metric.THROUGHPUT);
        metrics.add(Metric.SQL);
        metrics.add(Metric.CPU);
        if (compare.forks() < -1 || compare.forks() > Settings.MAX_FORKS) {
            problems.add(a.invalid(
                    "forks",
                    String.valueOf(compare.forks()),
                    "expected 0 to " + Settings.MAX_FORKS + " forks, or -1 for perfkit.forks"));
        }
        problems.throwIfAny();
        return new ComparePlan(
                test,
                compare.bottleneck(),
                compare.change(),
                baseline,
                candidate,
                inputs,
                generated,
                metrics,
                budgets,
                compare.forks());
    }

    private static void factor(
            Map<Metric, Double> budgets,
            AttributeParser a,
            String name,
            Metric metric,
            String value,
            Problems problems) {
        if (value.isEmpty()) {
            return;
        }
        String word = metric.kind().better();
        Matcher m = FACTOR.matcher(value);
        double factor = m.matches() && m.group(2).equals(word) ? Double.parseDouble(m.group(1)) : 0;
        if (!(factor > 0) || Double.isInfinite(factor)) {
            problems.add(a.invalid(
                    name,
                    AttributeParser.quoted(value),
                    "expected a positive factor and the word '" + word + "', such as '2x " + word + "' or '1.5x " + word
                            + "', got '" + value + "'"));
            return;
        }
        budgets.put(metric, factor);
    }

    /** The method named by {@code attribute}, without parameters, returning inputs; null when the name is empty. */
    private static Method source(AttributeParser a, Class<?> testClass, String attribute, String name) {
        if (name.isEmpty()) {
            return null;
        }
        if (name.isBlank() || !name.chars().allMatch(Character::isJavaIdentifierPart)) {
            throw a.invalid(
                    attribute,
                    AttributeParser.quoted(name),
                    "expected the name of a method of " + testClass.getSimpleName() + ", such as 'orders'");
        }
        Method method = ReflectionSupport.findMethod(testClass, name)
                .orElseThrow(() -> a.invalid(
                        attribute,
                        AttributeParser.quoted(name),
                        "no method " + name + "() in " + testClass.getSimpleName() + " or its superclasses"));
        Class<?> type = method.getReturnType();
        if (!Iterable.class.isAssignableFrom(type) && !Stream.class.isAssignableFrom(type) && !type.isArray()) {
            throw a.invalid(
                    attribute,
                    AttributeParser.quoted(name),
                    name + "() must return an Iterable, a Stream or an array, " + "not " + type.getSimpleName());
        }
        return method;
    }

    private static Method side(
            AttributeParser a,
            Class<?> testClass,
            Class<? extends java.lang.annotation.Annotation> marker,
            int parameters) {
        List<Method> found = ReflectionSupport.findMethods(
                testClass, m -> AnnotationSupport.isAnnotated(m, marker), HierarchyTraversalMode.TOP_DOWN);
        String label = "@" + marker.getSimpleName();
        if (found.size() != 1) {
            throw a.invalid("needs exactly one method annotated " + label + " in " + testClass.getSimpleName()
                    + ", found " + (found.isEmpty() ? "none" : found.size() + ": " + names(testClass, found)));
        }
        Method m = found.get(0);
        String name = TestNames.of(testClass, m);
        if (m.getReturnType() == void.class) {
            throw a.invalid(label + " " + name
                    + " must return its result, so that baseline and candidate can be checked " + "for equal results");
        }
        if (parameters >= 0 && m.getParameterCount() != parameters) {
            throw a.invalid(label + " " + name + " must take "
                    + (parameters == 0
                            ? "no parameters (or set inputs to give it one input per call)"
                            : "exactly one parameter, an input"));
        }
        return m;
    }

    private static String names(Class<?> testClass, List<Method> methods) {
        return String.join(
                ", ", methods.stream().map(m -> TestNames.of(testClass, m)).toList());
    }
}
