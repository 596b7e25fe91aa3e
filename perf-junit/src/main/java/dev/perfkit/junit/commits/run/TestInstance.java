package dev.perfkit.junit.commits.run;

import dev.perfkit.junit.OpaqueSink;
import dev.perfkit.junit.PerfTest;
import dev.perfkit.junit.Sink;
import dev.perfkit.junit.measure.Bodies;
import dev.perfkit.junit.measure.Body;
import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * One side's test, set up outside JUnit as JUnit would run it once, with the side's loader as the thread's context
 * class loader throughout: {@code @BeforeAll} methods, a new instance of the
 * test class through its no-argument constructor, {@code @BeforeEach} methods; then the body is called as often as
 * the rounds need; {@link #close()} runs {@code @AfterEach} and {@code @AfterAll}. What this cannot do (other
 * parameters than a {@link Sink}, extensions, nested classes, several threads) is refused up front with the reason.
 * Not thread-safe: the measuring thread owns it.
 */
public final class TestInstance {

    private final PerfMethod test;
    private final Object instance;
    private boolean afterAllDue = true;
    private boolean afterEachDue = true;

    private TestInstance(PerfMethod test, Object instance) {
        this.test = test;
        this.instance = instance;
    }

    /**
     * Checks that the test can run outside JUnit and sets it up.
     *
     * @throws NotMeasurableException naming what the engine does not support
     * @throws Throwable whatever a lifecycle method or the constructor threw
     */
    public static TestInstance open(PerfMethod test) throws Throwable {
        Class<?> c = test.testClass();
        check(test);
        Constructor<?> constructor;
        try {
            constructor = c.getDeclaredConstructor();
        } catch (NoSuchMethodException e) {
            throw new NotMeasurableException("the test class has no constructor without parameters");
        }
        if (Modifier.isPrivate(constructor.getModifiers())) {
            throw new NotMeasurableException("the test class's constructor is private");
        }
        runAll(null, lifecycle(c, BeforeAll.class, HierarchyTraversalMode.TOP_DOWN));
        Object instance;
        Thread thread = Thread.currentThread();
        ClassLoader engine = thread.getContextClassLoader();
        thread.setContextClassLoader(c.getClassLoader());
        try {
            constructor.setAccessible(true);
            instance = constructor.newInstance();
        } catch (InvocationTargetException e) {
            runAll(null, lifecycle(c, AfterAll.class, HierarchyTraversalMode.BOTTOM_UP));
            throw e.getCause();
        } finally {
            thread.setContextClassLoader(engine);
        }
        TestInstance t = new TestInstance(test, instance);
        try {
            runAll(instance, lifecycle(c, BeforeEach.class, HierarchyTraversalMode.TOP_DOWN));
        } catch (Throwable e) {
            t.close();
            throw e;
        }
        return t;
    }

