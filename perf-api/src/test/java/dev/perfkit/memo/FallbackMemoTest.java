package dev.perfkit.memo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfkit.internal.FallbackMemoEngine;
import dev.perfkit.internal.MemoEngines;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Memos without perf-core: perf-api's tests run without it on the class path, so every memo here is the fallback's.
 * Waits are bounded by generous timeouts that only turn a hang into a failure; nothing here depends on speed.
 */
class FallbackMemoTest {

    private static final long TIMEOUT_SECONDS = 60;

    @Test
    void theFallbackIsTheEngineWithoutPerfCore() {
        assertInstanceOf(FallbackMemoEngine.class, MemoEngines.engine());
        assertTrue(Memo.function(x -> x).toString().contains("fallback"));
    }

    @Test
    void computesEachKeyOnceAndCachesNullKeysAndResults() {
        AtomicInteger calls = new AtomicInteger();
        MemoFunction<String, Integer> length = Memo.function(s -> {
            calls.incrementAndGet();
            return s == null || s.isEmpty() ? null : s.length();
        });
        assertEquals(3, length.apply("abc"));
        assertEquals(3, length.apply(new String("abc")));
        assertNull(length.apply(""));
        assertNull(length.apply(""));
        assertNull(length.apply(null));
        assertNull(length.apply(null));
        assertEquals(3, calls.get());
        assertEquals(3, length.estimatedSize());
        length.invalidate("abc");
        assertEquals(3, length.apply("abc"));
        assertEquals(4, calls.get());
        length.invalidateAll();
        assertEquals(0, length.estimatedSize());
    }

    @Test
    void exceptionsAreRetriedUnlessCachedAndErrorsNeverCached() {
        AtomicInteger calls = new AtomicInteger();
        MemoFunction<Integer, Integer> retried = Memo.function(n -> {
            throw new IllegalArgumentException("call " + calls.incrementAndGet());
        });
        assertEquals(
                "call 1",
                assertThrows(IllegalArgumentException.class, () -> retried.apply(1))
                        .getMessage());
        assertEquals(
                "call 2",
                assertThrows(IllegalArgumentException.class, () -> retried.apply(1))
                        .getMessage());

        MemoFunction<Integer, Integer> cached = Memo.builder()
                .cacheExceptions(true)
                .function(n -> {
                    throw new IllegalArgumentException("call " + calls.incrementAndGet());
                });
        IllegalArgumentException first = assertThrows(IllegalArgumentException.class, () -> cached.apply(1));
        assertSame(first, assertThrows(IllegalArgumentException.class, () -> cached.apply(1)));

        AtomicInteger errors = new AtomicInteger();
        MemoFunction<Integer, Integer> error = Memo.builder()
                .cacheExceptions(true)
                .function(n -> {
                    throw new AssertionError("error " + errors.incrementAndGet());
                });
        assertEquals(
                "error 1",
                assertThrows(AssertionError.class, () -> error.apply(1)).getMessage());
        assertEquals(
                "error 2",
                assertThrows(AssertionError.class, () -> error.apply(1)).getMessage());
    }

