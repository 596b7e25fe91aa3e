/**
 * The memoization engine: {@link dev.perfkit.core.internal.memo.CellMemo} (functions, on a
 * {@code ConcurrentHashMap} or Caffeine), {@link dev.perfkit.core.internal.memo.LazyValue} (suppliers),
 * {@link dev.perfkit.core.internal.memo.Trampoline} (deep recursion) and
 * {@link dev.perfkit.core.internal.memo.Waits} (single flight and deadlock detection).
 *
 * <p>The design in one paragraph: the map only ever stores finished outcomes and in-flight {@code Cell}s. A miss
 * claims the key with {@code putIfAbsent(key, new Cell())}, which runs no user code, computes outside the map, and
 * publishes the outcome in place of the cell, moving it to the map of results (a second {@code ConcurrentHashMap}, or
 * a Caffeine cache when bounded or expiring) while the cell still holds the key (see {@code Store}); threads that
 * find the cell park until it completes. Nothing
 * runs user code while holding a lock or monitor, which is what makes recursion legal, waiting virtual-thread
 * friendly and cycles detectable (a thread can see whom it waits for). Not exported.
 */
package dev.perfkit.core.internal.memo;
