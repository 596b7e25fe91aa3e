package dev.perfkit.junit.perftest;

import dev.perfkit.Counter;
import dev.perfkit.Perf;
import dev.perfkit.junit.measure.Bodies;
import dev.perfkit.junit.measure.Body;
import dev.perfkit.junit.measure.Profiling;
import dev.perfkit.junit.measure.Settings;
import dev.perfkit.junit.measure.TestId;
import dev.perfkit.junit.measure.fork.ForkContext;
import dev.perfkit.junit.measure.fork.Forks;
import dev.perfkit.junit.metric.Statistic;
import dev.perfkit.profile.Profile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One {@code @PerfTest} from its plan to its result: the measurement, in this JVM or merged from forks, every budget
 * judged, what the explainers of budgeted counters say and, when asked for, a profile of extra calls. Inside a fork it
 * hands its figures to the parent instead. Stateless.
 */
public final class PerfTestRun {

    private static final System.Logger LOG = System.getLogger("dev.perfkit.junit");

    private PerfTestRun() {}

    /**
     * Measures {@code body} as {@code plan} says.
     *
     * @param forks the fresh JVMs that measure the test, 0 for this one
     * @param takesSink whether the test method takes a {@code Sink}, for {@link DeadCode}
     * @return the finished test; null inside a fork, which has written its figures for the parent
     * @throws org.opentest4j.AssertionFailedError when a fork did not measure
     */
    public static PerfTestResult run(
            ExtensionContext context, PerfTestPlan plan, Settings settings, int forks, Body body, boolean takesSink)
            throws Throwable {
        TestId test = TestId.of(context);
        ForkContext fork = ForkContext.current();
        List<Counter> counters = counters(plan);
        EventMarks marks =
                EventMarks.forCounters(counters.stream().map(Counter::name).toList());
        Measurement m = forks > 0 && !fork.isFork()
                ? ForkedMeasurement.read(Forks.run(context, test, forks), plan)
                : Harness.run(
                        plan,
                        settings.ticker(),
                        body,
                        Bodies.baseline(),
                        settings.allocationMeter(),
                        counters,
                        settings.jvmProbe(),
                        settings.cpuClock(),
                        message -> LOG.log(System.Logger.Level.INFO, test.name() + ": " + message),
                        marks);
        if (fork.isFork()) {
            // a fork measures and hands its figures to the parent, which judges all forks together
            ForkedMeasurement.write(fork.output(), m);
            return null;
        }
        BudgetVerdict verdict = BudgetVerdict.judge(m, settings.enforcement(), settings.timeScale());
        Map<String, Double> limits = new LinkedHashMap<>();
        plan.budgets().stream()
                .filter(b -> b.metric().statistic() == Statistic.EVENTS)
                .forEach(b -> limits.put(b.name(), b.limit()));
        Profile profile = null;
        if (settings.profile() == Profiling.When.ALWAYS
                || (settings.profile() == Profiling.When.ON_FAILURE && verdict.missed() > 0)) {
            // the profiler makes the folder; one it cannot write into gives a profile that says so, never a lost
            // verdict
            profile = Profiling.profile(body, settings.resultsDir().resolve(test.fileStem() + ".jfr"));
        }
        return new PerfTestResult(
                test,
                m,
                verdict,
                marks.explain(m.operations(), limits),
                profile,
                settings.unsteady(),
                DeadCode.suspected(m, takesSink));
    }

    /** The counters of the plan's events budgets, by name. */
    private static List<Counter> counters(PerfTestPlan plan) {
        List<Counter> counters = new ArrayList<>();
        for (BudgetSpec spec : plan.budgets()) {
            if (spec.metric().statistic() == Statistic.EVENTS) {
                counters.add(Perf.counter(spec.name()));
            }
        }
        return counters;
    }
}
