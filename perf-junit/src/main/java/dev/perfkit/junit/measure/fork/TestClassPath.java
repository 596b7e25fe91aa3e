package dev.perfkit.junit.measure.fork;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The class path a fork needs to load the test: the entries of every {@link URLClassLoader} from the test class's
 * loader up to the system loader, then the system class path ({@code java.class.path}). Launchers differ in where they
 * put the test's classes: Surefire on the system class path (or a manifest-only jar there), the JUnit console launcher
 * ({@code --class-path}) and Gradle's test worker in a class loader of their own, so {@code java.class.path} alone
 * holds only the launcher's jar. Entries that are not files (a {@code jrt:} or remote URL) are left out. Stateless.
 */
final class TestClassPath {

    private TestClassPath() {}

    /**
     * The class path for a test loaded by {@code loader}, each entry once, in lookup order.
     *
     * @param systemClassPath this JVM's {@code java.class.path}
     */
    static String of(ClassLoader loader, String systemClassPath) {
        Set<String> entries = new LinkedHashSet<>();
        for (ClassLoader l = loader; l != null; l = l.getParent()) {
            if (l instanceof URLClassLoader urls) {
                for (URL url : urls.getURLs()) {
                    if ("file".equals(url.getProtocol())) {
                        try {
                            entries.add(Path.of(url.toURI()).toString());
                        } catch (URISyntaxException | IllegalArgumentException e) {
                            entries.add(url.getPath());
                        }
                    }
                }
            }
        }
        for (String entry : systemClassPath.split(File.pathSeparator, -1)) {
            if (!entry.isEmpty()) {
                entries.add(entry);
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