    /** Refuses a test that needs more than a constructor, lifecycle methods and a sink. */
    static void check(PerfMethod test) throws NotMeasurableException {
        Class<?> c = test.testClass();
        if (c.getEnclosingClass() != null && !Modifier.isStatic(c.getModifiers())) {
            throw new NotMeasurableException("a @Nested (inner) test class needs its enclosing instance");
        }
        List<String> extensions = new ArrayList<>();
        for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
            extensions.addAll(extensions(AnnotationSupport.findRepeatableAnnotations(k, ExtendWith.class)));
        }
        extensions.addAll(extensions(AnnotationSupport.findRepeatableAnnotations(test.method(), ExtendWith.class)));
        if (!extensions.isEmpty()) {
            throw new NotMeasurableException(
                    "the test needs the extension " + String.join(", ", extensions) + ", which only JUnit runs");
        }
        List<Field> registered = ReflectionSupport.findFields(
                c, f -> AnnotationSupport.isAnnotated(f, RegisterExtension.class), HierarchyTraversalMode.TOP_DOWN);
        if (!registered.isEmpty()) {
            throw new NotMeasurableException("the test class registers an extension in the field "
                    + registered.get(0).getName() + ", which only JUnit runs");
        }
        Optional<PerfTest> perf = AnnotationSupport.findAnnotation(test.method(), PerfTest.class)
                .or(() -> AnnotationSupport.findAnnotation(c, PerfTest.class));
        if (!test.candidate() && perf.isPresent() && perf.get().threads() > 1) {
            throw new NotMeasurableException(
                    "@PerfTest(threads = " + perf.get().threads() + "); commits are compared on one thread");
        }
        if (!test.candidate() && perf.isPresent() && !perf.get().rate().isEmpty()) {
            throw new NotMeasurableException(
                    "@PerfTest(rate = \"" + perf.get().rate() + "\"); commits are compared back to back");
        }
        for (Class<?> p : test.method().getParameterTypes()) {
            if (test.candidate() || p != Sink.class) {
                throw new NotMeasurableException("the method takes a parameter of type " + p.getSimpleName()
                        + (test.candidate() ? " (inputs)" : "") + "; only a Sink parameter is supplied");
            }
        }
        for (Class<? extends Annotation> a :
                List.of(BeforeAll.class, BeforeEach.class, AfterEach.class, AfterAll.class)) {
            for (Method m : lifecycle(c, a, HierarchyTraversalMode.TOP_DOWN)) {
                if (m.getParameterCount() > 0) {
                    throw new NotMeasurableException("@" + a.getSimpleName() + " method " + m.getName()
                            + " takes parameters, which only JUnit supplies");
                }
            }
        }
    }

    private static List<String> extensions(List<ExtendWith> found) {
        List<String> out = new ArrayList<>();
        for (ExtendWith e : found) {
            for (Class<?> x : e.value()) {
                if (!x.getName().startsWith("dev.perfkit.junit.")) {
                    out.add(x.getSimpleName());
                }
            }
        }
        return out;
    }

    /**
     * The result of one call, for the check that both sides compute the same: the values passed to the sink, then
     * the returned value (for a method that returns one), as {@link SideValues} makes them comparable across sides.
     *
     * @throws Throwable whatever the call threw
     */
    public List<Object> firstResult() throws Throwable {
        List<List<Object>> result = new ArrayList<>();
        inContext(() -> result.add(call())).invoke();
        return result.get(0);
    }

    private List<Object> call() throws Throwable {
        SideValues.Recording sink = new SideValues.Recording();
        Object[] args = test.method().getParameterCount() == 0 ? new Object[0] : new Object[] {sink};
        Object returned;
        try {
            test.method().setAccessible(true);
            returned = test.method().invoke(Modifier.isStatic(test.method().getModifiers()) ? null : instance, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
        List<Object> out = new ArrayList<>(sink.values());
        if (test.method().getReturnType() != void.class) {
            out.add(SideValues.comparable(returned));
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * The body the rounds call: the method with a fresh {@link OpaqueSink}, or the candidate keeping its result, with
     * the side's loader as the thread's context class loader during each call.
     */
    public Body body() throws IllegalAccessException {
        Object target = Modifier.isStatic(test.method().getModifiers()) ? null : instance;
        if (test.candidate()) {
            MethodHandle f = Bodies.function(test.method(), target);
            return inContext(Bodies.pass(f, null));
        }
        Object[] args = test.method().getParameterCount() == 0 ? new Object[0] : new Object[] {new OpaqueSink()};
        return inContext(Bodies.call(test.method(), target, args));
    }

    /**
     * A body through the same call path that does nothing, context class loader included, for the cost of a sample.
     */
    public Body overhead() {
        return inContext(test.candidate() ? Bodies.emptyPass(null) : Bodies.baseline());
    }

    /**
     * {@code body} run with the test class's loader as the thread's context class loader, as code under test run by
     * JUnit in its own build finds it (service loaders, libraries that load classes by name); the engine's is put back
     * after each call.
     */
    private Body inContext(Body body) {
        ClassLoader side = test.testClass().getClassLoader();
        return () -> {
            Thread thread = Thread.currentThread();
            ClassLoader engine = thread.getContextClassLoader();
            thread.setContextClassLoader(side);
            try {
                body.invoke();
            } finally {
                thread.setContextClassLoader(engine);
            }
        };
    }

    /** Runs {@code @AfterEach}, then {@code @AfterAll} methods, once. */
    public void close() throws Throwable {
        Throwable first = null;
        if (afterEachDue) {
            afterEachDue = false;
            try {
                runAll(instance, lifecycle(test.testClass(), AfterEach.class, HierarchyTraversalMode.BOTTOM_UP));
            } catch (Throwable t) {
                first = t;
            }
        }
        if (afterAllDue) {
            afterAllDue = false;
            try {
                runAll(null, lifecycle(test.testClass(), AfterAll.class, HierarchyTraversalMode.BOTTOM_UP));
            } catch (Throwable t) {
                first = first == null ? t : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private static List<Method> lifecycle(Class<?> c, Class<? extends Annotation> a, HierarchyTraversalMode order) {
        return ReflectionSupport.findMethods(c, m -> AnnotationSupport.isAnnotated(m, a), order);
    }

    private static void runAll(Object instance, List<Method> methods) throws Throwable {
        for (Method m : methods) {
            Thread thread = Thread.currentThread();
            ClassLoader engine = thread.getContextClassLoader();
            thread.setContextClassLoader(m.getDeclaringClass().getClassLoader());
            try {
                m.setAccessible(true);
                m.invoke(Modifier.isStatic(m.getModifiers()) ? null : instance);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            } finally {
                thread.setContextClassLoader(engine);
            }
        }
    }
}
