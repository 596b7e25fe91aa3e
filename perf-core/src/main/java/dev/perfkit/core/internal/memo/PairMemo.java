package dev.perfkit.core.internal.memo;

import dev.perfkit.memo.MemoBiFunction;
import dev.perfkit.memo.MemoConfig;
import dev.perfkit.memo.MemoStats;
import java.util.function.BiFunction;

/**
 * A two-argument memo: a {@link CellMemo} keyed by the {@link ArgPair} of the arguments. Thread-safe.
 *
 * @param <A> the first argument type
 * @param <B> the second argument type
 * @param <V> the result type
 */
final class PairMemo<A, B, V> implements MemoBiFunction<A, B, V> {

    private final CellMemo<ArgPair, V> memo;

    @SuppressWarnings("unchecked")
    PairMemo(MemoConfig config, BiFunction<? super A, ? super B, ? extends V> function) {
        this.memo = CellMemo.of(config, (ArgPair p) -> function.apply((A) p.first, (B) p.second));
    }

    @Override
    public V apply(A a, B b) {
        return memo.apply(new ArgPair(a, b));
    }

    @Override
    public MemoStats stats() {
        return memo.stats();
    }

    @Override
    public void invalidate(A a, B b) {
        memo.invalidate(new ArgPair(a, b));
    }

    @Override
    public void invalidateAll() {
        memo.invalidateAll();
    }

    @Override
    public long estimatedSize() {
        return memo.estimatedSize();
    }

    @Override
    public String toString() {
        return "MemoBiFunction[" + memo.name() + ", " + estimatedSize() + " cached]";
    }
}
