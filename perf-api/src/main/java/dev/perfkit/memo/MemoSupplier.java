package dev.perfkit.memo;

import java.util.function.Supplier;

/**
 * A lazy value: computed on the first {@link #get()}, then returned from a field. Build one with {@link Memo#lazy}
 * or {@link MemoBuilder#supplier}.
 *
 * <p>Thread-safe. The value is computed once however many threads ask at the same time (the others wait for it);
 * {@code null} is cached; an exception is not cached unless the supplier was built with
 * {@link MemoBuilder#cacheExceptions(boolean) cacheExceptions(true)}, so the next {@code get()} retries. With
 * {@link MemoBuilder#expireAfterWrite} the value expires that long after its computation <em>completed</em>.
 *
 * <p>Without expiry and statistics a hit is one volatile read and one type check, and allocates nothing.
 *
 * @param <T> the value type
 */
public interface MemoSupplier<T> extends Supplier<T> {

    /**
     * Returns the value, computing it first if it is not cached (or has expired).
     *
     * @throws MemoCycleException if computing the value needs the value itself
     */
    @Override
    T get();

    /** {@return the statistics so far; all zero unless the supplier was built with {@code recordStats}} */
    MemoStats stats();

    /** Drops the cached value (or exception) so that the next {@link #get()} computes again. */
    void invalidate();
}
