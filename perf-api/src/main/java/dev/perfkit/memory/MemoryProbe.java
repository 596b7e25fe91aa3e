package dev.perfkit.memory;

import dev.perfkit.internal.MemoryProbes;
import java.util.function.Supplier;

/**
 * Measures memory: the bytes an operation allocates, the bytes it leaves reachable, and whether repeating it leaks.
 *
 * <p>Thread-safe. Allocation measurements of different threads do not disturb each other. Heap measurements
 * ({@link #retained} and {@link #leak}) look at the whole heap, so the core probe runs them one at a time; other
 * threads that allocate live objects meanwhile show up in their results.
 *
 * <p>Every method runs its operation as asked, also when the answer is "unsupported", so callers see the same side
 * effects either way. Exceptions thrown by the operation propagate unchanged. Invalid arguments (a null operation,
 * a count below 1) throw {@link NullPointerException} or {@link IllegalArgumentException} with a message naming the
 * argument, before the operation runs.
 *
 * <pre>{@code
 * MemoryProbe probe = MemoryProbe.create();
 * probe.allocation(() -> parser.parse(text), 1_000);          // warm up: class loading, lazy init
 * AllocationResult r = probe.allocation(() -> parser.parse(text), 10_000);
 * System.out.println(r);                                     // "1.02 KiB/op (10.0 MiB over 10000 ops, current thread)"
 * }</pre>
 */
public interface MemoryProbe {

    /**
     * Returns the probe of the memory engine on the class or module path ({@code dev.perfkit:perf-core}), found with
     * {@link java.util.ServiceLoader}; without one, a probe whose every answer is unsupported, with the reason.
     *
     * @return a thread-safe probe, never null
     */
    static MemoryProbe create() {
        return MemoryProbes.create();
    }

    /**
     * Returns a probe that runs operations and answers every measurement with "unsupported" and this reason.
     *
     * @param reason a sentence for people that says why memory cannot be measured
     * @return a thread-safe probe whose every result is unsupported
     */
    static MemoryProbe unsupported(String reason) {
        return MemoryProbes.unsupported(reason);
    }

    /**
     * Runs {@code op} {@code iterations} times on the current thread and returns the bytes the current thread
     * allocated meanwhile, less the probe's own (calibrated) allocation.
     *
     * <p>The count comes from the JVM's per-thread allocation counter ({@code com.sun.management.ThreadMXBean}); on
     * HotSpot it is exact to the byte. The first runs of an operation include one-time costs (class loading, lambda
     * linkage, lazy initialization): measure once to warm up and keep the second answer. The JIT may remove
     * allocations of objects that never escape the operation (escape analysis); to count them, use
     * {@link #allocation(Supplier, long)}, which keeps each result.
     *
     * <p>Unsupported (with the reason) on a virtual thread, where the JDK keeps no per-thread count, and on a JVM
     * without allocation accounting or with it disabled.
     *
     * @param op the operation to run
     * @param iterations how many times to run it, 1 or more
     * @return the allocated bytes, or unsupported with the reason
     * @throws NullPointerException if {@code op} is null
     * @throws IllegalArgumentException if {@code iterations < 1}
     */
    AllocationResult allocation(Runnable op, long iterations);

    /**
     * Like {@link #allocation(Runnable, long)}, and keeps each result of {@code op} reachable past the call (by
     * publishing it), so the JIT cannot remove its allocation; the last result is released before this method returns.
     *
     * @param op the operation to run; its results are kept reachable
     * @param iterations how many times to run it, 1 or more
     * @return the allocated bytes, or unsupported with the reason
     * @throws NullPointerException if {@code op} is null
     * @throws IllegalArgumentException if {@code iterations < 1}
     */
    AllocationResult allocation(Supplier<?> op, long iterations);

    /**
     * Runs {@code op} {@code iterations} times on the current thread and returns the bytes allocated meanwhile by the
     * threads of {@code scope}. For work handed to other threads, {@code op} must wait for that work to finish.
     *
     * @param scope the threads whose allocation counts
     * @param op the operation to run
     * @param iterations how many times to run it, 1 or more
     * @return the bytes the threads of {@code scope} allocated, or unsupported with the reason
     * @throws NullPointerException if {@code scope} or {@code op} is null
     * @throws IllegalArgumentException if {@code iterations < 1}
     */
    AllocationResult allocation(AllocationScope scope, Runnable op, long iterations);

    /**
     * Runs {@code op} once and returns how much more heap is reachable after it than before, each measured once
     * garbage collection has settled.
     *
     * <p>The core probe reads exact live bytes from the JVM's class histogram (HotSpot's {@code GC.class_histogram},
     * which collects first); elsewhere, the heap used after a collection triggered by {@link System#gc()}, which counts
     * whole regions for large arrays on G1 and is unsupported when explicit collection is disabled. See
     * {@link RetainedResult#source()}. Whatever other threads retain meanwhile is counted too.
     *
     * @param op the operation to run once
     * @return the retained bytes, or unsupported with the reason
     * @throws NullPointerException if {@code op} is null
     */
    RetainedResult retained(Runnable op);

    /**
     * Like {@link #retained(Runnable)}, and keeps the result of {@code op} reachable until the heap has been measured,
     * so it counts as retained; it is released before this method returns.
     *
     * @param op the operation to run once; its result counts as retained
     * @return the retained bytes, or unsupported with the reason
     * @throws NullPointerException if {@code op} is null
     */
    RetainedResult retained(Supplier<?> op);

    /**
     * Runs {@code op} in rounds, measures the settled heap after each round, fits the growth per operation by least
     * squares, and gives a verdict with the evidence. Uses {@link LeakOptions#defaults()}.
     *
     * @param op the operation suspected of leaking
     * @return the verdict and its evidence (the fitted growth and the settled heap of every round), or an
     *     inconclusive report that says why the check could not be made
     * @throws NullPointerException if {@code op} is null
     */
    default LeakReport leak(Runnable op) {
        return leak(op, LeakOptions.defaults());
    }

    /**
     * Runs {@code op} {@code options.opsPerRound()} times per round, for {@code options.warmupRounds()} rounds that are
     * not fitted and then {@code options.rounds()} rounds that are; the heap is measured (as for
     * {@link #retained(Runnable)}) before the first fitted round and after each of them.
     *
     * @param op the operation suspected of leaking
     * @param options the rounds, operations per round and thresholds
     * @return the verdict and its evidence (the fitted growth and the settled heap of every round), or an
     *     inconclusive report that says why the check could not be made
     * @throws NullPointerException if {@code op} or {@code options} is null
     */
    LeakReport leak(Runnable op, LeakOptions options);
}
