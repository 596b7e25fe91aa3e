package dev.perfkit.junit.discovery;

import dev.perfkit.junit.Compare;
import dev.perfkit.junit.Complexity;
import dev.perfkit.junit.PerfTest;
import dev.perfkit.junit.measure.TestNames;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.commons.annotation.Testable;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.SelectorResolutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.engine.discovery.MethodSelector;
import org.junit.platform.engine.discovery.NestedClassSelector;
import org.junit.platform.launcher.LauncherDiscoveryListener;
import org.junit.platform.launcher.LauncherDiscoveryRequest;

/**
 * A launcher discovery listener that warns about performance tests JUnit will never run: a method with
 * {@link PerfTest}, {@link Compare} or {@link Complexity} but without {@code @Test} or another testable annotation
 * ({@code @RepeatedTest}, {@code @ParameterizedTest}, {@code @TestTemplate}, ...), which JUnit does not take for a
 * test, so that no extension ever sees it. The JUnit Platform launcher finds it through {@link java.util.ServiceLoader}
 * (Maven Surefire, Gradle, the console launcher and the IDEs run tests through the launcher); for each class or method
 * selected it logs one warning per such method to the {@code dev.perfkit.junit} logger. It never fails discovery.
 * Thread-safe.
 */
public final class UnrunPerformanceTests implements LauncherDiscoveryListener {

    private static final System.Logger LOG = System.getLogger("dev.perfkit.junit");
    private static final List<Class<? extends Annotation>> PERFORMANCE =
            List.of(PerfTest.class, Compare.class, Complexity.class);

    private final Set<Method> warned = ConcurrentHashMap.newKeySet();

    /** Called by the launcher through {@link java.util.ServiceLoader}. */
    public UnrunPerformanceTests() {}

    /**
     * Checks the classes and methods the request selects. The launcher of JUnit Platform 1.10 (Jupiter 5.10) reports no
     * processed selector to listeners found through ServiceLoader (those of 5.14 and 6.0 do), so there they are checked
     * here.
     */
    @Override
    public void launcherDiscoveryStarted(LauncherDiscoveryRequest request) {
        try {
            request.getSelectorsByType(ClassSelector.class).forEach(this::checkSelector);
            request.getSelectorsByType(NestedClassSelector.class).forEach(this::checkSelector);
            request.getSelectorsByType(MethodSelector.class).forEach(this::checkSelector);
        } catch (RuntimeException | LinkageError e) {
            // this check never fails discovery
        }
    }

    /** Checks each selector as the engine resolves it, also the classes a classpath or package scan finds. */
    @Override
    public void selectorProcessed(UniqueId engineId, DiscoverySelector selector, SelectorResolutionResult result) {
        checkSelector(selector);
    }

    private void checkSelector(DiscoverySelector selector) {
        try {
            if (selector instanceof ClassSelector c) {
                check(
                        c.getJavaClass(),
                        ReflectionSupport.findMethods(c.getJavaClass(), m -> true, HierarchyTraversalMode.TOP_DOWN));
            } else if (selector instanceof NestedClassSelector n) {
                check(
                        n.getNestedClass(),
                        ReflectionSupport.findMethods(n.getNestedClass(), m -> true, HierarchyTraversalMode.TOP_DOWN));
            } else if (selector instanceof MethodSelector m) {
                check(m.getJavaClass(), List.of(m.getJavaMethod()));
            }
        } catch (RuntimeException | LinkageError e) {
            // a class that cannot be loaded or read is the engine's to report; this check never fails discovery
        }
    }

    private void check(Class<?> testClass, List<Method> methods) {
        for (Method method : methods) {
            if (AnnotationSupport.isAnnotated(method, Testable.class)) {
                continue;
            }
            for (Class<? extends Annotation> annotation : PERFORMANCE) {
                if (AnnotationSupport.isAnnotated(method, annotation) && warned.add(method)) {
                    LOG.log(System.Logger.Level.WARNING, warning(TestNames.of(testClass, method), annotation));
                }
            }
        }
    }

    /** The warning about {@code test}, which carries {@code annotation} but nothing that makes it a test. */
    static String warning(String test, Class<? extends Annotation> annotation) {
        return test + " has @" + annotation.getSimpleName() + " but no @Test (nor @RepeatedTest, @ParameterizedTest or "
                + "@TestTemplate), so JUnit does not take it for a test and never runs it: add @Test";
    }
}
