package dev.perfkit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the method of a {@link Compare} test class that is the old implementation, the one the {@link Candidate} must
 * beat. A test class has exactly one. The method returns its result (so that results can be checked for equality) and
 * takes one parameter, an input, when {@link Compare#inputs()} is set, else none. It may be static or an instance
 * method of the test.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Baseline {}
