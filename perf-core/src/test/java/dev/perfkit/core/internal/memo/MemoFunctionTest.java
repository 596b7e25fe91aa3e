package dev.perfkit.core.internal.memo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfkit.core.internal.ScriptedTicker;
import dev.perfkit.memo.Memo;
import dev.perfkit.memo.MemoBiFunction;
import dev.perfkit.memo.MemoFunction;
import dev.perfkit.memo.MemoStats;
import dev.perfkit.memo.MemoSupplier;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The traps of the raw tools, one test each, and the basic contract of every memo form. */
class MemoFunctionTest {

    @Test
    void nullResultsAreCachedAndNullKeysWork() {
        AtomicInteger calls = new AtomicInteger();
        MemoFunction<String, String> f = Memo.function(s -> {
            calls.incrementAndGet();
            return s == null ? "was null" : null;
        });
        assertNull(f.apply("a"));
        assertNull(f.apply("a"));
        assertEquals("was null", f.apply(null));
        assertEquals("was null", f.apply(null));
        assertEquals(2, calls.get());
    }

    @Test
    void exceptionsAreNotCachedByDefault() {
        AtomicInteger calls = new AtomicInteger();
        MemoFunction<Integer, Integer> f = Memo.function(x -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("flaky");
            }
            return x;
        });
        assertEquals(
                "flaky",
                assertThrows(IllegalStateException.class, () -> f.apply(1)).getMessage());
        assertEquals(1, f.apply(1));
        assertEquals(1, f.apply(1));
        assertEquals(2, calls.get());
    }

    @Test
    void cachedExceptionsAreRethrownAsTheSameInstance() {
        AtomicInteger calls = new AtomicInteger();
        MemoFunction<Integer, Integer> f = Memo.builder().cacheExceptions(true).function(x -> {
            calls.incrementAndGet();
            throw new IllegalArgumentException("bad " + x);
        });
        RuntimeException first = assertThrows(IllegalArgumentException.class, () -> f.apply(1));
        assertSame(first, assertThrows(IllegalArgumentException.class, () -> f.apply(1)));
        assertEquals(1, calls.get());
    }

    @Test
    void errorsAreNeverCached() {
        AtomicInteger calls = new AtomicInteger();
        MemoFunction<Integer, Integer> f = Memo.builder().cacheExceptions(true).function(x -> {
            calls.incrementAndGet();
            throw new AssertionError("boom");
        });
        assertThrows(AssertionError.class, () -> f.apply(1));
        assertThrows(AssertionError.class, () -> f.apply(1));
        assertEquals(2, calls.get());
    }

    @Test
    void arrayKeysAreRejectedWithWhatToDoInstead() {
        MemoFunction<int[], Integer> f = Memo.builder().name("sum").function(a -> a.length);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> f.apply(new int[] {1, 2}));
        assertEquals(
                "memo 'sum': a key of type int[] cannot be memoized: arrays compare by identity, so an equal array "
                        + "passed later would never hit and every call would compute again. Use a key with value "
                        + "equality instead: a List (List.of(...), or IntStream.of(array).boxed().toList() for an "
                        + "int[]), a record, or a String",
                e.getMessage());
        MemoBiFunction<String, Object, Integer> g = Memo.biFunction((a, b) -> 1);
        assertThrows(IllegalArgumentException.class, () -> g.apply("x", new String[0]));
        MemoFunction<List<Integer>, Integer> ok = Memo.function(List::size);
        assertEquals(2, ok.apply(List.of(1, 2)));
    }

    @Test
    void biFunctionKeysByBothArgumentsIncludingNulls() {
        AtomicInteger calls = new AtomicInteger();
        MemoBiFunction<String, Integer, String> f = Memo.builder()
                .recordStats()
                .ticker(new ScriptedTicker())
                .biFunction((s, n) -> {
                    calls.incrementAndGet();
                    return s + n;
                });
        assertEquals("a1", f.apply("a", 1));
        assertEquals("a1", f.apply("a", 1));
        assertEquals("a2", f.apply("a", 2));
        assertEquals("null1", f.apply(null, 1));
        assertEquals("nullnull", f.apply(null, null));
        assertEquals("nullnull", f.apply(null, null));
        assertEquals(4, calls.get());
        assertEquals(MemoStats.of(2, 4, 4, 0, 0, 0), f.stats());
        f.invalidate("a", 1);
        assertEquals("a1", f.apply("a", 1));
        assertEquals(5, calls.get());
        assertEquals(4, f.estimatedSize());
    }

    @Test
    void statsCountHitsMissesLoadsAndFailures() {
        ScriptedTicker ticker = new ScriptedTicker();
        MemoFunction<Integer, Integer> f = Memo.builder()
                .recordStats()
                .ticker(ticker)
                .function(x -> {
                    ticker.advance(java.time.Duration.ofNanos(100));
                    if (x < 0) {
                        throw new IllegalArgumentException();
                    }
                    return x;
                });
        f.apply(1);
        f.apply(1);
        f.apply(2);
        assertThrows(IllegalArgumentException.class, () -> f.apply(-1));
        MemoStats s = f.stats();
        assertEquals(MemoStats.of(1, 3, 2, 1, 300, 0), s);
        assertEquals(0.25, s.hitRate());
    }

    @Test
    void invalidateForgets() {
        AtomicInteger calls = new AtomicInteger();
        MemoFunction<Integer, Integer> f = Memo.function(x -> calls.incrementAndGet());
        assertEquals(1, f.apply(7));
        f.invalidate(7);
        assertEquals(2, f.apply(7));
        f.invalidateAll();
        assertEquals(0, f.estimatedSize());
        assertEquals(3, f.apply(7));
    }

    @Test
    void lazyValueComputesOnceCachesNullAndRetriesExceptions() {
        AtomicInteger calls = new AtomicInteger();
        MemoSupplier<String> nothing = Memo.lazy(() -> {
            calls.incrementAndGet();
            return null;
        });
        assertNull(nothing.get());
        assertNull(nothing.get());
        assertEquals(1, calls.get());

        AtomicInteger tries = new AtomicInteger();
        MemoSupplier<Integer> flaky = Memo.builder()
                .recordStats()
                .ticker(new ScriptedTicker())
                .supplier(() -> {
                    if (tries.incrementAndGet() == 1) {
                        throw new IllegalStateException("not yet");
                    }
                    return 42;
                });
        assertThrows(IllegalStateException.class, flaky::get);
        assertEquals(42, flaky.get());
        assertEquals(42, flaky.get());
        assertEquals(MemoStats.of(1, 2, 1, 1, 0, 0), flaky.stats());
        flaky.invalidate();
        assertEquals(42, flaky.get());
        assertEquals(3, tries.get());
    }

    @Test
    void lazyValueCanCacheItsException() {
        AtomicInteger calls = new AtomicInteger();
        MemoSupplier<Integer> s = Memo.builder().cacheExceptions(true).supplier(() -> {
            calls.incrementAndGet();
            throw new IllegalStateException("once");
        });
        RuntimeException e = assertThrows(IllegalStateException.class, s::get);
        assertSame(e, assertThrows(IllegalStateException.class, s::get));
        assertEquals(1, calls.get());
        assertTrue(s.toString().contains("cached"));
    }
}
