package dev.perfkit.junit.commits.run;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * The class loader of one side: the side's whole class path, child-first, except for the packages both sides must
 * share, which come parent-first from the engine's own class path: perfkit's ({@code dev.perfkit.}), JUnit's
 * ({@code org.junit.}, {@code org.opentest4j.}, {@code org.apiguardian.}). So {@code @PerfTest}, {@code Sink} and the
 * counters perf-jdbc increments are one class for the engine and both sides, while the code under test and its
 * libraries are loaded once per side. The JDK is the JDK's, shared by both sides, as always. Thread-safe, as
 * {@link URLClassLoader} is.
 */
public final class SideLoader extends URLClassLoader {

    /** The packages, as name prefixes, that both sides share with the engine. */
    public static final List<String> SHARED =
            List.of("dev.perfkit.", "org.junit.", "org.opentest4j.", "org.apiguardian.");

    static {
        ClassLoader.registerAsParallelCapable();
    }

    private final String label;

    /** A loader named after the side, over {@code classPath}, delegating the shared packages to {@code parent}. */
    public SideLoader(String label, List<Path> classPath, ClassLoader parent) {
        super("perfkit side " + label, urls(classPath), parent);
        this.label = label;
    }

    /** The side's label. */
    public String label() {
        return label;
    }

    /** Whether classes (and resources, as paths) of {@code name} come from the engine. */
    public static boolean shared(String name) {
        String dotted = name.replace('/', '.');
        for (String prefix : SHARED) {
            if (dotted.startsWith(prefix)) {
                return true;
            }
        }
        return dotted.startsWith("java.")
                || dotted.startsWith("javax.")
                || dotted.startsWith("jdk.")
                || dotted.startsWith("sun.");
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (shared(name)) {
            try {
                return super.loadClass(name, resolve); // parent-first
            } catch (ClassNotFoundException e) {
                // a perfkit or JUnit class the engine lacks (such as perf-jdbc): the side's own
            }
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> c = findLoadedClass(name);
            if (c == null) {
                try {
                    c = findClass(name);
                } catch (ClassNotFoundException e) {
                    c = getParent().loadClass(name);
                }
            }
            if (resolve) {
                resolveClass(c);
            }
            return c;
        }
    }

    @Override
    public URL getResource(String name) {
        if (shared(name)) {
            URL url = getParent().getResource(name);
            return url != null ? url : findResource(name);
        }
        URL url = findResource(name);
        return url != null ? url : getParent().getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        List<URL> out = new ArrayList<>();
        if (shared(name)) {
            out.addAll(Collections.list(getParent().getResources(name)));
            out.addAll(Collections.list(findResources(name)));
        } else {
            out.addAll(Collections.list(findResources(name)));
            out.addAll(Collections.list(getParent().getResources(name)));
        }
        return Collections.enumeration(out);
    }

    private static URL[] urls(List<Path> classPath) {
        URL[] out = new URL[classPath.size()];
        for (int i = 0; i < out.length; i++) {
            try {
                out[i] = classPath.get(i).toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("not a class path entry: " + classPath.get(i), e);
            }
        }
        return out;
    }
}
