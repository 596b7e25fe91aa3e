package dev.perfkit.core.internal.memo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfkit.memo.Memo;
import dev.perfkit.memo.MemoCycleException;
import dev.perfkit.memo.MemoFunction;
import dev.perfkit.memo.MemoStats;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Memoized recursion: no "Recursive update", deep chains on a small stack, cycles reported. */
class RecursionTest {

    private static final long MOD = 1_000_000_007L;

    @Test
    void theRawMapFailsWhereTheMemoWorks() {
        ConcurrentHashMap<Integer, Long> map = new ConcurrentHashMap<>();
        AtomicReference<Function<Integer, Long>> raw = new AtomicReference<>();
        raw.set(n -> n < 2
                ? (long) n
                : map.computeIfAbsent(n, k -> raw.get().apply(k - 1) + raw.get().apply(k - 2)));
        assertThrows(IllegalStateException.class, () -> raw.get().apply(30)); // "Recursive update"

        MemoFunction<Integer, Long> fib =
                Memo.recursive((self, n) -> n < 2 ? n : self.apply(n - 1) + self.apply(n - 2));
        assertEquals(2_880_067_194_370_816_120L, fib.apply(90));
    }

    @Test
    void fibComputesEachKeyOnce() {
        AtomicInteger started = new AtomicInteger();
        AtomicInteger completed = new AtomicInteger();
        MemoFunction<Integer, Long> fib = Memo.builder().recordStats().recursive((self, n) -> {
            started.incrementAndGet();
            long r = n < 2 ? n : self.apply(n - 1) + self.apply(n - 2);
            completed.incrementAndGet();
            return r;
        });
        assertEquals(2_880_067_194_370_816_120L, fib.apply(90));
        assertEquals(91, completed.get());
        // 90 levels > INLINE_DEPTH: the keys above the trampoline's cut were started once more, never completed twice
        assertTrue(started.get() <= 2 * 91, "started " + started.get());
        MemoStats s = fib.stats();
        assertEquals(91, s.loadSuccessCount());
        assertEquals(0, s.loadFailureCount());
    }

    @Test
    void deepRecursionCountsOneMissPerLoadNotPerRestart() {
        MemoFunction<Integer, Long> fib =
                Memo.builder().recordStats().recursive((self, n) -> n < 2 ? n : self.apply(n - 1) + self.apply(n - 2));
        assertEquals(2_880_067_194_370_816_120L, fib.apply(90));
        MemoStats s = fib.stats();
        assertEquals(91, s.loadSuccessCount());
        assertEquals(91, s.missCount()); // keys 0..90, each missed once, although keys 27..90 were started twice
        // a memo without a trampoline counts 88 hits (self.apply(n - 2) for n >= 3); the computation of key 27,
        // restarted
        // after the driver computed key 26 for it, asks for key 26 again and finds it
        assertEquals(89, s.hitCount());

        assertEquals(2_880_067_194_370_816_120L, fib.apply(90));
        assertEquals(90, fib.stats().hitCount());
        assertEquals(91, fib.stats().missCount());
    }

    @Test
    void everyRestartAddsOneHitAndNoMiss() {
        MemoFunction<Integer, Long> fib =
                Memo.builder().recordStats().recursive((self, n) -> n < 2 ? n : self.apply(n - 1) + self.apply(n - 2));
        fib.apply(200); // restarts at keys 136, 72 and 8: one per INLINE_DEPTH (64) levels
        MemoStats s = fib.stats();
        assertEquals(201, s.loadSuccessCount());
        assertEquals(201, s.missCount());
        assertEquals(198 + 3, s.hitCount());
    }

    @Test
    void shallowRecursionStartsEachKeyOnce() {
        AtomicInteger started = new AtomicInteger();
        MemoFunction<Integer, Long> fib = Memo.builder().recordStats().recursive((self, n) -> {
            started.incrementAndGet();
            return n < 2 ? n : self.apply(n - 1) + self.apply(n - 2);
        });
        assertEquals(12_586_269_025L, fib.apply(50));
        assertEquals(51, started.get());
        MemoStats s = fib.stats();
        assertEquals(51, s.missCount());
        assertEquals(48, s.hitCount()); // for n >= 3, self.apply(n - 2) finds what self.apply(n - 1) computed
    }

