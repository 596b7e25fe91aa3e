package dev.perfkit.junit.measure;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * Turns a test method invocation, or the baseline and candidate of a comparison, into a {@link Body} the harness can
 * call many times: a method handle bound to the test instance and its arguments. The baseline goes through the same
 * kind of handle to a method that does nothing, so that measuring the overhead also measures the handle call.
 */
public final class Bodies {

    private static final MethodHandle NOTHING;

    static {
        try {
            NOTHING = MethodHandles.lookup().findStatic(Bodies.class, "nothing", MethodType.methodType(void.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private Bodies() {}

    /** The test method with its instance and arguments. */
    public static Body of(ReflectiveInvocationContext<Method> invocation) throws IllegalAccessException {
        return call(
                invocation.getExecutable(),
                invocation.getTarget().orElse(null),
                invocation.getArguments().toArray());
    }

    /** A body that calls {@code method} on {@code target} (ignored when static) with {@code args}. */
    public static Body call(Method method, Object target, Object[] args) throws IllegalAccessException {
        MethodHandle handle = MethodHandles.insertArguments(bound(method, target), 0, args);
        return body(handle.asType(MethodType.methodType(void.class)));
    }

    /** A body that calls a method doing nothing through a method handle. */
    public static Body baseline() {
        return body(NOTHING);
    }

    /**
     * A method of the test bound to the test instance (when it is not static), typed {@code (Object)Object} for a
     * method taking one input, else {@code ()Object}.
     */
    public static MethodHandle function(Method method, Object target) throws IllegalAccessException {
        return bound(method, target)
                .asType(
                        method.getParameterCount() == 0
                                ? MethodType.methodType(Object.class)
                                : MethodType.methodType(Object.class, Object.class));
    }

    /**
     * A body that makes one pass: calls {@code function} (typed as {@link #function} makes it) once per input, or once
     * when {@code inputs} is null, and keeps each result where the JIT cannot drop the call.
     */
    public static Body pass(MethodHandle function, List<Object> inputs) {
        Kept sink = new Kept();
        if (inputs == null) {
            return () -> {
                sink.value = (Object) function.invokeExact();
            };
        }
        Object[] each = inputs.toArray();
        return () -> {
            for (Object input : each) {
                sink.value = (Object) function.invokeExact(input);
            }
        };
    }

    /** A pass like {@link #pass} through a function that does nothing, to measure the cost of a pass without work. */
    public static Body emptyPass(List<Object> inputs) {
        return pass(
                inputs == null ? MethodHandles.constant(Object.class, null) : MethodHandles.identity(Object.class),
                inputs);
    }

    /** A handle to {@code method}, bound to {@code target} unless the method is static. */
    private static MethodHandle bound(Method method, Object target) throws IllegalAccessException {
        method.setAccessible(true);
        MethodHandle handle = MethodHandles.lookup().unreflect(method);
        return Modifier.isStatic(method.getModifiers()) ? handle : handle.bindTo(target);
    }

    /** Where a pass keeps its results: a field of an object that escapes, so the calls have an effect. */
    private static final class Kept {
        Object value;
    }

    private static Body body(MethodHandle handle) {
        return () -> {
            handle.invokeExact();
        };
    }

    @SuppressWarnings("unused") // called through NOTHING
    private static void nothing() {}
}
