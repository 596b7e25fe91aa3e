package dev.perfkit.memo;

import java.util.function.Function;

/**
 * A function that receives its own memo as {@code self}, for memoized recursion:
 *
 * <pre>{@code
 * MemoFunction<Integer, Long> fib = Memo.recursive((self, n) -> n < 2 ? n : self.apply(n - 1) + self.apply(n - 2));
 * fib.apply(90);   // 2880067194370816120, each n computed once
 * }</pre>
 *
 * <p>How deep recursion is handled: the memo counts the computations in progress on the calling thread. Up to
 * {@link Memo#INLINE_DEPTH} of them nest on the stack as plain calls. One level deeper, {@code self.apply} does not
 * recurse further: it unwinds the stack with an internal {@link Error} back to the outermost call, which computes
 * that deeper key first and then starts the abandoned computations again (a trampoline). So a memoized DP whose
 * dependency chains are 100,000 long runs on a default thread stack. Consequences for the function:
 * <ul>
 *   <li>It may be started more than once for the same key before that key's result is cached (never after), so it
 *       must be free of side effects, as every memoized function should be.</li>
 *   <li>It must let {@link Error}s thrown by {@code self.apply} pass. (If it catches one anyway, the memo notices and
 *       unwinds regardless, and caches nothing for that call.)</li>
 * </ul>
 *
 * <p>A key whose computation needs itself, directly or through other keys, on this thread or through other threads
 * waiting for each other, gets a {@link MemoCycleException}.
 *
 * @param <K> the argument (key) type
 * @param <V> the result type
 */
@FunctionalInterface
public interface RecursiveFunction<K, V> {

    /**
     * Computes the result for {@code key}, calling {@code self.apply} for the results it depends on.
     *
     * @param self the memo itself, for the results {@code key} depends on
     * @param key the argument
     * @return the result for {@code key}
     */
    V apply(Function<K, V> self, K key);
}
