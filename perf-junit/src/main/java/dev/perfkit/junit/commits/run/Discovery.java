package dev.perfkit.junit.commits.run;

import dev.perfkit.junit.Candidate;
import dev.perfkit.junit.Compare;
import dev.perfkit.junit.Complexity;
import dev.perfkit.junit.PerfTest;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * Finds the performance tests of one side: every class file under the side's test class folders is loaded (without
 * initializing it) through the side's loader, and every method annotated {@code @PerfTest} (or a {@code @Test} method
 * of a class annotated {@code @PerfTest}), and the {@code @Candidate} method of every class with a {@code @Compare}
 * test, is one test. Classes that cannot be loaded are left out and counted. Stateless.
 */
public final class Discovery {

    private Discovery() {}

    /**
     * What was found on one side: the tests by qualified name ({@link PerfMethod#qualifiedName()}), and the class
     * files that could not be loaded, and why.
     */
    public record Found(Map<String, PerfMethod> tests, List<String> unloadable) {}

    /** Finds the tests in {@code side}'s test class folders, loading them through {@code loader}. */
    public static Found find(Side side, ClassLoader loader) throws IOException {
        Map<String, PerfMethod> tests = new TreeMap<>();
        List<String> unloadable = new ArrayList<>();
        for (Path dir : side.testClassDirs()) {
            for (String name : classNames(dir)) {
                Class<?> c;
                try {
                    c = Class.forName(name, false, loader);
                } catch (ClassNotFoundException | LinkageError e) {
                    unloadable.add(name + " (" + e + ")");
                    continue;
                }
                for (PerfMethod m : tests(c)) {
                    tests.putIfAbsent(m.qualifiedName(), m);
                }
            }
        }
        return new Found(tests, unloadable);
    }

    /** The performance tests one class declares or inherits. */
    static List<PerfMethod> tests(Class<?> c) {
        List<PerfMethod> out = new ArrayList<>();
        if (c.isInterface() || c.isAnnotation() || Modifier.isAbstract(c.getModifiers()) || c.isAnonymousClass()) {
            return out;
        }
        boolean classLevel = false;
        for (Class<?> k = c; k != null && !classLevel; k = k.getEnclosingClass()) {
            classLevel = AnnotationSupport.isAnnotated(k, PerfTest.class);
        }
        boolean compares = false;
        List<Method> methods;
        try {
            methods = ReflectionSupport.findMethods(c, m -> true, HierarchyTraversalMode.TOP_DOWN);
        } catch (LinkageError e) {
            return out; // a class whose methods name classes missing on this side
        }
        for (Method m : methods) {
            boolean compare = AnnotationSupport.isAnnotated(m, Compare.class);
            compares |= compare;
            boolean selfMeasuring = compare || AnnotationSupport.isAnnotated(m, Complexity.class);
            boolean perf = AnnotationSupport.isAnnotated(m, PerfTest.class)
                    || (classLevel && !selfMeasuring && AnnotationSupport.isAnnotated(m, Test.class));
            if (perf) {
                out.add(new PerfMethod(name(c, m), c, m, false));
            }
        }
        if (compares) {
            for (Method m : methods) {
                if (AnnotationSupport.isAnnotated(m, Candidate.class)) {
                    out.add(new PerfMethod(name(c, m), c, m, true));
                }
            }
        }
        return out;
    }

    /** {@code Class.method}, nested classes joined with dots. */
    static String name(Class<?> c, Method m) {
        return className(c) + "." + m.getName();
    }

    private static String className(Class<?> c) {
        Class<?> outer = c.getEnclosingClass();
        return outer == null ? c.getSimpleName() : className(outer) + "." + c.getSimpleName();
    }

    private static List<String> classNames(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(f -> f.toString().endsWith(".class")).forEach(f -> {
                String rel =
                        dir.relativize(f).toString().replace(f.getFileSystem().getSeparator(), ".");
                String name = rel.substring(0, rel.length() - ".class".length());
                if (!name.endsWith("module-info") && !name.endsWith("package-info")) {
                    out.add(name);
                }
            });
        }
        out.sort(null);
        return out;
    }
}
