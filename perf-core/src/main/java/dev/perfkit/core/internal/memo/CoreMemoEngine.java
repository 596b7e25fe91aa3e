package dev.perfkit.core.internal.memo;

import dev.perfkit.memo.MemoBiFunction;
import dev.perfkit.memo.MemoConfig;
import dev.perfkit.memo.MemoFunction;
import dev.perfkit.memo.MemoSupplier;
import dev.perfkit.memo.RecursiveFunction;
import dev.perfkit.spi.MemoEngine;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/** The memoization engine of {@code dev.perfkit.core}, found by {@link java.util.ServiceLoader}. Stateless. */
public final class CoreMemoEngine implements MemoEngine {

    /** Called by {@link java.util.ServiceLoader}. */
    public CoreMemoEngine() {}

    @Override
    public <K, V> MemoFunction<K, V> function(MemoConfig config, Function<? super K, ? extends V> function) {
        return CellMemo.of(config, function);
    }

    @Override
    public <A, B, V> MemoBiFunction<A, B, V> biFunction(
            MemoConfig config, BiFunction<? super A, ? super B, ? extends V> function) {
        return new PairMemo<>(config, function);
    }

    @Override
    public <K, V> MemoFunction<K, V> recursive(MemoConfig config, RecursiveFunction<K, V> function) {
        return CellMemo.recursive(config, function);
    }

    @Override
    public <T> MemoSupplier<T> supplier(MemoConfig config, Supplier<? extends T> supplier) {
        return new LazyValue<>(config, supplier);
    }
}
