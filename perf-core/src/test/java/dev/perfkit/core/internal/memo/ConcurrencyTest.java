package dev.perfkit.core.internal.memo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.perfkit.memo.Memo;
import dev.perfkit.memo.MemoBuilder;
import dev.perfkit.memo.MemoCycleException;
import dev.perfkit.memo.MemoFunction;
import dev.perfkit.memo.MemoStats;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Eight threads on hot keys. The {@code get} timeouts only turn a deadlock into a failure; no assertion depends on
 * how fast this machine is.
 */
class ConcurrencyTest {

    private static final int THREADS = 8;
    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

    @AfterEach
    void shutdown() {
        pool.shutdownNow();
    }

    @Test
    void recursiveHotKeysComputeOnceAndStatsAddUp() throws Exception {
        int keys = 60; // below INLINE_DEPTH, so no computation is ever restarted
        AtomicIntegerArray computed = new AtomicIntegerArray(keys + 1);
        AtomicLong selfCalls = new AtomicLong();
        MemoFunction<Integer, Long> fib = Memo.builder().recordStats().recursive((self, n) -> {
            computed.incrementAndGet(n);
            if (n < 2) {
                return (long) n;
            }
            selfCalls.addAndGet(2);
            return self.apply(n - 1) + self.apply(n - 2);
        });
        long[] expected = new long[keys + 1];
        expected[1] = 1;
        for (int i = 2; i <= keys; i++) {
            expected[i] = expected[i - 1] + expected[i - 2];
        }
        int callsPerThread = 20_000;
        CyclicBarrier start = new CyclicBarrier(THREADS);
        runAll(seed -> {
            SplittableRandom random = new SplittableRandom(seed);
            start.await();
            for (int i = 0; i < callsPerThread; i++) {
                int n = random.nextInt(keys + 1);
                assertEquals(expected[n], fib.apply(n));
            }
            return null;
        });
        for (int n = 0; n <= keys; n++) {
            assertEquals(1, computed.get(n), "computations of key " + n);
        }
        MemoStats s = fib.stats();
        assertEquals(keys + 1, s.loadSuccessCount());
        assertEquals((long) THREADS * callsPerThread + selfCalls.get(), s.requestCount());
        assertEquals(s.requestCount(), s.hitCount() + s.missCount());
    }

    @Test
    void deepRecursionFromEightThreadsAtOnce() throws Exception {
        int n = 20_000;
        AtomicIntegerArray completed = new AtomicIntegerArray(n + 1);
        MemoFunction<Integer, Long> dp = Memo.builder().recordStats().recursive((self, i) -> {
            long r = i == 0 ? 1L : (self.apply(i - 1) + self.apply(i / 2) + i) % 1_000_000_007L;
            completed.incrementAndGet(i);
            return r;
        });
        long[] expected = new long[n + 1];
        expected[0] = 1;
        for (int i = 1; i <= n; i++) {
            expected[i] = (expected[i - 1] + expected[i / 2] + i) % 1_000_000_007L;
        }
        CyclicBarrier start = new CyclicBarrier(THREADS);
        runAll(seed -> {
            start.await();
            int from = n - (int) seed * 997; // different but overlapping chains
            for (int i = from; i <= n; i += 1_000) {
                assertEquals(expected[i], dp.apply(i));
            }
            return null;
        });
        for (int i = 0; i <= n; i++) {
            assertEquals(1, completed.get(i), "completed computations of key " + i);
        }
        assertEquals(n + 1, dp.stats().loadSuccessCount());
    }

    @Test
    void waitersShareOneComputationAndItsException() throws Exception {
        for (boolean fail : new boolean[] {false, true}) {
            RuntimeException failure = new IllegalStateException("shared failure");
            AtomicIntegerArray calls = new AtomicIntegerArray(1);
            AtomicReference<MemoFunction<String, Object>> holder = new AtomicReference<>();
            holder.set(Memo.builder().recordStats().function(key -> {
                calls.incrementAndGet(0);
                while (holder.get().stats().missCount()
                        < THREADS) { // every caller has missed and is waiting for this cell
                    Thread.onSpinWait();
                }
                if (fail) {
                    throw failure;
                }
                return new Object();
            }));
            List<Object> results = runAll(seed -> {
                try {
                    return holder.get().apply("hot");
                } catch (RuntimeException e) {
                    return e;
                }
            });
            assertEquals(1, calls.get(0));
            for (Object r : results) {
                assertSame(results.get(0), r);
            }
            if (fail) {
                assertSame(failure, results.get(0));
            }
        }
    }

