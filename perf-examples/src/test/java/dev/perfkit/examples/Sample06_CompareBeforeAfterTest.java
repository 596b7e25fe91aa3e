package dev.perfkit.examples;

import dev.perfkit.junit.Baseline;
import dev.perfkit.junit.Candidate;
import dev.perfkit.junit.Compare;
import dev.perfkit.junit.RelativeBudget;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A before/after comparison: the old implementation against the new one, measured side by side, with a relative
 * budget and the Performance Optimization Report.
 *
 * <p>The naive way is an absolute budget ("dedup takes at most 2 ms"): on a shared CI machine it flakes, because the
 * machine's speed changes from run to run. {@link Compare} runs baseline and candidate in interleaved rounds in the
 * same JVM, so a slow machine slows both alike, and {@link RelativeBudget} asks for a factor with a confidence
 * interval: it passes only when the whole interval is at least 2x faster. Before measuring, both must return equal
 * results on the measured inputs and on 200 generated ones (a faster wrong answer fails).
 *
 * <p>The budget is generous on purpose: on 2000 elements the hash-based dedup is far more than 2x faster. The report
 * lands in {@code target/perf-results/} ({@code ...dedup.compare.md}, {@code .json} and the run's
 * {@code comparisons.md}). Run: {@code mvn -pl perf-examples -am verify -Dtest=Sample06_CompareBeforeAfterTest
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class Sample06_CompareBeforeAfterTest {

    @Test
    @Compare(
            bottleneck = "Dedup scans the output list for every element: O(n^2) comparisons.",
            change = "Remember the elements seen in a HashSet: O(n).",
            inputs = "orderIds",
            generated = "randomIds")
    @RelativeBudget(p50 = "2x faster")
    void dedup() {}

    static List<List<Integer>> orderIds() {
        SplittableRandom random = new SplittableRandom(42);
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            ids.add(random.nextInt(1_000));
        }
        return List.of(ids);
    }

    /**
     * Only checked for equal results: 200 lists of up to 30 ids from 0 to 20, many repeated. Any generator will do (a
     * property-testing library's, or a seeded {@code SplittableRandom} as here, which gives the same lists every run);
     * the method returns a {@code Stream}, an {@code Iterable} or an array.
     */
    static Stream<List<Integer>> randomIds() {
        SplittableRandom random = new SplittableRandom(7);
        return Stream.generate(
                        () -> random.ints(random.nextInt(31), 0, 21).boxed().toList())
                .limit(200);
    }

    @Baseline
    static List<Integer> scanList(List<Integer> ids) {
        List<Integer> out = new ArrayList<>();
        for (Integer id : ids) {
            if (!out.contains(id)) {
                out.add(id);
            }
        }
        return out;
    }

    @Candidate
    static List<Integer> hashSet(List<Integer> ids) {
        Set<Integer> seen = new HashSet<>();
        List<Integer> out = new ArrayList<>();
        for (Integer id : ids) {
            if (seen.add(id)) {
                out.add(id);
            }
        }
        return out;
    }
}
