/**
 * Memory probes: the bytes an operation allocates, the heap it leaves reachable, and whether repeating it leaks.
 *
 * <p>{@link dev.perfkit.memory.MemoryProbe#create()} returns the probe of {@code dev.perfkit:perf-core}; results are
 * final immutable values ({@link dev.perfkit.memory.AllocationResult}, {@link dev.perfkit.memory.RetainedResult},
 * {@link dev.perfkit.memory.LeakReport}) that other tools, such as test budgets, can keep and compare.
 *
 * <h2>Design</h2>
 * <ul>
 *   <li><b>Allocation</b> is read from the JVM's per-thread allocation counter, which HotSpot keeps exactly (it adds
 *       the used part of the thread's allocation buffer), so deterministic code gives the same count every time once
 *       warmed up; the probe's own allocation, measured at start, is subtracted. Where the counter does not exist or
 *       says nothing (a virtual thread, accounting disabled) the answer is "unsupported" with the reason: never a
 *       negative or estimated number.</li>
 *   <li><b>Retained heap</b> compares the settled heap before and after. "Settled" means collected until the
 *       reading stops shrinking (at most a few collections), so objects freed only by a second collection (finalizers,
 *       cleaners, reference chains) are gone. Readings from HotSpot's class histogram are exact sums of live object
 *       sizes; the fallback, heap used after a collection, is coarser (see {@link
 *       dev.perfkit.memory.RetainedResult#source()}).</li>
 *   <li><b>Leaks</b> are judged by a least-squares line through settled readings against the number of runs, with
 *       warm-up rounds first so that one-time growth is not mistaken for a leak, and a verdict that accounts for the
 *       noise of the readings (see {@link dev.perfkit.memory.LeakReport}).</li>
 * </ul>
 */
package dev.perfkit.memory;
