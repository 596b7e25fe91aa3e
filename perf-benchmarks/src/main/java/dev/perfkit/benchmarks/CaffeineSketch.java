package dev.perfkit.benchmarks;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.concurrent.ConcurrentMap;

/**
 * Reads whether the frequency sketch of a bounded Caffeine cache is on, through Caffeine's internals (reflection, on
 * the class path of the benchmark jar), so that a benchmark can check which state it measures. Accepts a Caffeine
 * {@code Cache}, {@code LoadingCache} or {@code asMap()} view, or any object holding one in a field (a bounded memo).
 */
final class CaffeineSketch {

    private static final String BOUNDED = "com.github.benmanes.caffeine.cache.BoundedLocalCache";

    private CaffeineSketch() {}

    /** Fails with a message unless the sketch of the cache in {@code holder} is {@code on}. */
    static void require(Object holder, boolean on) {
        boolean actual = isOn(holder);
        if (actual != on) {
            throw new IllegalStateException("expected the frequency sketch " + (on ? "on" : "off") + " in " + holder
                    + " but it is " + (actual ? "on" : "off"));
        }
    }

    static boolean isOn(Object holder) {
        try {
            Object cache = find(holder, 0);
            if (cache == null) {
                throw new IllegalArgumentException(
                        "no bounded Caffeine cache in " + holder.getClass().getName());
            }
            Method sketchOf = Class.forName(BOUNDED).getDeclaredMethod("frequencySketch");
            sketchOf.setAccessible(true);
            Object sketch = sketchOf.invoke(cache);
            Method notInitialized = sketch.getClass().getDeclaredMethod("isNotInitialized");
            notInitialized.setAccessible(true);
            return !(Boolean) notInitialized.invoke(sketch);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read Caffeine's frequency sketch (internals changed?)", e);
        }
    }

    /** The bounded cache itself, or the first one found in the fields of {@code o}, a few levels down. */
    private static Object find(Object o, int depth) throws ReflectiveOperationException {
        if (o == null || depth > 3) {
            return null;
        }
        if (Class.forName(BOUNDED).isInstance(o)) {
            return o;
        }
        for (Class<?> c = o.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.getType().isPrimitive() || java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
                    continue;
                }
                if (!(ConcurrentMap.class.isAssignableFrom(f.getType())
                        || f.getType().getName().startsWith("com.github")
                        || f.getType().getName().startsWith("dev.perfkit"))) {
                    continue;
                }
                f.setAccessible(true);
                Object found = find(f.get(o), depth + 1);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
