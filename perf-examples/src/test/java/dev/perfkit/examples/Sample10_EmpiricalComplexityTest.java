package dev.perfkit.examples;

import dev.perfkit.junit.Complexity;
import dev.perfkit.junit.Sink;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Empirical complexity: how the time of a call grows with the size of its input, fitted to O(1), O(log n), O(n),
 * O(n log n), O(n^2) and O(n^3), and checked against the class the code is meant to have.
 *
 * <p>The naive way times the code at two sizes, one after the other, and reads the ratio: the first size runs on cold
 * code and a heap still growing, the second on warm code, a fixed overhead per call flattens the ratio, and noise in
 * either time moves it; "4x for 2x the data" can be O(n^2), or O(n) measured badly. {@link Complexity} warms every
 * size up until it and the JVM are steady, measures the sizes interleaved in rounds (the order rotating, so that drift
 * hits all sizes alike), fits every class with a fixed overhead allowed, and says "undecided" when two classes fit
 * about equally, rather than guess. Here the list-scanning dedup grows as O(n^2) and the HashSet dedup as O(n); the
 * build would fail if the HashSet version ever grew faster than O(n). Each call takes the next of 16 inputs of its
 * size: the same input every call lets the branch predictor learn it at small sizes.
 *
 * <p>Each test prints one line ({@code best fit O(n) (R² 0.999, ...), runner-up ..., expected O(n) -- passed}) and
 * writes {@code target/perf-results/...complexity.json} with every size's times and the fitted curves. On a loaded
 * machine a fit can be undecided; {@code junit-platform.properties} here skips such a test instead of failing it
 * ({@code perfkit.complexity.undecided=skip}). Run: {@code mvn -pl perf-examples -am verify
 * -Dtest=Sample10_EmpiricalComplexityTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class Sample10_EmpiricalComplexityTest {

  private int next;

  @Test
  @Complexity(sizes = {250, 500, 1_000, 2_000, 4_000}, inputs = "orderIdLists", expect = "O(n^2)")
  void scanListDedup(List<List<Integer>> lists, Sink sink) {
    sink.consume(Sample06_CompareBeforeAfterTest.scanList(lists.get(next++ & 15))); // the dedups of Sample06
  }

  @Test
  @Complexity(sizes = {250, 500, 1_000, 2_000, 4_000}, inputs = "orderIdLists", expect = "O(n)")
  void hashSetDedup(List<List<Integer>> lists, Sink sink) {
    sink.consume(Sample06_CompareBeforeAfterTest.hashSet(lists.get(next++ & 15)));
  }

  /**
   * 16 lists of {@code n} order ids drawn from {@code 0..n-1} (about 63 % distinct); each call takes the next. One
   * list dedup'ed again and again would let the CPU's branch predictor learn it at small sizes, which then run
   * unrealistically fast and make the growth look steeper than it is.
   */
  static List<List<Integer>> orderIdLists(int n) {
    SplittableRandom random = new SplittableRandom(42);
    List<List<Integer>> lists = new ArrayList<>();
    for (int l = 0; l < 16; l++) {
      List<Integer> ids = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        ids.add(random.nextInt(n));
      }
      lists.add(ids);
    }
    return lists;
  }
}
