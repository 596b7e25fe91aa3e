package dev.perfkit.junit.complexity;

import dev.perfkit.junit.measure.Bodies;
import dev.perfkit.junit.measure.Body;
import dev.perfkit.junit.measure.Settings;
import dev.perfkit.junit.measure.TestId;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * One {@code @Complexity} test from its plan to its result: the inputs of every size, interleaved rounds of calls of
 * the test method, and the growth classes fitted to the times. Stateless.
 */
public final class ComplexityRun {

    private static final System.Logger LOG = System.getLogger("dev.perfkit.junit");

    private ComplexityRun() {}

    /**
     * Measures {@code method} on {@code target} (null for a static method) at every size of the plan.
     *
     * @param sink passed for every parameter but the input: the test's {@code Sink}
     */
    public static ComplexityResult run(
            ExtensionContext context,
            ComplexityPlan plan,
            Settings settings,
            ComplexitySettings complexity,
            Object target,
            Method method,
            Object sink)
            throws Throwable {
        long[] sizes = plan.sizes();
        List<Body> bodies = new ArrayList<>();
        for (long n : sizes) {
            Object[] args = new Object[method.getParameterCount()];
            for (int i = 0; i < args.length; i++) {
                args[i] = i == plan.input() ? input(plan, method.getParameterTypes()[i], target, n) : sink;
            }
            bodies.add(Bodies.call(method, target, args));
        }
        SizedRounds rounds = SizedRounds.start(
                settings.ticker(),
                sizes,
                bodies,
                Bodies.baseline(),
                settings.allocationMeter(),
                settings.jvmProbe(),
                complexity.warmup(settings),
                complexity.roundNanos(),
                message -> LOG.log(System.Logger.Level.INFO, plan.test() + ": " + message));
        for (int r = 0; r < complexity.rounds(); r++) {
            rounds.next();
        }
        double[][] times = new double[sizes.length][];
        for (int i = 0; i < sizes.length; i++) {
            times[i] = rounds.times(i);
            for (int r = 0; r < times[i].length; r++) {
                times[i][r] = Math.max(1, times[i][r]); // a call measured below the clock's resolution counts as 1 ns
            }
        }
        return ComplexityResult.of(
                TestId.of(context),
                plan,
                complexity,
                rounds,
                ComplexityAnalysis.analyze(sizes, times),
                settings.enforcement());
    }

    /** The input of size {@code n}: made by the plan's input method, or the size itself. */
    private static Object input(ComplexityPlan plan, Class<?> type, Object target, long n) throws Throwable {
        if (plan.inputs() == null) {
            return type == int.class || type == Integer.class ? (Object) Math.toIntExact(n) : (Object) n;
        }
        Object size = plan.inputs().getParameterTypes()[0] == int.class ? (Object) Math.toIntExact(n) : (Object) n;
        try {
            return ReflectionSupport.invokeMethod(plan.inputs(), target, size);
        } catch (RuntimeException e) {
            throw e.getCause() instanceof InvocationTargetException ite ? ite.getCause() : e;
        }
    }
}