    @Test
    void arrayKeysAreRejectedWithAMessage() {
        MemoFunction<Object, Object> memo = Memo.builder().name("m").function(x -> x);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> memo.apply(new int[] {1}));
        assertTrue(e.getMessage().startsWith("memo 'm': a key of type int[] cannot be memoized"), e.getMessage());
        MemoBiFunction<Object, Object, Object> pair = Memo.biFunction((a, b) -> a);
        assertThrows(IllegalArgumentException.class, () -> pair.apply("a", new String[] {"b"}));
    }

    @Test
    void twoArgumentMemosKeyOnTheArgumentPair() {
        AtomicInteger calls = new AtomicInteger();
        MemoBiFunction<String, Integer, String> repeat = Memo.biFunction((s, n) -> {
            calls.incrementAndGet();
            return s == null ? null : s.repeat(n);
        });
        assertEquals("abab", repeat.apply("ab", 2));
        assertEquals("abab", repeat.apply("ab", 2));
        assertEquals("ababab", repeat.apply("ab", 3));
        assertNull(repeat.apply(null, 3));
        assertNull(repeat.apply(null, 3));
        assertEquals(3, calls.get());
        repeat.invalidate("ab", 2);
        repeat.apply("ab", 2);
        assertEquals(4, calls.get());
        assertEquals(MemoStats.empty(), repeat.stats());
    }

    @Test
    void recursionComputesEachKeyOnceAndFindsCycles() {
        AtomicInteger calls = new AtomicInteger();
        MemoFunction<Integer, Long> fib = Memo.recursive((self, n) -> {
            calls.incrementAndGet();
            return n < 2 ? n : self.apply(n - 1) + self.apply(n - 2);
        });
        assertEquals(2_880_067_194_370_816_120L, fib.apply(90));
        assertEquals(91, calls.get());

        MemoFunction<Integer, Integer> loop =
                Memo.builder().name("loop").recursive((self, n) -> n == 0 ? self.apply(2) : self.apply(n - 1));
        MemoCycleException e = assertThrows(MemoCycleException.class, () -> loop.apply(2));
        assertTrue(
                e.getMessage().startsWith("memo 'loop': computing key 2 needs key 2 itself (on this thread)"),
                e.getMessage());
        assertEquals(0, loop.estimatedSize()); // nothing cached, nothing left in flight
    }

    @Test
    void lazyValuesAreComputedOnceNullIncluded() {
        AtomicInteger calls = new AtomicInteger();
        MemoSupplier<String> none = Memo.lazy(() -> {
            calls.incrementAndGet();
            return null;
        });
        assertNull(none.get());
        assertNull(none.get());
        assertEquals(1, calls.get());
        none.invalidate();
        assertNull(none.get());
        assertEquals(2, calls.get());

        AtomicReference<MemoSupplier<String>> self = new AtomicReference<>();
        self.set(Memo.builder().name("config").supplier(() -> self.get().get()));
        assertEquals(
                "memo 'config': computing its value needs its value itself (on this thread); a memoized function "
                        + "must not depend on its own result",
                assertThrows(MemoCycleException.class, () -> self.get().get()).getMessage());
    }

    @Test
    @SuppressWarnings("ThreadPriorityCheck") // polls thread states; yielding lets the callers reach their wait
    void concurrentCallersShareOneComputation() throws Exception {
        int callers = 8;
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        MemoFunction<String, Object> memo = Memo.function(key -> {
            calls.incrementAndGet();
            entered.countDown();
            await(release);
            return new Object();
        });
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Thread> threads = new ArrayList<>();
            List<Future<Object>> results = new ArrayList<>();
            CountDownLatch started = new CountDownLatch(callers);
            for (int i = 0; i < callers; i++) {
                results.add(pool.submit(() -> {
                    synchronized (threads) {
                        threads.add(Thread.currentThread());
                    }
                    started.countDown();
                    return memo.apply("hot");
                }));
            }
            await(started);
            await(entered);
            // every caller but the computing one is parked, waiting for the computation
            for (long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS); ; Thread.yield()) {
                long parked;
                synchronized (threads) {
                    parked = threads.stream()
                            .filter(t -> t.getState() == Thread.State.WAITING)
                            .count();
                }
                if (parked == callers - 1) {
                    break;
                }
                assertTrue(System.nanoTime() < deadline, "callers never all waited: " + parked);
            }
            release.countDown();
            Object first = results.get(0).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            for (Future<Object> r : results) {
                assertSame(first, r.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
            }
            assertEquals(1, calls.get());
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void twoThreadsNeedingEachOthersKeyGetACycleNotADeadlock() throws Exception {
        CountDownLatch aStarted = new CountDownLatch(1);
        CountDownLatch bStarted = new CountDownLatch(1);
        AtomicReference<MemoFunction<String, String>> memo = new AtomicReference<>();
        memo.set(Memo.builder().name("pair").function(key -> {
            (key.equals("a") ? aStarted : bStarted).countDown();
            await(key.equals("a") ? bStarted : aStarted); // both computations are in flight before either asks
            return memo.get().apply(key.equals("a") ? "b" : "a");
        }));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<String> a = pool.submit(() -> memo.get().apply("a"));
            Future<String> b = pool.submit(() -> memo.get().apply("b"));
            for (Future<String> f : List.of(a, b)) {
                ExecutionException e =
                        assertThrows(ExecutionException.class, () -> f.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
                assertInstanceOf(MemoCycleException.class, e.getCause());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void ignoredOptionsAreSaidOnceAndTheMemoStillWorks() {
        List<String> warnings = new ArrayList<>();
        FallbackMemoEngine engine = new FallbackMemoEngine(new RecordingLogger(warnings));
        MemoConfig bounded = Memo.builder()
                .name("prices")
                .maximumSize(1)
                .expireAfterWrite(Duration.ofNanos(1))
                .recordStats()
                .config(true);
        MemoFunction<Integer, Integer> square = engine.function(bounded, n -> n * n);
        engine.function(bounded, n -> n);
        engine.supplier(Memo.builder().recordStats().config(false), () -> 1);
        engine.function(Memo.builder().config(true), n -> n);
        assertEquals(
                List.of("WARNING perfkit: memo 'prices' asks for a size bound, expiry, statistics, but without "
                        + "dev.perfkit:perf-core on the class path memos are simple unbounded maps: size and weight"
                        + " bounds, expiry and statistics are ignored (said once)"),
                warnings);
        for (int i = 0; i < 5; i++) {
            assertEquals(i * i, square.apply(i));
        }
        assertEquals(5, square.estimatedSize()); // the bound of 1 is ignored
        assertEquals(MemoStats.empty(), square.stats());
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(TIMEOUT_SECONDS, TimeUnit.SECONDS), "timed out");
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    /** Keeps "LEVEL message" of every record. */
    private static final class RecordingLogger implements System.Logger {
        private final List<String> records;

        RecordingLogger(List<String> records) {
            this.records = records;
        }

        @Override
        public String getName() {
            return "test";
        }

        @Override
        public boolean isLoggable(Level level) {
            return true;
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
            records.add(level + " " + msg);
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String format, Object... params) {
            records.add(level + " " + format);
        }
    }
}
