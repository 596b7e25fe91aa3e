package dev.perfkit.core.internal.memory;

import dev.perfkit.memory.LeakOptions;
import dev.perfkit.memory.LeakReport;
import dev.perfkit.memory.RetainedResult;
import java.lang.ref.Reference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Retained-heap and leak measurements over a {@link Settler}. Thread-safe: the heap is shared by the whole JVM, so
 * measurements run one at a time under a JVM-wide lock (reentrant, so an operation may itself measure, though the
 * outer figures then include the inner collections' effects).
 */
final class HeapMeter {

    private static final ReentrantLock LOCK = new ReentrantLock();
    /**
     * Readings taken once before the first measurement. The gauges call into JMX by reflection, which on JDK 17
     * generates an accessor class (retained heap) after 15 calls; priming past that keeps it out of the figures.
     */
    static final int PRIMING_READINGS = 16;

    private final Settler settler;
    private boolean primed;

    HeapMeter(Settler settler) {
        this.settler = settler;
    }

    RetainedResult retained(Supplier<?> op) {
        LOCK.lock();
        try {
            prime();
            long before = settler.settledBytes();
            Object result = op.get();
            long after;
            try {
                after = before < 0 ? -1 : settler.settledBytes();
            } finally {
                Reference.reachabilityFence(result);
            }
            if (after < 0) {
                return RetainedResult.unsupported(settler.whyNot());
            }
            return RetainedResult.of(before, after, settler.source());
        } finally {
            LOCK.unlock();
        }
    }

    LeakReport leak(Runnable op, LeakOptions options) {
        int points = options.rounds() + 1;
        long[] settled = new long[points];
        double[] x = new double[points];
        double[] y = new double[points];
        LOCK.lock();
        try {
            prime();
            for (int r = 0; r < options.warmupRounds(); r++) {
                runRound(op, options.opsPerRound());
            }
            boolean supported = true;
            for (int p = 0; p < points; p++) {
                if (p > 0) {
                    runRound(op, options.opsPerRound());
                }
                settled[p] = supported ? settler.settledBytes() : -1;
                supported = settled[p] >= 0;
            }
            if (!supported) {
                return LeakReport.unsupported(settler.whyNot(), options);
            }
            for (int p = 0; p < points; p++) {
                x[p] = (double) p * options.opsPerRound();
                y[p] = settled[p];
            }
            return LeakReport.of(options, settled, LeastSquares.fit(x, y), settler.source());
        } finally {
            LOCK.unlock();
        }
    }

    /** Reads before the first measurement, so that what reading the heap loads (classes, MBeans) is not counted. */
    private void prime() {
        if (!primed) {
            settler.prime(PRIMING_READINGS);
            primed = true;
        }
    }

    private static void runRound(Runnable op, long ops) {
        for (long i = 0; i < ops; i++) {
            op.run();
        }
    }
}
