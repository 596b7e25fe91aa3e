package dev.perfkit.jdbc.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/** Runs a body on several threads released together, for the stress tests. */
public final class Threads {

    private Threads() {}

    /** Runs {@code body} on {@code n} threads released together, and rethrows the first failure. */
    public static void run(int n, Body body) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            int index = t;
            Thread thread = new Thread(
                    () -> {
                        try {
                            start.await();
                            body.run(index);
                        } catch (Throwable e) {
                            failure.compareAndSet(null, e);
                        }
                    },
                    "worker-" + t);
            threads.add(thread);
            thread.start();
        }
        start.countDown();
        for (Thread t : threads) {
            t.join();
        }
        if (failure.get() != null) {
            throw new AssertionError("a worker thread failed", failure.get());
        }
    }

    /** One thread's work. */
    @FunctionalInterface
    public interface Body {
        /** Runs on thread {@code thread}, 0 to n - 1. */
        void run(int thread) throws Exception;
    }
}
