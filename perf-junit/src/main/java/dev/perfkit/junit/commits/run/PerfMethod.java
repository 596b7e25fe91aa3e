package dev.perfkit.junit.commits.run;

import java.lang.reflect.Method;

/**
 * A performance test found on one side: a {@code @PerfTest} method, or the {@code @Candidate} body of a
 * {@code @Compare} test, in a class the side's loader loaded. Immutable.
 *
 * @param name the short name, {@code Class.method} (nested classes joined with dots); the run names a test by it
 *     unless two test classes in different packages share it
 * @param testClass the test class, as the side loaded it
 * @param method the measured method: the {@code @PerfTest} method or the {@code @Candidate} method
 * @param candidate whether {@code method} is a {@code @Candidate}, which returns its result, rather than a
 *     {@code @PerfTest} method
 */
public record PerfMethod(String name, Class<?> testClass, Method method, boolean candidate) {

    /** The name with the class's package: {@code com.example.OrderTest.parse}, nested classes joined with dots. */
    public String qualifiedName() {
        String pkg = testClass.getPackageName();
        return pkg.isEmpty() ? name : pkg + "." + name;
    }
}
