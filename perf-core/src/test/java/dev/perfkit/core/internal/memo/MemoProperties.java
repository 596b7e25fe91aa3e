package dev.perfkit.core.internal.memo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfkit.core.internal.ScriptedTicker;
import dev.perfkit.memo.Memo;
import dev.perfkit.memo.MemoBuilder;
import dev.perfkit.memo.MemoFunction;
import dev.perfkit.memo.MemoStats;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.WithNull;

/**
 * The memo against its reference model, the plain function: for generated functions (tables with null results and
 * keys that throw) and generated call sequences (null keys included), with and without a size bound.
 */
class MemoProperties {

  @Property(tries = 300)
  void memoReturnsExactlyWhatThePlainFunctionReturns(
      @ForAll Map<@IntRange(min = -3, max = 12) Integer, @WithNull(0.3) Integer> table,
      @ForAll @WithNull(0.5) Integer resultForNull,
      @ForAll Set<@IntRange(min = -3, max = 12) Integer> throwing,
      @ForAll @Size(max = 60) List<@WithNull(0.1) @IntRange(min = -3, max = 12) Integer> calls,
      @ForAll @IntRange(min = -1, max = 4) int maximumSize) {
    Map<Integer, Integer> invocations = new HashMap<>();
    Function<Integer, Integer> plain = x -> {
      if (x != null && throwing.contains(x)) {
        throw new IllegalArgumentException("throws for " + x);
      }
      return x == null ? resultForNull : table.get(x);
    };
    MemoBuilder<Object, Object> builder = Memo.builder().recordStats().ticker(new ScriptedTicker());
    if (maximumSize >= 0) {
      builder.maximumSize(maximumSize);
    }
    MemoFunction<Integer, Integer> memo = builder.function(x -> {
      invocations.merge(Objects.requireNonNullElse(x, Integer.MIN_VALUE), 1, Integer::sum);
      return plain.apply(x);
    });

    for (Integer x : calls) {
      int invokedBefore = invocations.values().stream().mapToInt(Integer::intValue).sum();
      MemoStats before = memo.stats();
      assertEquals(outcome(plain, x), outcome(memo, x));
      MemoStats delta = memo.stats().minus(before);
      int invoked = invocations.values().stream().mapToInt(Integer::intValue).sum() - invokedBefore;
      assertEquals(1, delta.requestCount());
      if (delta.hitCount() == 1) {
        assertEquals(0, invoked, "a hit must not call the function");
      } else {
        assertEquals(1, invoked, "a miss calls the function once");
      }
    }
    if (maximumSize < 0) { // nothing evicted: each key that does not throw is computed at most once
      invocations.forEach((key, n) -> assertTrue(n == 1 || throwing.contains(key), key + " computed " + n + " times"));
    }
  }

  @Property(tries = 100)
  void recursiveMemoMatchesTheIterativeComputation(@ForAll @IntRange(min = 0, max = 3_000) int n,
      @ForAll @IntRange(min = 1, max = 5) int step) {
    long[] expected = new long[n + 1];
    for (int i = 0; i <= n; i++) {
      expected[i] = i < step ? i : (expected[i - 1] * 31 + expected[i - step]) % 1_000_003;
    }
    MemoFunction<Integer, Long> f = Memo.recursive(
        (self, i) -> i < step ? (long) i : (self.apply(i - 1) * 31 + self.apply(i - step)) % 1_000_003);
    assertEquals(expected[n], f.apply(n));
  }

  private static Object outcome(Function<Integer, Integer> f, Integer x) {
    try {
      return f.apply(x);
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }
}
