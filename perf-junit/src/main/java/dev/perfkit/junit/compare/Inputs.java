package dev.perfkit.junit.compare;

import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * Reads the inputs of a comparison from the method that {@code @Compare(inputs)} or {@code @Compare(generated)} names.
 */
public final class Inputs {

    private Inputs() {}

    /** The most inputs a source may return: the inputs are held in memory and checked one by one. */
    static final int MAX_INPUTS = 100_000;

    /**
     * Calls {@code source} on the test instance (or statically) and collects what it returns.
     *
     * @throws ExtensionConfigurationException when it returns null or nothing, or throws (calling it or iterating
     *     what it returned), naming the test, the attribute, the method and the cause
     */
    public static List<Object> read(ComparePlan plan, Method source, Object target) {
        try {
            return collect(plan, source, target);
        } catch (ExtensionConfigurationException | VirtualMachineError e) {
            throw e;
        } catch (Throwable e) { // JUnit rethrows what the method threw as it is, checked exceptions included
            Throwable cause = e.getCause() instanceof InvocationTargetException ite ? ite.getCause() : e;
            String attribute = source.equals(plan.inputs()) ? "inputs" : "generated";
            throw new ExtensionConfigurationException(
                    "@Compare(" + attribute + " = \"" + source.getName() + "\") on " + plan.test() + ": "
                            + source.getName() + "() threw " + describe(cause)
                            + "; the inputs must be produced without failing",
                    cause);
        }
    }

    private static String describe(Throwable t) {
        return t.getMessage() == null ? t.getClass().getName() : t.getClass().getName() + ": " + t.getMessage();
    }

    private static List<Object> collect(ComparePlan plan, Method source, Object target) {
        Object returned = ReflectionSupport.invokeMethod(source, target);
        List<Object> inputs = new ArrayList<>();
        Iterator<?> values = returned instanceof Iterable<?> iterable
                ? iterable.iterator()
                : returned instanceof Stream<?> stream ? stream.iterator() : null;
        if (values != null) {
            while (values.hasNext()) {
                if (inputs.size() == MAX_INPUTS) {
                    throw new ExtensionConfigurationException(
                            "@Compare on " + plan.test() + ": " + source.getName() + "() returned more than "
                                    + MAX_INPUTS + " inputs (an endless stream?); return at most " + MAX_INPUTS);
                }
                inputs.add(values.next());
            }
            if (returned instanceof Stream<?> stream) {
                stream.close();
            }
        } else if (returned != null) {
            for (int i = 0; i < Array.getLength(returned); i++) {
                inputs.add(Array.get(returned, i));
            }
        }
        if (inputs.isEmpty()) {
            throw new ExtensionConfigurationException(
                    "@Compare on " + plan.test() + ": " + source.getName() + "() returned no inputs");
        }
        return inputs;
    }
}
