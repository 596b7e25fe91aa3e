package dev.perfkit.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.perfkit.memory.MemoryProbe;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/** A faster wrong answer fails before anything is measured; allocation budgets with the real memory probe. */
class CompareCorrectnessTest {

    @TempDir
    Path results;

    @Test
    void failsOnADifferentResultNamingTheInputAndMeasuresNothing() {
        WrongOnOneInput.CALLS.set(0);
        Throwable failure = Fixtures.failures(CompareVerdictTest.run(WrongOnOneInput.class, results))
                .get(0);
        assertInstanceOf(AssertionFailedError.class, failure);
        assertEquals("""
        CompareCorrectnessTest.WrongOnOneInput.dedup(): the candidate CompareCorrectnessTest.WrongOnOneInput\
        .lastWins(List) returned a different result than the baseline CompareCorrectnessTest.WrongOnOneInput\
        .firstWins(List) for input 2 of 3 from lists():
          input:     [3, 1, 3]
          baseline:  [3, 1]
          candidate: [1, 3]
        A faster wrong answer is a failure; nothing was measured.""", failure.getMessage());
        assertEquals(4, WrongOnOneInput.CALLS.get(), "two inputs checked on both sides, nothing measured");
    }

    @Test
    void checksGeneratedInputsToo() {
        String message = Fixtures.onlyFailureMessage(CompareVerdictTest.run(WrongOnGeneratedInputs.class, results));
        assertTrue(
                message.matches("(?s)CompareCorrectnessTest.WrongOnGeneratedInputs.dedup\\(\\): the candidate .*"
                        + " for generated input \\d+ of 500 from generated\\(\\):\n  input: .*"),
                message);
    }

    @Test
    void namesTheSideThatThrows() {
        String message = Fixtures.onlyFailureMessage(CompareVerdictTest.run(CandidateThrows.class, results));
        assertEquals(
                "CompareCorrectnessTest.CandidateThrows.run(): the candidate CompareCorrectnessTest"
                        + ".CandidateThrows.fast() threw java.lang.IllegalStateException: not yet",
                message);
    }

    @Test
    void passesAnAllocationBudgetMeasuredByTheMemoryProbe() {
        assumeTrue(MemoryProbe.create().allocation(() -> {}, 1).isSupported(), "allocation is not measurable here");
        var r = Fixtures.run(
                AllocatesAQuarter.class, results, "perfkit.compare.warmup", "0ns", "perfkit.compare.round", "20us");
        r.testEvents().assertStatistics(s -> s.succeeded(1).failed(0));
        assertTrue(
                Fixtures.entries(r)
                        .get("perf.compare.allocation")
                        .matches("4\\.0\\dKiB -> 1\\.0\\dKiB: 7\\d% less; 3\\.\\d\\dx \\[.*; budget: at least 2x less: "
                                + "\\*\\*PASS\\*\\*"),
                Fixtures.entries(r).get("perf.compare.allocation"));
    }

    static List<Integer> firstWins(List<Integer> list) {
        return new ArrayList<>(new LinkedHashSet<>(list));
    }

    static List<Integer> lastWins(List<Integer> list) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (!list.subList(i + 1, list.size()).contains(list.get(i))) {
                out.add(list.get(i));
            }
        }
        return out;
    }

    static class WrongOnOneInput {
        static final AtomicInteger CALLS = new AtomicInteger();

        @Test
        @Compare(inputs = "lists")
        void dedup() {}

        static Stream<List<Integer>> lists() {
            return Stream.of(List.of(1, 2), List.of(3, 1, 3), List.of(5));
        }

        @Baseline
        List<Integer> firstWins(List<Integer> list) {
            CALLS.incrementAndGet();
            return CompareCorrectnessTest.firstWins(list);
        }

        @Candidate
        List<Integer> lastWins(List<Integer> list) {
            CALLS.incrementAndGet();
            return CompareCorrectnessTest.lastWins(list);
        }
    }

    static class WrongOnGeneratedInputs {
        @Test
        @Compare(inputs = "measured", generated = "generated")
        void dedup() {}

        static List<List<Integer>> measured() {
            return List.of(List.of(1, 2, 3));
        }

        /** 500 lists of up to 6 values from 0 to 3, from a seeded generator: any Stream, Iterable or array will do. */
        static Stream<List<Integer>> generated() {
            SplittableRandom random = new SplittableRandom(7);
            return Stream.generate(
                            () -> random.ints(random.nextInt(7), 0, 4).boxed().toList())
                    .limit(500);
        }

        @Baseline
        static List<Integer> firstWins(List<Integer> list) {
            return CompareCorrectnessTest.firstWins(list);
        }

        @Candidate
        static List<Integer> lastWins(List<Integer> list) {
            return CompareCorrectnessTest.lastWins(list);
        }
    }

    static class CandidateThrows {
        @Test
        @Compare
        void run() {}

        @Baseline
        static String slow() {
            return "done";
        }

        @Candidate
        @SuppressWarnings("DoNotCallSuggester") // the candidate that throws is the fixture's point
        static String fast() {
            throw new IllegalStateException("not yet");
        }
    }

    static class AllocatesAQuarter {
        static volatile byte[] kept;

        @Test
        @Compare
        @RelativeBudget(allocation = "2x less")
        void run() {}

        @Baseline
        static int large() {
            kept = new byte[4096];
            ScriptedTicker.advance(1000);
            return 1;
        }

        @Candidate
        static int small() {
            kept = new byte[1024];
            ScriptedTicker.advance(1000);
            return 1;
        }
    }
}
