package dev.perfkit.core.internal.memory;

import dev.perfkit.memory.AllocationResult;
import dev.perfkit.memory.AllocationScope;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Counts the bytes allocated while an operation runs, by reading an {@link AllocationCounter} before and after.
 *
 * <p>Thread-safe. Between the two readings nothing runs but the operation and a counted loop, so the only
 * allocation of the meter itself that could be counted is what the counter's own reading costs; that is measured
 * once at construction (with a no-op) and subtracted. On HotSpot it is 0.
 */
final class AllocationMeter {

    @SuppressWarnings("UnnecessaryLambda") // made once, so that a calibration run allocates nothing to link a lambda
    private static final Runnable NOOP = () -> {};

    @SuppressWarnings("UnnecessaryLambda") // made once, so that a calibration run allocates nothing to link a lambda
    private static final Supplier<Object> NULL_SUPPLIER = () -> null;

    private static final int CALIBRATION_RUNS = 5;
    private static final long MISSING = Long.MIN_VALUE;

    private final AllocationCounter counter;
    private final long runOverheadBytes;
    private final long keepOverheadBytes;

    @SuppressWarnings("unused") // written to publish each result, so the JIT must allocate it
    private volatile Object sink;

    AllocationMeter(AllocationCounter counter) {
        this.counter = counter;
        long run = Long.MAX_VALUE;
        long keep = Long.MAX_VALUE;
        for (int i = 0; i < CALIBRATION_RUNS; i++) {
            run = Math.min(run, Math.max(0, rawRun(NOOP, 1)));
            keep = Math.min(keep, Math.max(0, rawKeep(NULL_SUPPLIER, 1)));
        }
        this.runOverheadBytes = run;
        this.keepOverheadBytes = keep;
    }

    /** The calibrated bytes a measurement of a {@code Runnable} counts when the operation allocates nothing. */
    long runOverheadBytes() {
        return runOverheadBytes;
    }

    /** The calibrated bytes a measurement of a {@code Supplier} counts when the operation allocates nothing. */
    long keepOverheadBytes() {
        return keepOverheadBytes;
    }

    AllocationResult currentThread(Runnable op, long iterations) {
        return result(rawRun(op, iterations), runOverheadBytes, iterations);
    }

    AllocationResult currentThread(Supplier<?> op, long iterations) {
        return result(rawKeep(op, iterations), keepOverheadBytes, iterations);
    }

    private AllocationResult result(long raw, long overhead, long iterations) {
        if (raw == MISSING) {
            return AllocationResult.unsupported(
                    counter.reasonForMissing(Thread.currentThread()), iterations, AllocationScope.currentThread());
        }
        return AllocationResult.of(Math.max(0, raw - overhead), iterations, AllocationScope.currentThread());
    }

    /** The calling thread's allocation while {@code op} runs {@code iterations} times, or {@link #MISSING}. */
    private long rawRun(Runnable op, long iterations) {
        long before = counter.currentThreadBytes();
        for (long i = 0; i < iterations; i++) {
            op.run();
        }
        long after = counter.currentThreadBytes();
        return before < 0 || after < 0 ? MISSING : after - before;
    }

    private long rawKeep(Supplier<?> op, long iterations) {
        long before = counter.currentThreadBytes();
        for (long i = 0; i < iterations; i++) {
            sink = op.get();
        }
        long after = counter.currentThreadBytes();
        sink = null;
        return before < 0 || after < 0 ? MISSING : after - before;
    }

    AllocationResult scoped(AllocationScope scope, Runnable op, long iterations) {
        return switch (scope.kind()) {
            case CURRENT_THREAD -> currentThread(op, iterations);
            case ALL_THREADS -> allThreads(scope, op, iterations);
            default -> namedThreads(scope, op, iterations);
        };
    }

    private AllocationResult allThreads(AllocationScope scope, Runnable op, long iterations) {
        long before = counter.allThreadsBytes();
        runAll(op, iterations);
        long after = counter.allThreadsBytes();
        if (before < 0 || after < 0) {
            return AllocationResult.unsupported(counter.reasonForMissing(null), iterations, scope);
        }
        return AllocationResult.of(Math.max(0, after - before), iterations, scope);
    }

    private AllocationResult namedThreads(AllocationScope scope, Runnable op, long iterations) {
        List<Thread> threads = new ArrayList<>(scope.threads().size() + 1);
        threads.add(Thread.currentThread());
        for (Thread t : scope.threads()) {
            if (t != Thread.currentThread()) {
                threads.add(t);
            }
        }
        long[] before = new long[threads.size()];
        long[] after = new long[threads.size()];
        for (int i = 0; i < before.length; i++) {
            before[i] = counter.threadBytes(threads.get(i));
        }
        runAll(op, iterations);
        for (int i = 0; i < after.length; i++) {
            after[i] = counter.threadBytes(threads.get(i));
        }
        long total = 0;
        for (int i = 0; i < before.length; i++) {
            if (before[i] < 0 || after[i] < 0) {
                return AllocationResult.unsupported(counter.reasonForMissing(threads.get(i)), iterations, scope);
            }
            total += after[i] - before[i];
        }
        return AllocationResult.of(Math.max(0, total), iterations, scope);
    }

    private static void runAll(Runnable op, long iterations) {
        for (long i = 0; i < iterations; i++) {
            op.run();
        }
    }
}
