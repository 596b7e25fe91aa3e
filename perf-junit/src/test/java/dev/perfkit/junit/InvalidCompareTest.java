package dev.perfkit.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Invalid comparisons fail before anything runs, naming the test, the annotation, the attribute and the forms. */
class InvalidCompareTest {

    @TempDir
    Path results;

    static Stream<Arguments> rejects() {
        return Stream.of(
                Arguments.of(
                        BareFactor.class,
                        "@RelativeBudget(p50 = \"2x\") on InvalidCompareTest.BareFactor.run(): "
                                + "expected a positive factor and the word 'faster', such as '2x faster' or '1.5x "
                                + "faster', got '2x'"),
                Arguments.of(
                        WrongWord.class,
                        "@RelativeBudget(allocation = \"2x faster\") on InvalidCompareTest.WrongWord"
                                + ".run(): expected a positive factor and the word 'less', such as '2x less' or '1.5x "
                                + "less', got "
                                + "'2x faster'"),
                Arguments.of(
                        CpuFaster.class,
                        "@RelativeBudget(cpu = \"2x faster\") on InvalidCompareTest.CpuFaster"
                                + ".run(): expected a positive factor and the word 'less', such as '2x less' or '1.5x "
                                + "less', got "
                                + "'2x faster'"),
                Arguments.of(
                        EmptyBudget.class,
                        "@RelativeBudget on InvalidCompareTest.EmptyBudget.run(): sets no budget; "
                                + "give at least one attribute, such as p50 = \"2x faster\""),
                Arguments.of(
                        BudgetAlone.class,
                        "@RelativeBudget on InvalidCompareTest.BudgetAlone.run() needs @Compare to "
                                + "compare a baseline with a candidate"),
                Arguments.of(
                        NoCandidate.class,
                        "@Compare on InvalidCompareTest.NoCandidate.run(): needs exactly one method "
                                + "annotated @Candidate in NoCandidate, found none"),
                Arguments.of(
                        VoidBaseline.class,
                        "@Compare on InvalidCompareTest.VoidBaseline.run(): @Baseline "
                                + "InvalidCompareTest.VoidBaseline.slow() must return its result, so that baseline and "
                                + "candidate can be "
                                + "checked for equal results"),
                Arguments.of(
                        MissingInputs.class,
                        "@Compare(inputs = \"orders\") on InvalidCompareTest.MissingInputs.run(): "
                                + "no method orders() in MissingInputs or its superclasses"),
                Arguments.of(
                        InputWithoutInputs.class,
                        "2 problems in the annotations of InvalidCompareTest"
                                + ".InputWithoutInputs.run():\n  - @Compare on "
                                + "InvalidCompareTest.InputWithoutInputs.run(): @Baseline "
                                + "InvalidCompareTest.InputWithoutInputs.slow(int) must take no parameters (or set "
                                + "inputs to give it one "
                                + "input per call)\n  - @Compare on InvalidCompareTest.InputWithoutInputs.run(): "
                                + "@Candidate "
                                + "InvalidCompareTest.InputWithoutInputs.fast(int) must take no parameters (or set "
                                + "inputs to give it one "
                                + "input per call)"),
                Arguments.of(
                        InputsNotIterable.class,
                        "@Compare(inputs = \"count\") on InvalidCompareTest.InputsNotIterable"
                                + ".run(): count() must return an Iterable, a Stream or an array, not int"),
                Arguments.of(
                        GeneratorNotASource.class,
                        "@Compare(generated = \"generator\") on InvalidCompareTest"
                                + ".GeneratorNotASource.run(): generator() must return an Iterable, a Stream or an "
                                + "array, not Supplier"),
                Arguments.of(
                        InputsThrow.class,
                        "@Compare(inputs = \"orders\") on InvalidCompareTest.InputsThrow.run(): orders() threw "
                                + "java.lang.IllegalStateException: no orders file; the inputs must be produced "
                                + "without failing"),
                Arguments.of(
                        InputsThrowChecked.class,
                        "@Compare(inputs = \"orders\") on InvalidCompareTest.InputsThrowChecked.run(): orders() "
                                + "threw java.io.IOException: orders.csv; the inputs must be produced without failing"),
                Arguments.of(
                        GeneratedStreamThrows.class,
                        "@Compare(generated = \"failing\") on InvalidCompareTest.GeneratedStreamThrows.run(): "
                                + "failing() threw java.lang.IllegalStateException; the inputs must be produced "
                                + "without failing"),
                Arguments.of(
                        WithPerfTest.class,
                        "@Compare on InvalidCompareTest.WithPerfTest.run() cannot be combined with "
                                + "@PerfTest: a comparison measures its @Baseline and @Candidate methods, not the test "
                                + "method"));
    }

    @ParameterizedTest
    @MethodSource
    void rejects(Class<?> fixture, String message) {
        Throwable failure = Fixtures.failures(Fixtures.run(fixture, results)).get(0);
        assertInstanceOf(ExtensionConfigurationException.class, failure);
        assertEquals(message, failure.getMessage());
    }

