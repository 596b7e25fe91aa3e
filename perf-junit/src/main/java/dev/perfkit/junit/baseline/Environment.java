package dev.perfkit.junit.baseline;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where figures were measured: JDK, OS, CPU count and JVM flags ({@code -X...} input arguments; system properties are
 * left out because they often hold paths). Kept baselines record it, and a comparison across different environments
 * warns. Immutable.
 */
public final class Environment {

    private final Map<String, Object> values;

    private Environment(Map<String, Object> values) {
        this.values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** This JVM's environment. */
    public static Environment current() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("java.version", System.getProperty("java.version"));
        v.put("java.vendor", System.getProperty("java.vendor"));
        v.put("os.name", System.getProperty("os.name"));
        v.put("os.arch", System.getProperty("os.arch"));
        v.put("availableProcessors", (double) Runtime.getRuntime().availableProcessors());
        v.put(
                "jvmFlags",
                new ArrayList<Object>(ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                        .filter(a -> a.startsWith("-X"))
                        .toList()));
        return new Environment(v);
    }

    /** An environment as a file recorded it. */
    static Environment of(Map<String, Object> values) {
        return new Environment(values);
    }

    /** The values, in file order: strings, a number (CPU count) and a list of flags. */
    Map<String, Object> values() {
        return values;
    }

    /** One line per value that differs: {@code java.version: 17.0.12 (baseline) vs 25 (now)}; empty when alike. */
    public List<String> differences(Environment now) {
        List<String> out = new ArrayList<>();
        for (String key : now.values.keySet()) {
            Object then = values.get(key);
            Object current = now.values.get(key);
            if (!Objects.equals(then, current)) {
                out.add(key + ": " + show(then) + " (baseline) vs " + show(current) + " (now)");
            }
        }
        return out;
    }

    private static String show(Object v) {
        return v instanceof Double d && d == Math.rint(d) ? String.valueOf(d.longValue()) : String.valueOf(v);
    }
}
