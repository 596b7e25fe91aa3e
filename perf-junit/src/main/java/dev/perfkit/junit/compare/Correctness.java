package dev.perfkit.junit.compare;

import dev.perfkit.junit.measure.TestNames;
import java.lang.invoke.MethodHandle;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.opentest4j.AssertionFailedError;

/**
 * Checks, before anything is measured, that baseline and candidate return equal results ({@link Objects#deepEquals})
 * on every input: a faster wrong answer is a failure. Stateless.
 */
public final class Correctness {

    /** Values are shown up to this many characters. */
    static final int SHOWN = 200;

    private Correctness() {}

    /**
     * Calls both functions on each input (once when {@code inputs} is null) and fails at the first difference.
     *
     * @param source where the inputs came from, for the message; ignored when {@code inputs} is null
     * @throws AssertionFailedError naming the input and both results, or what one side threw
     */
    public static void check(
            ComparePlan plan, MethodHandle baseline, MethodHandle candidate, List<Object> inputs, Method source) {
        if (inputs == null) {
            compare(plan, baseline, candidate, null, "");
            return;
        }
        String kind = source.equals(plan.generated()) ? "generated input " : "input ";
        for (int i = 0; i < inputs.size(); i++) {
            compare(
                    plan,
                    baseline,
                    candidate,
                    new Object[] {inputs.get(i)},
                    " for " + kind + (i + 1) + " of " + inputs.size() + " from " + source.getName() + "()");
        }
    }

    private static void compare(
            ComparePlan plan, MethodHandle baseline, MethodHandle candidate, Object[] input, String where) {
        Object expected = call(plan, "baseline", plan.baseline(), baseline, input, where);
        Object actual = call(plan, "candidate", plan.candidate(), candidate, input, where);
        if (!Objects.deepEquals(expected, actual)) {
            Class<?> c = plan.baseline().getDeclaringClass();
            throw new AssertionFailedError(
                    plan.test() + ": the candidate " + TestNames.of(c, plan.candidate())
                            + " returned a different result than the baseline " + TestNames.of(c, plan.baseline())
                            + where + ":\n"
                            + (input == null ? "" : "  input:     " + show(input[0]) + "\n")
                            + "  baseline:  " + show(expected) + "\n"
                            + "  candidate: " + show(actual) + "\n"
                            + "A faster wrong answer is a failure; nothing was measured.",
                    expected,
                    actual);
        }
    }

    private static Object call(
            ComparePlan plan, String side, Method method, MethodHandle function, Object[] input, String where) {
        try {
            return input == null ? function.invoke() : function.invoke(input[0]);
        } catch (Throwable t) {
            throw new AssertionFailedError(
                    plan.test() + ": the " + side + " "
                            + TestNames.of(method.getDeclaringClass(), method) + " threw " + t + where
                            + (input == null ? "" : "\n  input: " + show(input[0])),
                    t);
        }
    }

    /** A value as text, arrays by their elements, cut to {@value #SHOWN} characters. */
    static String show(Object value) {
        String s = Arrays.deepToString(new Object[] {value});
        s = s.substring(1, s.length() - 1);
        return s.length() <= SHOWN ? s : s.substring(0, SHOWN) + "... (" + s.length() + " characters)";
    }
}
