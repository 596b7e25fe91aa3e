package dev.perfkit.junit;

import dev.perfkit.junit.compare.ComparePlan;
import dev.perfkit.junit.compare.CompareResult;
import dev.perfkit.junit.compare.CompareSettings;
import dev.perfkit.junit.compare.ComparisonRun;
import dev.perfkit.junit.measure.CheckedTicker;
import dev.perfkit.junit.measure.Settings;
import dev.perfkit.junit.measure.TestNames;
import dev.perfkit.junit.report.Outputs;
import dev.perfkit.junit.report.Writers;
import java.lang.reflect.Method;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Runs {@link Compare} tests. Before each test (ahead of the test's own {@code @BeforeEach} methods) it validates the
 * annotations and the test class's {@link Baseline} and {@link Candidate} methods and keeps the plan in the test's
 * store; the test method's invocation is then replaced by the comparison: the correctness check, interleaved rounds
 * on the test instance, and the report. All state lives in the test's {@link ExtensionContext.Store} (the run's
 * summary in the root store), so tests may run in parallel.
 */
final class CompareExtension implements BeforeEachCallback, InvocationInterceptor {

    private static final Namespace NAMESPACE = Namespace.create(CompareExtension.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        Method method = context.getRequiredTestMethod();
        var compare = AnnotationSupport.findAnnotation(method, Compare.class);
        var budget = AnnotationSupport.findAnnotation(method, RelativeBudget.class);
        String test = TestNames.of(context.getRequiredTestClass(), method);
        if (compare.isEmpty()) {
            throw new ExtensionConfigurationException(
                    "@RelativeBudget on " + test + " needs @Compare to compare a " + "baseline with a candidate");
        }
        if (AnnotationSupport.isAnnotated(method, Budget.class)) {
            throw new ExtensionConfigurationException("@Budget on " + test + " does not apply to a comparison, which "
                    + "measures its @Baseline and @Candidate methods: give relative budgets with @RelativeBudget");
        }
        if (AnnotationSupport.isAnnotated(method, PerfTest.class)) {
            throw new ExtensionConfigurationException("@Compare on " + test + " cannot be combined with @PerfTest: a "
                    + "comparison measures its @Baseline and @Candidate methods, not the test method");
        }
        ParallelNote.logOnce(context);
        ExtensionContext.Store store = context.getStore(NAMESPACE);
        store.put(Settings.class, Settings.read(context::getConfigurationParameter));
        store.put(CompareSettings.class, CompareSettings.read(context::getConfigurationParameter));
        store.put(
                ComparePlan.class,
                CompareParser.parse(compare.get(), budget.orElse(null), context.getRequiredTestClass(), test));
    }

    @Override
    public void interceptTestMethod(
            Invocation<Void> invocation,
            ReflectiveInvocationContext<Method> invocationContext,
            ExtensionContext context)
            throws Throwable {
        ExtensionContext.Store store = context.getStore(NAMESPACE);
        ComparePlan plan = store.get(ComparePlan.class, ComparePlan.class);
        Settings settings = store.get(Settings.class, Settings.class);
        CompareSettings compare = store.get(CompareSettings.class, CompareSettings.class);
        invocation.skip();
        CompareResult result = CheckedTicker.guard(
                "@Compare on " + plan.test(),
                settings.ticker(),
                () -> ComparisonRun.run(
                        context,
                        plan,
                        settings,
                        compare,
                        invocationContext.getTarget().orElse(null)));
        if (result != null) {
            Outcomes.comparison(result, Writers.comparison(result, Outputs.of(context, settings.resultsDir())));
        }
    }
}
