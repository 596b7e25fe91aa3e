package dev.perfkit.junit.compare;

import dev.perfkit.junit.measure.Bodies;
import dev.perfkit.junit.measure.Body;
import dev.perfkit.junit.measure.Profiling;
import dev.perfkit.junit.measure.Settings;
import dev.perfkit.junit.measure.TestId;
import dev.perfkit.junit.measure.fork.ForkContext;
import dev.perfkit.junit.measure.fork.Forks;
import dev.perfkit.junit.metric.Check;
import dev.perfkit.profile.Profile;
import dev.perfkit.profile.ProfileDiff;
import java.lang.invoke.MethodHandle;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One {@code @Compare} test from its plan to its result: the inputs, the correctness check, then the paired rounds,
 * in this JVM or in forks, the sequential verdict and, when asked for, both sides' profiles. Inside a fork it hands
 * its rounds to the parent instead. Stateless.
 */
public final class ComparisonRun {

    private static final System.Logger LOG = System.getLogger("dev.perfkit.junit");

    private ComparisonRun() {}

    /**
     * Runs the comparison on the test instance {@code target} (null for static methods).
     *
     * @return the finished comparison; null inside a fork, which has written its rounds for the parent
     * @throws org.opentest4j.AssertionFailedError when the sides disagree on an input, or a fork did not measure
     */
    public static CompareResult run(
            ExtensionContext context, ComparePlan plan, Settings settings, CompareSettings compare, Object target)
            throws Throwable {
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
        ReportedRounds rounds;
        SequentialVerdict verdict;
        String replication;
        if (forks > 0 && !fork.isFork()) {
            ForkedRounds forked = ForkedRounds.read(Forks.run(context, test, forks), plan.metrics());
            verdict = acrossForks(forked, plan, compare);
            rounds = forked;
            replication = forks == 1
                    ? "in 1 fresh JVM (forks = 1); the intervals are that JVM's"
                    : "in " + forks + " fresh JVMs (forks = " + forks + "); each interval is across the JVMs";
        } else {
            InterleavedRounds paired = InterleavedRounds.start(
                    settings.ticker(),
                    Bodies.pass(baseline, inputs),
                    Bodies.pass(candidate, inputs),
                    Bodies.emptyPass(inputs),
                    settings.allocationMeter(),
                    plan.metrics(),
                    settings.jvmProbe(),
                    settings.cpuClock(),
                    compare.warmup(settings),
                    compare.roundNanos(),
                    message -> LOG.log(System.Logger.Level.INFO, plan.test() + ": " + message));
            verdict = SequentialComparison.run(
                    paired, plan.metrics(), plan.budgets(), compare.plan(), compare.capNanos());
            if (fork.isFork()) {
                // a fork measures and hands its rounds to the parent, which judges all forks together
                ForkedRounds.write(fork.output(), paired, plan.metrics());
                return null;
            }
            rounds = paired;
            String close = plan.budgets().isEmpty() || verdict.unstable()
                    ? ""
                    : Replication.closeToBudget(verdict, plan.budgets(), compare.jvmMargin());
            if (close.isEmpty()) {
                replication = plan.budgets().isEmpty()
                        ? ""
                        : "in this JVM: every budget's interval is at least " + Math.round(compare.jvmMargin() * 100)
                                + " % clear of its budget";
            } else if (!compare.replicate()) {
                replication = "in this JVM, not checked in fresh JVMs (" + CompareSettings.REPLICATE + " = off) "
                        + "although " + close;
            } else {
                LOG.log(
                        System.Logger.Level.INFO,
                        plan.test() + ": " + close + "; measuring in " + compare.replicaForks() + " fresh JVMs");
                ForkedRounds forked =
                        ForkedRounds.read(Forks.run(context, test, compare.replicaForks()), plan.metrics());
                verdict = acrossForks(forked, plan, compare);
                rounds = forked;
                replication = "across " + compare.replicaForks() + " fresh JVMs, because " + close;
            }
        }
        ProfileDiff profile =
                profile(test, settings, verdict, Bodies.pass(baseline, inputs), Bodies.pass(candidate, inputs));
        return CompareResult.of(
                test,
                plan,
                inputs == null ? 0 : inputs.size(),
                verdict,
                rounds,
                profile,
                settings.enforcement(),
                compare.inconclusive(),
                replication);
    }

    private static SequentialVerdict acrossForks(ForkedRounds forked, ComparePlan plan, CompareSettings compare) {
        return Replication.acrossForks(forked, plan.metrics(), plan.budgets(), compare.plan());
    }

    /**
     * Each side's profile from extra calls after the rounds, when {@code perfkit.profile} asks for one: always, or on
     * failure when a relative budget was not met (failed, inconclusive or unstable). Null otherwise.
     */
    private static ProfileDiff profile(
            TestId test, Settings settings, SequentialVerdict verdict, Body baseline, Body candidate) {
        Check outcome = verdict.outcome();
        boolean failed = outcome != null && outcome != Check.PASS;
        if (settings.profile() == Profiling.When.OFF || (settings.profile() == Profiling.When.ON_FAILURE && !failed)) {
            return null;
        }
        // the profiler makes the folder; one it cannot write into gives a profile that says so, never a lost verdict
        String id = test.fileStem();
        Profile before = Profiling.profile(baseline, settings.resultsDir().resolve(id + ".baseline.jfr"));
        Profile after = Profiling.profile(candidate, settings.resultsDir().resolve(id + ".candidate.jfr"));
        return ProfileDiff.between(before, after);
    }
}
