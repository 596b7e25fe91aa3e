package dev.perfkit.junit.measure;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Names tests the way messages show them: {@code OrderTests.parse(String, int)}. Stateless. */
public final class TestNames {

    private TestNames() {}

    /** The test class's simple name (nested classes joined with dots), the method and its parameter types. */
    public static String of(Class<?> testClass, Method method) {
        String params = Arrays.stream(method.getParameterTypes())
                .map(Class::getSimpleName)
                .collect(Collectors.joining(", "));
        return className(testClass) + "." + method.getName() + "(" + params + ")";
    }

    private static String className(Class<?> c) {
        Class<?> outer = c.getEnclosingClass();
        return outer == null ? c.getSimpleName() : className(outer) + "." + c.getSimpleName();
    }
}
