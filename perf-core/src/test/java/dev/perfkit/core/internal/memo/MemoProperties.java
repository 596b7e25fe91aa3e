package dev.perfkit.core.internal.memo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.perfkit.core.internal.ScriptedTicker;
import dev.perfkit.memo.Memo;
import dev.perfkit.memo.MemoBuilder;
import dev.perfkit.memo.MemoFunction;
import dev.perfkit.memo.MemoStats;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The memo against its reference model, the plain function: for generated functions (tables with null results and
 * keys that throw) and generated call sequences (null keys included), with and without a size bound.
 */
class MemoProperties {

    /** The keys the generated functions know: -3 to 12. */
    private static final int LOWEST_KEY = -3;

    private static final int KEYS = 16;

    /** One generated case: a function (its table, its result for null, the keys it throws for), calls and a bound. */
    record Case(
            Map<Integer, Integer> table,
            Integer resultForNull,
            Set<Integer> throwing,
            List<Integer> calls,
            int maximumSize) {}

    /** {@code values}, or null in about {@code percentNull} percent of the cases. */
    private static Gen<Integer> withNull(Gen<Integer> values, int percentNull) {
        return values.toOptionals(percentNull).map(value -> value.orElse(null));
    }

    private static Gen<Case> cases() {
        Gen<Integer> key = integers().between(LOWEST_KEY, LOWEST_KEY + KEYS - 1);
        // each key maps to an int or to null (in half the cases: the function answers a key that is absent or that maps
        // to null alike)
        Gen<Map<Integer, Integer>> table = lists().of(withNull(integers().all(), 50))
                .ofSize(KEYS)
                .map(results -> {
                    Map<Integer, Integer> map = new HashMap<>();
                    for (int i = 0; i < KEYS; i++) {
                        map.put(LOWEST_KEY + i, results.get(i));
                    }
                    return map;
                });
        Gen<Set<Integer>> throwing = lists().of(key).ofSizeBetween(0, KEYS).map(keys -> new HashSet<>(keys));
        Gen<List<Integer>> calls = lists().of(withNull(key, 10)).ofSizeBetween(0, 60);
        return table.zip(
                withNull(integers().all(), 50), throwing, calls, integers().between(-1, 4), Case::new);
    }

    @Test
    void memoReturnsExactlyWhatThePlainFunctionReturns() {
        qt().withExamples(300)
                .forAll(cases())
                .checkAssert(MemoProperties::memoReturnsExactlyWhatThePlainFunctionReturns);
    }

    private static void memoReturnsExactlyWhatThePlainFunctionReturns(Case c) {
        Map<Integer, Integer> table = c.table();
        Integer resultForNull = c.resultForNull();
        Set<Integer> throwing = c.throwing();
        List<Integer> calls = c.calls();
        int maximumSize = c.maximumSize();
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
            int invokedBefore =
                    invocations.values().stream().mapToInt(Integer::intValue).sum();
            MemoStats before = memo.stats();
            assertEquals(outcome(plain, x), outcome(memo, x));
            MemoStats delta = memo.stats().minus(before);
            int invoked =
                    invocations.values().stream().mapToInt(Integer::intValue).sum() - invokedBefore;
            assertEquals(1, delta.requestCount());
            if (delta.hitCount() == 1) {
                assertEquals(0, invoked, "a hit must not call the function");
            } else {
                assertEquals(1, invoked, "a miss calls the function once");
            }
        }
        if (maximumSize < 0) { // nothing evicted: each key that does not throw is computed at most once
            invocations.forEach(
                    (key, n) -> assertTrue(n == 1 || throwing.contains(key), key + " computed " + n + " times"));
        }
    }

    @Test
    void recursiveMemoMatchesTheIterativeComputation() {
        qt().withExamples(100)
                .forAll(integers().between(0, 3_000), integers().between(1, 5))
                .checkAssert(MemoProperties::recursiveMemoMatchesTheIterativeComputation);
    }

    private static void recursiveMemoMatchesTheIterativeComputation(int n, int step) {
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
