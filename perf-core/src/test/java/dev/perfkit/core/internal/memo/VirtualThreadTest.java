package dev.perfkit.core.internal.memo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.perfkit.memo.Memo;
import dev.perfkit.memo.MemoFunction;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;

/**
 * A thousand virtual threads on one hot key, the computation itself on a virtual thread that keeps yielding until all
 * of them wait. The scheduler has as many carriers as cores (two here): if waiting pinned a carrier, as blocking on a
 * monitor does on JDK 21 to 23, the waiters would hold every carrier and the computation could never finish. It does,
 * once. Runs on JDK 21+; the code is compiled for 17, so virtual threads are reached by reflection.
 */
@EnabledForJreRange(min = JRE.JAVA_21)
class VirtualThreadTest {

    private static final int CALLERS = 1_000;

    @Test
    @SuppressWarnings("ThreadPriorityCheck") // the computing virtual thread yields so that the callers can mount
    void waitersUnmountAndShareOneComputation() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        AtomicReference<MemoFunction<String, Integer>> memo = new AtomicReference<>();
        memo.set(Memo.builder().recordStats().function(key -> {
            calls.incrementAndGet();
            while (memo.get().stats().missCount() < CALLERS) { // until every caller waits for this computation
                Thread.yield();
            }
            return 42;
        }));
        ExecutorService virtual = (ExecutorService)
                Executors.class.getMethod("newVirtualThreadPerTaskExecutor").invoke(null);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < CALLERS; i++) {
                results.add(virtual.submit(() -> memo.get().apply("hot")));
            }
            for (Future<Integer> r : results) {
                assertEquals(42, r.get(120, TimeUnit.SECONDS)); // the timeout only turns a hang into a failure
            }
        } finally {
            virtual.shutdownNow();
        }
        assertEquals(1, calls.get());
        assertEquals(CALLERS, memo.get().stats().missCount());
    }
}