    @Test
    void aPlainFunctionMayCallItsOwnMemo() {
        AtomicReference<MemoFunction<Integer, Long>> ref = new AtomicReference<>();
        ref.set(Memo.function(
                n -> n < 2 ? (long) n : ref.get().apply(n - 1) + ref.get().apply(n - 2)));
        assertEquals(2_880_067_194_370_816_120L, ref.get().apply(90));
    }

    @Test
    void dynamicProgrammingOver100kStatesRunsOnASmallStack() throws Exception {
        int n = 100_000;
        long[] expected = new long[n + 1];
        expected[0] = 1;
        for (int i = 1; i <= n; i++) {
            expected[i] = (expected[i - 1] + expected[i / 2] + i) % MOD;
        }
        MemoFunction<Integer, Long> dp = Memo.builder()
                .recordStats()
                .recursive((self, i) -> i == 0 ? 1L : (self.apply(i - 1) + self.apply(i / 2) + i) % MOD);
        AtomicReference<Object> result = new AtomicReference<>();
        Thread t = new Thread(
                null,
                () -> {
                    try {
                        result.set(dp.apply(n));
                    } catch (Throwable e) {
                        result.set(e);
                    }
                },
                "small-stack",
                384 * 1024); // cold (interpreted) it needs about 224 KiB; 384 leaves a margin
        t.start();
        t.join();
        assertEquals(expected[n], result.get());
        MemoStats s = dp.stats();
        assertEquals(n + 1, s.loadSuccessCount());
        assertEquals(n + 1, dp.estimatedSize());
        assertEquals(expected[n / 3], dp.apply(n / 3));
    }

    @Test
    void deepChainsSurviveATinySizeBound() {
        MemoFunction<Integer, Integer> chain =
                Memo.builder().maximumSize(4).recursive((self, i) -> i == 0 ? 0 : self.apply(i - 1) + 1);
        assertEquals(5_000, chain.apply(5_000));
    }

    @Test
    void aKeyThatNeedsItselfIsACycleNotAHang() {
        MemoFunction<Integer, Integer> direct = Memo.builder().name("direct").recursive((self, i) -> self.apply(i));
        MemoCycleException e = assertThrows(MemoCycleException.class, () -> direct.apply(7));
        assertEquals(
                "memo 'direct': computing key 7 needs key 7 itself (on this thread); a memoized function must not "
                        + "depend on its own result",
                e.getMessage());

        MemoFunction<Integer, Integer> indirect = Memo.recursive((self, i) -> self.apply((i + 1) % 3));
        assertThrows(MemoCycleException.class, () -> indirect.apply(0));
        assertEquals(0, indirect.estimatedSize(), "nothing of a failed cycle is cached");

        MemoFunction<Integer, Integer> longCycle =
                Memo.builder().name("long").recursive((self, i) -> self.apply((i + 1) % 1_000));
        MemoCycleException deep = assertThrows(MemoCycleException.class, () -> longCycle.apply(0));
        assertTrue(
                deep.getMessage().contains("through a chain deeper than " + Memo.INLINE_DEPTH + " calls"),
                deep.getMessage());
    }

    @Test
    void catchingTheTrampolineErrorDoesNotCorruptResults() {
        MemoFunction<Integer, Integer> sloppy = Memo.recursive((self, i) -> {
            if (i == 0) {
                return 0;
            }
            try {
                return self.apply(i - 1) + 1;
            } catch (Throwable swallowed) {
                return -1; // wrong, and never cached: the memo unwinds regardless
            }
        });
        assertEquals(2_000, sloppy.apply(2_000));
        assertEquals(1_000, sloppy.apply(1_000));
    }

    @Test
    void failuresDeepInsideRecursionPropagateAndAreNotCached() {
        AtomicInteger failures = new AtomicInteger();
        MemoFunction<Integer, Integer> f = Memo.recursive((self, i) -> {
            if (i == 500 && failures.incrementAndGet() == 1) {
                throw new IllegalStateException("transient");
            }
            return i == 0 ? 0 : self.apply(i - 1) + 1;
        });
        assertThrows(IllegalStateException.class, () -> f.apply(1_000));
        assertEquals(1_000, f.apply(1_000));
    }
}