    @Test
    void twoThreadsNeedingEachOthersKeysGetACycleExceptionNotADeadlock() throws Exception {
        CountDownLatch bothInside = new CountDownLatch(2);
        AtomicReference<MemoFunction<Integer, Integer>> holder = new AtomicReference<>();
        holder.set(Memo.function(k -> {
            bothInside.countDown();
            awaitUninterruptibly(bothInside);
            return holder.get().apply(3 - k); // 1 needs 2, 2 needs 1
        }));
        Future<Object> a = pool.submit(() -> catching(() -> holder.get().apply(1)));
        Future<Object> b = pool.submit(() -> catching(() -> holder.get().apply(2)));
        assertInstanceOf(MemoCycleException.class, a.get(60, TimeUnit.SECONDS));
        assertInstanceOf(MemoCycleException.class, b.get(60, TimeUnit.SECONDS));
        assertEquals(0, holder.get().estimatedSize());
    }

    /** Unbounded (two maps: results apart from cells) and bounded (one Caffeine map) memos publish differently. */
    private static List<MemoBuilder<Object, Object>> bothKinds() {
        return List.of(
                Memo.builder().name("unbounded"), Memo.builder().name("bounded").maximumSize(1_000));
    }

    @Test
    void aResultComputedAcrossAnInvalidationIsReturnedButNotCached() throws Exception {
        for (MemoBuilder<Object, Object> builder : bothKinds()) {
            for (boolean all : new boolean[] {false, true}) {
                AtomicInteger calls = new AtomicInteger();
                CountDownLatch entered = new CountDownLatch(1);
                CountDownLatch release = new CountDownLatch(1);
                MemoFunction<String, Integer> memo = builder.function(key -> {
                    if (calls.incrementAndGet() == 1) {
                        entered.countDown();
                        awaitUninterruptibly(release);
                    }
                    return key.length();
                });
                Future<Integer> first = pool.submit(() -> memo.apply("abc"));
                awaitUninterruptibly(entered);
                if (all) {
                    memo.invalidateAll();
                } else {
                    memo.invalidate("abc");
                }
                release.countDown();
                assertEquals(3, first.get(120, TimeUnit.SECONDS));
                assertEquals(3, memo.apply("abc"));
                assertEquals(
                        2, calls.get(), memo + " all=" + all + ": the first result was cached after the invalidation");
                assertEquals(3, memo.apply("abc"));
                assertEquals(2, calls.get(), memo + " all=" + all + ": the second result was not cached");
            }
        }
    }

    @Test
    void invalidationsRacingWithLookupsNeverLoseOrCorruptAKey() throws Exception {
        int keys = 16;
        for (MemoBuilder<Object, Object> builder : bothKinds()) {
            AtomicInteger calls = new AtomicInteger();
            MemoFunction<Integer, Object> memo = builder.function(k -> {
                calls.incrementAndGet();
                return k == 0 ? null : (Object) (k * k);
            });
            runAll(seed -> {
                SplittableRandom random = new SplittableRandom(seed);
                for (int i = 0; i < 50_000; i++) {
                    int k = random.nextInt(keys);
                    int action = random.nextInt(100);
                    if (action == 0) {
                        memo.invalidateAll();
                    } else if (action < 10) {
                        memo.invalidate(k);
                    } else {
                        assertEquals(k == 0 ? null : k * k, memo.apply(k));
                    }
                }
                return null;
            });
            // quiet now: every key computes at most once more, then hits; nothing is left in flight
            for (int k = 0; k < keys; k++) {
                assertEquals(k == 0 ? null : k * k, memo.apply(k));
            }
            int computed = calls.get();
            for (int k = 0; k < keys; k++) {
                assertEquals(k == 0 ? null : k * k, memo.apply(k));
            }
            assertEquals(computed, calls.get(), memo + ": a quiet memo computed again");
            assertEquals(keys, memo.estimatedSize(), memo.toString());
        }
    }

    private List<Object> runAll(ThrowingTask task) throws Exception {
        List<Future<Object>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            long seed = t;
            futures.add(pool.submit(() -> task.run(seed)));
        }
        List<Object> results = new ArrayList<>();
        for (Future<Object> f : futures) {
            results.add(f.get(120, TimeUnit.SECONDS)); // a TimeoutException here means a deadlock
        }
        return results;
    }

    private static Object catching(Callable<Object> body) {
        try {
            return body.call();
        } catch (Exception e) {
            return e;
        }
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @FunctionalInterface
    private interface ThrowingTask {
        Object run(long seed) throws Exception;
    }
}
