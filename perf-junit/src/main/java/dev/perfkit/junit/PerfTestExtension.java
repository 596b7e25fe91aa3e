package dev.perfkit.junit;

import dev.perfkit.Counter;
import dev.perfkit.Perf;
import dev.perfkit.junit.baseline.BaselineSettings;
import dev.perfkit.junit.baseline.BaselineCheck;
import dev.perfkit.junit.baseline.KeptBaselines;
import dev.perfkit.junit.baseline.KeptFigures;
import dev.perfkit.junit.measure.TestId;
import dev.perfkit.junit.measure.TestNames;
import dev.perfkit.junit.perftest.PerfTestResult;
import dev.perfkit.junit.report.Outputs;
import dev.perfkit.junit.report.Writers;
import dev.perfkit.junit.measure.Bodies;
import dev.perfkit.junit.measure.Profiling;
import dev.perfkit.junit.measure.Settings;
import dev.perfkit.junit.measure.fork.ForkContext;
import dev.perfkit.junit.measure.fork.Forks;
import dev.perfkit.junit.metric.Statistic;
import dev.perfkit.junit.perftest.BudgetSpec;
import dev.perfkit.junit.perftest.BudgetVerdict;
import dev.perfkit.junit.perftest.EventMarks;
import dev.perfkit.junit.perftest.ForkedMeasurement;
import dev.perfkit.junit.perftest.Harness;
import dev.perfkit.junit.perftest.Measurement;
import dev.perfkit.junit.perftest.PerfTestPlan;
import dev.perfkit.profile.Profile;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ExtensionContext;
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

  private static final System.Logger LOG = System.getLogger("dev.perfkit.junit");
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
        throw new ExtensionConfigurationException("@Budget on " + test + " needs @PerfTest to run as a benchmark");
      }
      return;
    }
    Settings settings = Settings.read(context::getConfigurationParameter);
    PerfTestPlan plan = PerfTestParser.parse(perf.get(), budget.orElse(null), settings, test);
    context.getStore(NAMESPACE).put(PerfTestPlan.class, plan);
    context.getStore(NAMESPACE).put(Settings.class, settings);
    context.getStore(NAMESPACE).put(BaselineSettings.class, BaselineSettings.read(context::getConfigurationParameter));
  }

  @Override
  public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
      ExtensionContext context) throws Throwable {
    benchmark(invocation, invocationContext, context);
  }

  @Override
  public void interceptTestTemplateMethod(Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext, ExtensionContext context) throws Throwable {
    benchmark(invocation, invocationContext, context);
  }

  private static void benchmark(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
      ExtensionContext context) throws Throwable {
    ExtensionContext.Store store = context.getStore(NAMESPACE);
    PerfTestPlan plan = store.get(PerfTestPlan.class, PerfTestPlan.class);
    if (plan == null) {
      invocation.proceed();
      return;
    }
    Settings settings = store.get(Settings.class, Settings.class);
    invocation.skip();
    TestId test = TestId.of(context);
    int forks = settings.forks(find(context, PerfTest.class).map(PerfTest::forks).orElse(-1));
    ForkContext fork = ForkContext.current();
    EventMarks marks = EventMarks.forCounters(counters(plan).stream().map(Counter::name).toList());
    Measurement m = forks > 0 && !fork.isFork()
        ? ForkedMeasurement.read(Forks.run(context, test, forks), plan)
        : Harness.run(plan, settings.ticker(), Bodies.of(invocationContext), Bodies.baseline(),
            settings.allocationMeter(), counters(plan), settings.jvmProbe(), settings.cpuClock(),
            message -> LOG.log(System.Logger.Level.INFO, test.name() + ": " + message), marks);
    if (fork.isFork()) {
      // a fork measures and hands its figures to the parent, which judges all forks together
      ForkedMeasurement.write(fork.output(), m);
      return;
    }
    BudgetVerdict verdict = BudgetVerdict.judge(m, settings.enforcement(), settings.timeScale());
    Map<String, Double> limits = new LinkedHashMap<>();
    plan.budgets().stream().filter(b -> b.metric().statistic() == Statistic.EVENTS)
        .forEach(b -> limits.put(b.name(), b.limit()));
    Profile profile = null;
    if (settings.profile() == Profiling.When.ALWAYS
        || settings.profile() == Profiling.When.ON_FAILURE && verdict.missed() > 0) {
      Files.createDirectories(settings.resultsDir());
      profile = Profiling.profile(Bodies.of(invocationContext), settings.resultsDir().resolve(test.fileStem()
          + ".jfr"));
    }
    PerfTestResult result = new PerfTestResult(test, m, verdict, marks.explain(m.operations(), limits), profile,
        settings.unsteady());
    BaselineCheck kept = KeptBaselines.of(context, store.get(BaselineSettings.class, BaselineSettings.class))
        .check(test, new KeptFigures(m.medianNanos(), m.throughputPerSecond(), m.allocatedBytesPerOp()),
            settings.enforcement());
    Outcomes.perfTest(result, kept, Writers.perfTest(result, kept, Outputs.of(context, settings.resultsDir())));
  }

  /** Resolves {@link Sink} parameters: one sink per invocation. */
  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Sink.class
        && !measuresItself((Method) parameter.getDeclaringExecutable());
  }

  /** Whether a test under a class-level {@code @PerfTest} is a comparison or a complexity test, which measure themselves. */
  private static boolean measuresItself(Method method) {
    return (AnnotationSupport.isAnnotated(method, Compare.class) || AnnotationSupport.isAnnotated(method,
        Complexity.class)) && !AnnotationSupport.isAnnotated(method, PerfTest.class);
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return new OpaqueSink();
  }

  private static List<Counter> counters(PerfTestPlan plan) {
    List<Counter> counters = new ArrayList<>();
    for (BudgetSpec spec : plan.budgets()) {
      if (spec.metric().statistic() == Statistic.EVENTS) {
        counters.add(Perf.counter(spec.name()));
      }
    }
    return counters;
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
