package dev.perfkit.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Invalid complexity tests fail before anything runs, naming the test, the attribute and the accepted forms. */
class InvalidComplexityTest {

    @TempDir
    Path results;

    static final String SIZES = "expected at least 3 distinct positive sizes in ascending order, such as {1_000, "
            + "2_000, 4_000, 8_000, 16_000}";

    static Stream<Arguments> rejects() {
        return Stream.of(
                Arguments.of(
                        TwoSizes.class,
                        "@Complexity(sizes = {1000, 2000}) on InvalidComplexityTest.TwoSizes.run(int): " + SIZES),
                Arguments.of(
                        RepeatedSize.class,
                        "@Complexity(sizes = {1000, 1000, 2000}) on InvalidComplexityTest" + ".RepeatedSize.run(int): "
                                + SIZES),
                Arguments.of(
                        Descending.class,
                        "@Complexity(sizes = {4000, 2000, 1000}) on InvalidComplexityTest.Descending" + ".run(int): "
                                + SIZES),
                Arguments.of(
                        ZeroSize.class,
                        "@Complexity(sizes = {0, 10, 20}) on InvalidComplexityTest.ZeroSize.run(int): " + SIZES),
                Arguments.of(
                        BadExpect.class,
                        "@Complexity(expect = \"O(n*n)\") on InvalidComplexityTest.BadExpect.run(int): "
                                + "expected one of \"O(1)\", \"O(log n)\", \"O(n)\", \"O(n log n)\", \"O(n^2)\" (or "
                                + "\"O(n²)\"), \"O(n^3)\" "
                                + "(or \"O(n³)\"), got 'O(n*n)'"),
                Arguments.of(
                        MissingInputs.class,
                        "@Complexity(inputs = \"listOfSize\") on InvalidComplexityTest"
                                + ".MissingInputs.run(List): no method listOfSize(int) or listOfSize(long) in "
                                + "MissingInputs or its "
                                + "superclasses"),
                Arguments.of(
                        WrongInputType.class,
                        "@Complexity(inputs = \"textOfSize\") on InvalidComplexityTest"
                                + ".WrongInputType.run(List): textOfSize() returns String, which the test method's "
                                + "parameter of type List "
                                + "cannot take"),
                Arguments.of(
                        NoInput.class,
                        "@Complexity on InvalidComplexityTest.NoInput.run(Sink): needs a test method with "
                                + "one input parameter (and optionally a Sink): the size, or with inputs the input of "
                                + "that size"),
                Arguments.of(
                        TwoInputs.class,
                        "@Complexity on InvalidComplexityTest.TwoInputs.run(int, int): needs a test "
                                + "method with one input parameter (and optionally a Sink), found 2 parameters"),
                Arguments.of(
                        ListWithoutInputs.class,
                        "@Complexity on InvalidComplexityTest.ListWithoutInputs.run(List): "
                                + "needs inputs naming a method that makes the List of a size, or an int or long "
                                + "parameter that receives "
                                + "the size itself"),
                Arguments.of(
                        WithPerfTest.class,
                        "@Complexity on InvalidComplexityTest.WithPerfTest.run(int) cannot be "
                                + "combined with @PerfTest: it measures the test method at several sizes and judges "
                                + "the growth, with "
                                + "expect"));
    }

    @ParameterizedTest
    @MethodSource
    void rejects(Class<?> fixture, String message) {
        Throwable failure = Fixtures.failures(Fixtures.run(fixture, results)).get(0);
        assertInstanceOf(ExtensionConfigurationException.class, failure);
        assertEquals(message, failure.getMessage());
    }

    @Test
    void rejectsInvalidConfigurationParameters() {
        Throwable failure = Fixtures.failures(Fixtures.run(TwoSizes.class, results, "perfkit.complexity.rounds", "2"))
                .get(0);
        assertEquals(
                "Configuration parameter perfkit.complexity.rounds = '2': expected a whole number from 5 to 1000",
                failure.getMessage());
        failure = Fixtures.failures(Fixtures.run(TwoSizes.class, results, "perfkit.complexity.undecided", "warn"))
                .get(0);
        assertEquals(
                "Configuration parameter perfkit.complexity.undecided = 'warn': expected fail or skip",
                failure.getMessage());
    }

    static class TwoSizes {
        @Test
        @Complexity(sizes = {1000, 2000})
        void run(int n) {}
    }

    static class RepeatedSize {
        @Test
        @Complexity(sizes = {1000, 1000, 2000})
        void run(int n) {}
    }

    static class Descending {
        @Test
        @Complexity(sizes = {4000, 2000, 1000})
        void run(int n) {}
    }

    static class ZeroSize {
        @Test
        @Complexity(sizes = {0, 10, 20})
        void run(int n) {}
    }

    static class BadExpect {
        @Test
        @Complexity(
                sizes = {10, 20, 40},
                expect = "O(n*n)")
        void run(int n) {}
    }

    static class MissingInputs {
        @Test
        @Complexity(
                sizes = {10, 20, 40},
                inputs = "listOfSize")
        void run(List<Integer> ids) {}
    }

    static class WrongInputType {
        @Test
        @Complexity(
                sizes = {10, 20, 40},
                inputs = "textOfSize")
        void run(List<Integer> ids) {}

        static String textOfSize(int n) {
            return "x".repeat(n);
        }
    }

    static class NoInput {
        @Test
        @Complexity(sizes = {10, 20, 40})
        void run(Sink sink) {}
    }

    static class TwoInputs {
        @Test
        @Complexity(sizes = {10, 20, 40})
        void run(int n, int m) {}
    }

    static class ListWithoutInputs {
        @Test
        @Complexity(sizes = {10, 20, 40})
        void run(List<Integer> ids) {}
    }

    static class WithPerfTest {
        @Test
        @PerfTest
        @Complexity(sizes = {10, 20, 40})
        void run(int n) {}
    }
}
