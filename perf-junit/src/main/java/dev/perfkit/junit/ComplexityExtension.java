package dev.perfkit.junit;

import dev.perfkit.junit.complexity.ComplexityPlan;
import dev.perfkit.junit.complexity.ComplexityResult;
import dev.perfkit.junit.complexity.ComplexityRun;
import dev.perfkit.junit.complexity.ComplexitySettings;
import dev.perfkit.junit.measure.CheckedTicker;
import dev.perfkit.junit.measure.Settings;
import dev.perfkit.junit.measure.TestNames;
import dev.perfkit.junit.report.Outputs;
import dev.perfkit.junit.report.Writers;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Runs {@link Complexity} tests. Before each test (ahead of the test's own {@code @BeforeEach} methods) it validates
 * the annotation and keeps the plan in the test's store; it resolves the test method's parameters with placeholders
 * (the method is never invoked with them); the invocation is then replaced by the measurement: the inputs of every
 * size, interleaved rounds of calls of the test method on the test instance, the fit and the report. All state lives
 * in the test's {@link ExtensionContext.Store}, so tests may run in parallel.
 */
final class ComplexityExtension implements BeforeEachCallback, InvocationInterceptor, ParameterResolver {

    private static final Namespace NAMESPACE = Namespace.create(ComplexityExtension.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        Method method = context.getRequiredTestMethod();
        String test = TestNames.of(context.getRequiredTestClass(), method);
        for (var other : List.of(PerfTest.class, Compare.class, Budget.class, RelativeBudget.class)) {
            if (AnnotationSupport.isAnnotated(method, other)) {
                throw new ExtensionConfigurationException("@Complexity on " + test + " cannot be combined with @"
                        + other.getSimpleName()
                        + ": it measures the test method at several sizes and judges the growth, "
                        + "with expect");
            }
        }
        ParallelNote.logOnce(context);
        Complexity complexity =
                AnnotationSupport.findAnnotation(method, Complexity.class).orElseThrow();
        ExtensionContext.Store store = context.getStore(NAMESPACE);
        store.put(Settings.class, Settings.read(context::getConfigurationParameter));
        store.put(ComplexitySettings.class, ComplexitySettings.read(context::getConfigurationParameter));
        store.put(
                ComplexityPlan.class, ComplexityParser.parse(complexity, context.getRequiredTestClass(), method, test));
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return AnnotationSupport.isAnnotated(parameter.getDeclaringExecutable(), Complexity.class);
    }

    /** A {@link Sink}, or a placeholder for the input: the measurement passes the real inputs itself. */
    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Sink.class
                ? new OpaqueSink()
                : type == int.class ? (Object) 0 : type == long.class ? (Object) 0L : null;
    }

    @Override
    public void interceptTestMethod(
            Invocation<Void> invocation,
            ReflectiveInvocationContext<Method> invocationContext,
            ExtensionContext context)
            throws Throwable {
        ExtensionContext.Store store = context.getStore(NAMESPACE);
        ComplexityPlan plan = store.get(ComplexityPlan.class, ComplexityPlan.class);
        Settings settings = store.get(Settings.class, Settings.class);
        ComplexitySettings complexity = store.get(ComplexitySettings.class, ComplexitySettings.class);
        invocation.skip();
        ComplexityResult result = CheckedTicker.guard(
                "@Complexity on " + plan.test(),
                settings.ticker(),
                () -> ComplexityRun.run(
                        context,
                        plan,
                        settings,
                        complexity,
                        invocationContext.getTarget().orElse(null),
                        invocationContext.getExecutable(),
                        new OpaqueSink()));
        Outputs out = Outputs.of(context, settings.resultsDir());
        Outcomes.complexity(result, out.file(result.test(), Outputs.COMPLEXITY_JSON), Writers.complexity(result, out));
    }
}
