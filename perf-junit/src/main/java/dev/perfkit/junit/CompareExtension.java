package dev.perfkit.junit;

import dev.perfkit.junit.compare.ComparePlan;
import dev.perfkit.junit.compare.CompareResult;
import dev.perfkit.junit.compare.ReportedRounds;
import dev.perfkit.junit.measure.TestId;
import dev.perfkit.junit.report.Outputs;
import dev.perfkit.junit.report.Writers;
import dev.perfkit.junit.compare.CompareSettings;
import dev.perfkit.junit.compare.Correctness;
import dev.perfkit.junit.compare.ForkedRounds;
import dev.perfkit.junit.compare.Inputs;
import dev.perfkit.junit.compare.InterleavedRounds;
import dev.perfkit.junit.compare.SequentialComparison;
import dev.perfkit.junit.compare.SequentialVerdict;
import dev.perfkit.junit.compare.Stop;
import dev.perfkit.junit.measure.Bodies;
import dev.perfkit.junit.measure.Body;
import dev.perfkit.junit.measure.Profiling;
import dev.perfkit.junit.measure.Settings;
import dev.perfkit.junit.measure.TestNames;
import dev.perfkit.junit.measure.fork.ForkContext;
import dev.perfkit.junit.measure.fork.Forks;
import dev.perfkit.junit.metric.Check;
import dev.perfkit.profile.Profile;
import dev.perfkit.profile.ProfileDiff;
import java.lang.invoke.MethodHandle;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ExtensionContext;
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
  private static final System.Logger LOG = System.getLogger("dev.perfkit.junit");

  @Override
  public void beforeEach(ExtensionContext context) {
    Method method = context.getRequiredTestMethod();
    var compare = AnnotationSupport.findAnnotation(method, Compare.class);
    var budget = AnnotationSupport.findAnnotation(method, RelativeBudget.class);
    String test = TestNames.of(context.getRequiredTestClass(), method);
    if (compare.isEmpty()) {
      throw new ExtensionConfigurationException("@RelativeBudget on " + test + " needs @Compare to compare a "
          + "baseline with a candidate");
    }
    if (AnnotationSupport.isAnnotated(method, Budget.class)) {
      throw new ExtensionConfigurationException("@Budget on " + test + " does not apply to a comparison, which "
          + "measures its @Baseline and @Candidate methods: give relative budgets with @RelativeBudget");
    }
    if (AnnotationSupport.isAnnotated(method, PerfTest.class)) {
      throw new ExtensionConfigurationException("@Compare on " + test + " cannot be combined with @PerfTest: a "
          + "comparison measures its @Baseline and @Candidate methods, not the test method");
    }
    ExtensionContext.Store store = context.getStore(NAMESPACE);
    store.put(Settings.class, Settings.read(context::getConfigurationParameter));
    store.put(CompareSettings.class, CompareSettings.read(context::getConfigurationParameter));
    store.put(ComparePlan.class, CompareParser.parse(compare.get(), budget.orElse(null),
        context.getRequiredTestClass(), test));
  }

  @Override
  public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
      ExtensionContext context) throws Throwable {
    ExtensionContext.Store store = context.getStore(NAMESPACE);
    ComparePlan plan = store.get(ComparePlan.class, ComparePlan.class);
    Settings settings = store.get(Settings.class, Settings.class);
    CompareSettings compare = store.get(CompareSettings.class, CompareSettings.class);
    invocation.skip();
    Object target = invocationContext.getTarget().orElse(null);
    List<Object> inputs = plan.inputs() == null ? null : Inputs.read(plan, plan.inputs(), target);
    MethodHandle baseline = Bodies.function(plan.baseline(), target);
    MethodHandle candidate = Bodies.function(plan.candidate(), target);
    Correctness.check(plan, baseline, candidate, inputs, plan.inputs());
    if (plan.generated() != null) {
      Correctness.check(plan, baseline, candidate, Inputs.read(plan, plan.generated(), target), plan.generated());
    }
    int forks = settings.forks(plan.forks());
    ForkContext fork = ForkContext.current();
    TestId test = TestId.of(context);
    int count = inputs == null ? 0 : inputs.size();
    if (forks > 0 && !fork.isFork()) {
      ForkedRounds rounds = ForkedRounds.read(Forks.run(context, test, forks), plan.metrics());
      SequentialVerdict verdict = SequentialComparison.examine(rounds, plan.metrics(), plan.budgets(),
          compare.plan(), 1, Stop.FORKS);
      end(context, settings, compare, plan, test, count, verdict, rounds, profile(test, settings, verdict,
          Bodies.pass(baseline, inputs), Bodies.pass(candidate, inputs)));
      return;
    }
    InterleavedRounds rounds = InterleavedRounds.start(settings.ticker(), Bodies.pass(baseline, inputs),
        Bodies.pass(candidate, inputs), Bodies.emptyPass(inputs), settings.allocationMeter(), plan.metrics(),
        settings.jvmProbe(), settings.cpuClock(), compare.warmup(settings), compare.roundNanos(),
        message -> LOG.log(System.Logger.Level.INFO, plan.test() + ": " + message));
    SequentialVerdict verdict = SequentialComparison.run(rounds, plan.metrics(), plan.budgets(), compare.plan(),
        compare.capNanos());
    if (fork.isFork()) {
      // a fork measures and hands its rounds to the parent, which judges all forks together
      ForkedRounds.write(fork.output(), rounds, plan.metrics());
      return;
    }
    end(context, settings, compare, plan, test, count, verdict, rounds, profile(test, settings, verdict,
        Bodies.pass(baseline, inputs), Bodies.pass(candidate, inputs)));
  }

  /** Writes the finished comparison with every writer, then passes, fails or skips the test. */
  private static void end(ExtensionContext context, Settings settings, CompareSettings compare, ComparePlan plan,
      TestId test, int inputs, SequentialVerdict verdict, ReportedRounds rounds, ProfileDiff profile) {
    CompareResult result = CompareResult.of(test, plan, inputs, verdict, rounds, profile, settings.enforcement(),
        compare.inconclusive());
    Outcomes.comparison(result, Writers.comparison(result, Outputs.of(context, settings.resultsDir())));
  }

  /**
   * Each side's profile from extra calls after the rounds, when {@code perfkit.profile} asks for one: always, or on
   * failure when a relative budget was not met (failed, inconclusive or unstable). Null otherwise.
   */
  private static ProfileDiff profile(TestId test, Settings settings, SequentialVerdict result, Body baseline,
      Body candidate) throws java.io.IOException {
    Check outcome = result.outcome();
    boolean failed = outcome != null && outcome != Check.PASS;
    if (settings.profile() == Profiling.When.OFF || settings.profile() == Profiling.When.ON_FAILURE && !failed) {
      return null;
    }
    java.nio.file.Files.createDirectories(settings.resultsDir());
    String id = test.fileStem();
    Profile before = Profiling.profile(baseline, settings.resultsDir().resolve(id + ".baseline.jfr"));
    Profile after = Profiling.profile(candidate, settings.resultsDir().resolve(id + ".candidate.jfr"));
    return ProfileDiff.between(before, after);
  }
}
