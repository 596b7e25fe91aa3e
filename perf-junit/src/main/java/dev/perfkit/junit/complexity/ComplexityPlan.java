package dev.perfkit.junit.complexity;

import java.lang.reflect.Method;

/**
 * A validated {@code @Complexity} test. Immutable (the sizes are copied in and out).
 *
 * @param test the test's name for messages, such as {@code DedupTests.hash(List, Sink)}
 * @param sizes the sizes, ascending
 * @param expect the expected class, or null to report only
 * @param inputs the method making an input of a size, or null when the input is the size itself
 * @param input the index of the test method's input parameter
 */
@SuppressWarnings("ArrayRecordComponent") // arrays filled once when made and never changed; internal to the module
public record ComplexityPlan(String test, long[] sizes, GrowthClass expect, Method inputs, int input) {

    /** Copies the sizes. */
    public ComplexityPlan {
        sizes = sizes.clone();
    }

    @Override
    public long[] sizes() {
        return sizes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ComplexityPlan p
                && test.equals(p.test)
                && java.util.Arrays.equals(sizes, p.sizes)
                && expect == p.expect
                && java.util.Objects.equals(inputs, p.inputs)
                && input == p.input;
    }

    @Override
    public int hashCode() {
        return test.hashCode() * 31 + java.util.Arrays.hashCode(sizes);
    }

    @Override
    public String toString() {
        return "ComplexityPlan[" + test + ", sizes=" + java.util.Arrays.toString(sizes) + ", expect=" + expect + "]";
    }
}
