package dev.perfkit.junit.commits.run;

import dev.perfkit.junit.Sink;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Values computed by one side, made comparable with the other side's. A class of the code under test is a different
 * class on each side (each side's loader defines it), so its {@code equals} never holds across sides; such a value is
 * compared by its {@code toString()} when its class declares one, and not compared at all otherwise. Values of JDK
 * classes compare as they are; arrays, collections and maps element by element. Stateless.
 */
public final class SideValues {

    /** What stands for a value that cannot be compared across sides: equal to itself, so it never differs. */
    static final String NOT_COMPARABLE = "(a value without toString(), not compared)";

    /** The most values a recording sink keeps. */
    static final int MAX_VALUES = 1_000;

    private SideValues() {}

    /** {@code value} in a form whose {@code equals} (deep, for arrays) holds across sides when the values agree. */
    public static Object comparable(Object value) {
        if (value == null) {
            return null;
        }
        Class<?> c = value.getClass();
        if (c.isArray()) {
            if (c.getComponentType().isPrimitive()) {
                return value;
            }
            Object[] out = new Object[Array.getLength(value)];
            for (int i = 0; i < out.length; i++) {
                out[i] = comparable(Array.get(value, i));
            }
            return out;
        }
        if (value instanceof Iterable<?> items && isJdk(c)) {
            List<Object> out = new ArrayList<>();
            items.forEach(v -> out.add(comparable(v)));
            return out;
        }
        if (value instanceof Map<?, ?> map && isJdk(c)) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(comparable(k), comparable(v)));
            return out;
        }
        if (isJdk(c)) {
            return value;
        }
        try {
            return c.getMethod("toString").getDeclaringClass() == Object.class ? NOT_COMPARABLE : value.toString();
        } catch (NoSuchMethodException e) {
            return NOT_COMPARABLE;
        }
    }

    private static boolean isJdk(Class<?> c) {
        ClassLoader loader = c.getClassLoader();
        return loader == null || loader == ClassLoader.getPlatformClassLoader();
    }

    /** A sink that keeps what it is given, comparable across sides, up to {@value #MAX_VALUES} values. */
    static final class Recording implements Sink {
        private final List<Object> values = new ArrayList<>();

        private void add(Object v) {
            if (values.size() < MAX_VALUES) {
                values.add(v);
            }
        }

        @Override
        public void consume(Object value) {
            add(comparable(value));
        }

        @Override
        public void consume(long value) {
            add(value);
        }

        @Override
        public void consume(double value) {
            add(value);
        }

        @Override
        public void consume(boolean value) {
            add(value);
        }

        List<Object> values() {
            return Collections.unmodifiableList(values);
        }
    }
}