    @Test
    void reportsEveryBadValueOfATestAtOnce() {
        Throwable failure = Fixtures.onlyFailure(Fixtures.run(ManyBadValues.class, results));
        assertInstanceOf(ExtensionConfigurationException.class, failure);
        assertEquals(
                "3 problems in the annotations of InvalidCompareTest.ManyBadValues.run():\n"
                        + "  - @Compare(inputs = \"orders\") on InvalidCompareTest.ManyBadValues.run(): no method "
                        + "orders() in "
                        + "ManyBadValues or its superclasses\n"
                        + "  - @RelativeBudget(p50 = \"2x\") on InvalidCompareTest.ManyBadValues.run(): expected a "
                        + "positive factor "
                        + "and the word 'faster', such as '2x faster' or '1.5x faster', got '2x'\n"
                        + "  - @Compare(forks = 21) on InvalidCompareTest.ManyBadValues.run(): expected 0 to 20 forks, "
                        + "or -1 for "
                        + "perfkit.forks",
                failure.getMessage());
    }

    @Test
    void rejectsInvalidConfigurationParameters() {
        Throwable failure = Fixtures.failures(
                        Fixtures.run(BareFactor.class, results, "perfkit.compare.maxRounds", "25"))
                .get(0);
        assertEquals(
                "Configuration parameter perfkit.compare.maxRounds = '25': expected a multiple of 10 from 20 to "
                        + "999999990",
                failure.getMessage());
    }

    @Test
    void theAcceptedFormsSayWhatAValueThatLooksRightLacks() {
        Throwable rounds = Fixtures.failures(
                        Fixtures.run(BareFactor.class, results, "perfkit.compare.maxRounds", "2147483640"))
                .get(0);
        assertEquals(
                "Configuration parameter perfkit.compare.maxRounds = '2147483640': expected a multiple of 10 from 20 "
                        + "to 999999990",
                rounds.getMessage());
        Throwable alpha = Fixtures.failures(Fixtures.run(BareFactor.class, results, "perfkit.compare.alpha", "1e-300"))
                .get(0);
        assertEquals(
                "Configuration parameter perfkit.compare.alpha = '1e-300': expected a decimal number greater than 0 "
                        + "and less than 1, in digits (e.g. '0.05'; no exponent)",
                alpha.getMessage());
    }

    /** A valid pair of methods, returning equal results. */
    abstract static class Pair {
        @Baseline
        static int slow() {
            return 1;
        }

        @Candidate
        static int fast() {
            return 1;
        }
    }

    static class BareFactor extends Pair {
        @Test
        @Compare
        @RelativeBudget(p50 = "2x")
        void run() {}
    }

    static class WrongWord extends Pair {
        @Test
        @Compare
        @RelativeBudget(allocation = "2x faster")
        void run() {}
    }

    static class CpuFaster extends Pair {
        @Test
        @Compare
        @RelativeBudget(cpu = "2x faster")
        void run() {}
    }

    static class EmptyBudget extends Pair {
        @Test
        @Compare
        @RelativeBudget
        void run() {}
    }

    static class BudgetAlone extends Pair {
        @Test
        @RelativeBudget(p50 = "2x faster")
        void run() {}
    }

    static class NoCandidate {
        @Test
        @Compare
        void run() {}

        @Baseline
        static int slow() {
            return 1;
        }
    }

    static class VoidBaseline {
        @Test
        @Compare
        void run() {}

        @Baseline
        static void slow() {}

        @Candidate
        static int fast() {
            return 1;
        }
    }

    static class ManyBadValues extends Pair {
        @Test
        @Compare(inputs = "orders", forks = 21)
        @RelativeBudget(p50 = "2x")
        void run() {}
    }

    static class MissingInputs extends Pair {
        @Test
        @Compare(inputs = "orders")
        void run() {}
    }

    static class InputWithoutInputs {
        @Test
        @Compare
        void run() {}

        @Baseline
        static int slow(int n) {
            return n;
        }

        @Candidate
        static int fast(int n) {
            return n;
        }
    }

    static class InputsNotIterable {
        @Test
        @Compare(inputs = "count")
        void run() {}

        static int count() {
            return 3;
        }

        @Baseline
        static int slow(int n) {
            return n;
        }

        @Candidate
        static int fast(int n) {
            return n;
        }
    }

    static class InputsThrow extends InputsNotIterable {
        @Test
        @Compare(inputs = "orders")
        @Override
        void run() {}

        @SuppressWarnings("DoNotCallSuggester") // the inputs method that throws is the fixture's point
        static List<Integer> orders() {
            throw new IllegalStateException("no orders file");
        }
    }

    static class InputsThrowChecked extends InputsNotIterable {
        @Test
        @Compare(inputs = "orders")
        @Override
        void run() {}

        @SuppressWarnings("DoNotCallSuggester") // the inputs method that throws is the fixture's point
        static List<Integer> orders() throws IOException {
            throw new IOException("orders.csv");
        }
    }

    /** The method returns, but the stream fails while it is read. */
    static class GeneratedStreamThrows extends GeneratorNotASource {
        @Test
        @Compare(inputs = "counts", generated = "failing")
        @Override
        void run() {}

        static Stream<Integer> failing() {
            return Stream.of(1, 2, 3).map(n -> {
                if (n == 2) {
                    throw new IllegalStateException();
                }
                return n;
            });
        }
    }

    /** A generator itself is not a source of inputs; Stream.generate(generator).limit(n) is. */
    static class GeneratorNotASource extends InputsNotIterable {
        @Test
        @Compare(inputs = "counts", generated = "generator")
        @Override
        void run() {}

        static int[] counts() {
            return new int[] {3};
        }

        static Supplier<Integer> generator() {
            SplittableRandom random = new SplittableRandom(7);
            return () -> random.nextInt(100);
        }
    }

    static class WithPerfTest extends Pair {
        @Test
        @Compare
        @PerfTest
        void run() {}
    }
}
