package dev.perfkit.examples;

import dev.perfkit.PerfRegistry;
import dev.perfkit.memo.Memo;
import dev.perfkit.memo.MemoFunction;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntToLongFunction;

/**
 * Sample 04: memoize a recursive function in one line, and see what the cache does.
 *
 * <p>The naive way caches results in a {@code ConcurrentHashMap} with {@code computeIfAbsent}. It works until the
 * function calls itself, as dynamic programming does: the map then throws {@code IllegalStateException: Recursive
 * update} (Caffeine's {@code get(key, function)} too), and a {@code null} result would not be cached at all. The
 * right way is {@link Memo#recursive}: the function gets its memo as {@code self}, each key is computed once even
 * with many threads asking, chains 50,000 calls deep run on an ordinary stack, and with {@code recordStats} the
 * hits, misses and load times appear in the registry report beside the timers.
 *
 * <p>Run: {@code mvn -q -DskipTests -pl perf-examples -am package
 * exec:java -Dexec.mainClass=dev.perfkit.examples.Sample04_MemoizeAHotFunction}
 */
public final class Sample04_MemoizeAHotFunction {

    private static final long MOD = 1_000_000_007L;
    private static final int N = 50_000;

    private Sample04_MemoizeAHotFunction() {}

    /**
     * Runs the sample.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        // The naive way: a map and computeIfAbsent.
        Map<Integer, Long> cache = new ConcurrentHashMap<>();
        IntToLongFunction[] naive = new IntToLongFunction[1];
        naive[0] = n -> n < 3
                ? n
                : cache.computeIfAbsent(
                        n,
                        k -> (naive[0].applyAsLong(k - 1) + naive[0].applyAsLong(k - 2) + naive[0].applyAsLong(k - 3))
                                % MOD);
        try {
            long t40 = naive[0].applyAsLong(40);
            System.out.println("naive: no exception this time: " + t40);
        } catch (IllegalStateException e) {
            System.out.println("naive: " + e);
        }

        // The right way: a recursive memo that reports what it does.
        try (PerfRegistry registry = PerfRegistry.create()) {
            MemoFunction<Integer, Long> tribonacci = Memo.builder()
                    .recordStats(registry, "tribonacci")
                    .recursive(
                            (self, n) -> n < 3 ? n : (self.apply(n - 1) + self.apply(n - 2) + self.apply(n - 3)) % MOD);
            System.out.println("memo: tribonacci(" + N + ") mod 1e9+7 = " + tribonacci.apply(N));
            System.out.println("memo: " + tribonacci.stats());
            System.out.print(registry.report());
        }
    }
}
