package dev.perfkit.junit;

import dev.perfkit.junit.baseline.BaselineCheck;
import dev.perfkit.junit.baseline.BaselineSettings;
import dev.perfkit.junit.baseline.KeptBaselines;
import dev.perfkit.junit.baseline.KeptFigures;
import dev.perfkit.junit.measure.Bodies;
import dev.perfkit.junit.measure.CheckedTicker;
import dev.perfkit.junit.measure.Settings;
import dev.perfkit.junit.measure.TestNames;
import dev.perfkit.junit.perftest.Measurement;
import dev.perfkit.junit.perftest.PerfTestPlan;
import dev.perfkit.junit.perftest.PerfTestResult;
import dev.perfkit.junit.perftest.PerfTestRun;
import dev.perfkit.junit.report.Outputs;
import dev.perfkit.junit.report.Writers;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Optional;
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
 * Runs {@link PerfTest} methods as benchmarks. Before each test (ahead of the test's own {@code @BeforeEach} methods)
 * it validates the annotations and keeps the plan in the test's store; the test method's invocation is then replaced
 * by the benchmark, which calls the method many times, and is skipped. All state lives in the
 * {@link ExtensionContext.Store} of the test, so tests may run in parallel.
 */
final class PerfTestExtension implements BeforeEachCallback, InvocationInterceptor, ParameterResolver {

    private static final Namespace NAMESPACE = Namespace.create(PerfTestExtension.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        if (measuresItself(context.getRequiredTestMethod())) {
            return; // a class-level @PerfTest covers the plain tests; a comparison or complexity test measures itself
        }
        Optional<PerfTest> perf = find(context, PerfTest.class);
        Optional<Budget> budget = find(context, Budget.class);
        String test = TestNames.of(context.getRequiredTestClass(), context.getRequiredTestMethod());
        if (perf.isEmpty()) {
            if (budget.isPresent()) {
                throw new ExtensionConfigurationException(
                        "@Budget on " + test + " needs @PerfTest to run as a benchmark");
            }
            return;
        }
        ParallelNote.logOnce(context);
        Settings settings = Settings.read(context::getConfigurationParameter);
        PerfTestPlan plan = PerfTestParser.parse(perf.get(), budget.orElse(null), settings, test);
        context.getStore(NAMESPACE).put(PerfTestPlan.class, plan);
        context.getStore(NAMESPACE).put(Settings.class, settings);
        context.getStore(NAMESPACE)
                .put(BaselineSettings.class, BaselineSettings.read(context::getConfigurationParameter));
    }

    @Override
    public void interceptTestMethod(
            Invocation<Void> invocation,
            ReflectiveInvocationContext<Method> invocationContext,
            ExtensionContext context)
            throws Throwable {
        benchmark(invocation, invocationContext, context);
    }

    @Override
    public void interceptTestTemplateMethod(
            Invocation<Void> invocation,
            ReflectiveInvocationContext<Method> invocationContext,
            ExtensionContext context)
            throws Throwable {
        benchmark(invocation, invocationContext, context);
    }

    private static void benchmark(
            Invocation<Void> invocation,
            ReflectiveInvocationContext<Method> invocationContext,
            ExtensionContext context)
            throws Throwable {
        ExtensionContext.Store store = context.getStore(NAMESPACE);
        PerfTestPlan plan = store.get(PerfTestPlan.class, PerfTestPlan.class);
        if (plan == null) {
            invocation.proceed();
            return;
        }
        Settings settings = store.get(Settings.class, Settings.class);
        invocation.skip();
        int forks = settings.forks(
                find(context, PerfTest.class).map(PerfTest::forks).orElse(-1));
        boolean takesSink = java.util.Arrays.asList(
                        invocationContext.getExecutable().getParameterTypes())
                .contains(Sink.class);
        PerfTestResult result = CheckedTicker.guard(
                "@PerfTest on " + TestNames.of(context.getRequiredTestClass(), context.getRequiredTestMethod()),
                settings.ticker(),
                () -> PerfTestRun.run(context, plan, settings, forks, Bodies.of(invocationContext), takesSink));
        if (result == null) {
            return;
        }
        Measurement m = result.measurement();
        KeptBaselines baselines = KeptBaselines.of(
                context, store.get(BaselineSettings.class, BaselineSettings.class), settings.resultsDir());
        BaselineCheck kept = baselines.check(
                result.test(),
                new KeptFigures(m.medianNanos(), m.throughputPerSecond(), m.allocatedBytesPerOp()),
                settings.enforcement());
        Outcomes.perfTest(result, kept, Writers.perfTest(result, kept, Outputs.of(context, settings.resultsDir())));
    }

    /** Resolves {@link Sink} parameters: one sink per invocation. */
    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Sink.class
                && !measuresItself((Method) parameter.getDeclaringExecutable());
    }

    /**
     * Whether a test under a class-level {@code @PerfTest} is a comparison or a complexity test, which measure
     * themselves.
     */
    private static boolean measuresItself(Method method) {
        return (AnnotationSupport.isAnnotated(method, Compare.class)
                        || AnnotationSupport.isAnnotated(method, Complexity.class))
                && !AnnotationSupport.isAnnotated(method, PerfTest.class);
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return new OpaqueSink();
    }

    /** The annotation on the test method, else on its class, else on an enclosing class. */
    private static <A extends Annotation> Optional<A> find(ExtensionContext context, Class<A> type) {
        Optional<A> found = AnnotationSupport.findAnnotation(context.getRequiredTestMethod(), type);
        for (Class<?> c = context.getRequiredTestClass(); found.isEmpty() && c != null; c = c.getEnclosingClass()) {
            found = AnnotationSupport.findAnnotation(c, type);
        }
        return found;
    }
}
