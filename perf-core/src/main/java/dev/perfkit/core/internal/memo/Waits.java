package dev.perfkit.core.internal.memo;

import dev.perfkit.memo.MemoCycleException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Waiting for another thread's cell, with deadlock detection over the wait-for graph of all memos.
 *
 * <p>Each waiting thread registers the cell it waits for, then follows owner → the cell that owner waits for → ...
 * If the walk comes back to this thread while every cell on it is still in flight, the threads wait for each other:
 * a cycle between keys, reported with {@link MemoCycleException} instead of a deadlock. Registering before walking
 * means that of two threads closing a cycle, at least the later one sees it. Costs nothing on hits; one map put and
 * remove per wait.
 */
final class Waits {

    private static final ConcurrentHashMap<Thread, Cell> WAITING = new ConcurrentHashMap<>();
    /** Stands for "the value" of a lazy value in messages. */
    static final Object LAZY_VALUE = new Internal.Marker("the value");

    private Waits() {}

    /**
     * Waits for {@code cell} and returns its outcome.
     *
     * @throws MemoCycleException if the cell is computed by this thread, or by a thread that waits (through others)
     *     for this one
     */
    static Object await(Cell cell, String memo, Object key) {
        Object outcome = cell.outcomeOrNull();
        if (outcome != null) {
            return outcome;
        }
        Thread me = Thread.currentThread();
        if (cell.owner == me) {
            throw cycle(memo, key, "on this thread");
        }
        WAITING.put(me, cell);
        try {
            checkCycle(me, cell, memo, key);
            return cell.await();
        } finally {
            WAITING.remove(me);
        }
    }

    private static void checkCycle(Thread me, Cell first, String memo, Object key) {
        List<Cell> path = new ArrayList<>();
        Cell cell = first;
        for (int steps = WAITING.size() + 1; steps >= 0; steps--) {
            path.add(cell);
            Thread owner = cell.owner;
            if (owner == me) {
                for (Cell c : path) {
                    if (c.isDone()) {
                        return;
                    }
                }
                throw cycle(memo, key, "through " + (path.size() - 1) + " other thread(s) waiting for this one");
            }
            cell = WAITING.get(owner);
            if (cell == null) {
                return;
            }
        }
    }

    /** The exception for a computation that needs its own result. */
    static MemoCycleException cycle(String memo, Object key, String how) {
        String what = key == LAZY_VALUE ? "its value" : "key " + describe(key);
        return new MemoCycleException("memo '" + memo + "': computing " + what + " needs " + what + " itself (" + how
                + "); a memoized function must not depend on its own result");
    }

    /** A key for messages: its {@code toString}, at most 100 characters. */
    static String describe(Object key) {
        String s = String.valueOf(Keys.unwrap(key));
        return s.length() <= 100 ? s : s.substring(0, 97) + "...";
    }
}
