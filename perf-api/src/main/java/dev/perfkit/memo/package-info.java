/**
 * Memoization: {@link dev.perfkit.memo.Memo#function memoized functions}, {@link dev.perfkit.memo.Memo#lazy lazy
 * values} and {@link dev.perfkit.memo.Memo#recursive memoized recursion}, with optional size bounds, expiry and
 * statistics that appear in the registry report beside the timers.
 *
 * <h2>Why not a map or a cache directly</h2>
 * The raw tools have traps that these types remove:
 * <ol>
 *   <li>{@code ConcurrentHashMap.computeIfAbsent} and Caffeine's {@code get(key, function)} throw
 *       {@code IllegalStateException: Recursive update} (or spin forever) when the function calls the same map for
 *       another key, as fib, tree walks and dynamic programming do. Here the map only ever stores a small in-flight
 *       cell, created without running user code; the function runs after that, outside any lock, so it may call the
 *       memo again.</li>
 *   <li>A {@code null} result is not cached by those maps, so a function that legitimately returns {@code null} is
 *       computed again on every call. Here {@code null} is cached.</li>
 *   <li>A memoizing supplier in the style of Guava's {@code Suppliers.memoize} cannot cache a failure, and its
 *       expiring variant counts from when the computation <em>started</em>. Here exceptions are cached on request,
 *       and expiry counts from when the computation <em>completed</em>.</li>
 *   <li>Arrays as keys compare by identity and never hit; here they are rejected with a message.</li>
 * </ol>
 *
 * <h2>Virtual threads</h2>
 * On JDK 21 to 23 a virtual thread that blocks inside a {@code synchronized} block pins its carrier thread (JEP 491
 * removed this in JDK 24). {@code ConcurrentHashMap.compute*} and Caffeine's loading {@code get} run the function
 * while holding the monitor of a hash bin or node, so a slow (say, I/O-bound) function pins a carrier for its whole
 * duration, and every virtual thread waiting for the same key blocks on that monitor and pins its carrier too. The
 * memos here hold no monitor while the function runs and wait for another thread's computation with
 * {@link java.util.concurrent.locks.LockSupport#park}, so they never pin; there is no separate "virtual-thread"
 * variant because the default one is it.
 *
 * <h2>Cost</h2>
 * A hit on an unbounded memo is one {@code ConcurrentHashMap.get} and a null check (results are kept apart from
 * computations in flight, so the result itself is not read); on a bounded or expiring memo it is one Caffeine lookup
 * and a type check; on a lazy value without expiry it is a volatile read. Hits allocate nothing (except the
 * argument pair of a {@link dev.perfkit.memo.MemoBiFunction}) and take no lock. Statistics, when enabled, add a
 * {@code LongAdder} increment per call and one more per registry counter. {@code perf-benchmarks/RESULTS.md} has
 * the measurements.
 */
package dev.perfkit.memo;
