package dev.perfkit.core.internal.memo;

import dev.perfkit.memo.Memo;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Deep memoized recursion on a bounded stack.
 *
 * <p>Each thread has a {@link Context} that counts the memo computations in progress on its stack. The outermost
 * {@code apply} on a thread is the <em>driver</em>. Up to {@link Memo#INLINE_DEPTH} computations nest as plain calls;
 * a miss one level deeper throws a {@link Restart} naming the missing key instead. The restart unwinds to the driver,
 * each computation on the way releasing its cell (waiters look again); the driver pushes the missing key on its own
 * heap stack, computes it first, and then starts the abandoned computation again, which now finds the key. A chain
 * of n dependent keys therefore runs n / {@code INLINE_DEPTH} restarts deep on the heap, each key computed to
 * completion once (and started at most twice).
 *
 * <p>Results the driver computed are also kept in {@link Context#resolved} until it returns, so a tiny size bound
 * that evicts them before the restarted computation reads them cannot make the driver loop. A restart that names a
 * key already on the driver's stack is a cycle longer than {@code INLINE_DEPTH}.
 */
final class Trampoline {

    private static final ThreadLocal<Context> CONTEXT = ThreadLocal.withInitial(Context::new);

    private Trampoline() {}

    /** This thread's context. */
    static Context context() {
        return CONTEXT.get();
    }

    /** One thread's recursion state. Confined to its thread. */
    static final class Context {
        /** How many computations are in progress on this thread's stack. */
        int depth;
        /** True while an outermost {@code apply} drives on this thread. */
        boolean driving;
        /** The restart propagating now, if any: set when thrown, cleared by the driver that catches it. */
        Restart unwinding;

        private ArrayDeque<Task> tasks;
        private Set<Task> pending;
        private Map<Task, Object> resolved;
        /**
         * The computations a restart abandoned since this driver started, as {@link Claim}s: the calls that claimed
         * them counted their miss already, so the re-run's claim of the same computation does not count again.
         */
        private Set<Claim> abandoned;

        /** Creates the restart that asks the driver to compute {@code key} of {@code memo} first. */
        Restart restart(CellMemo<?, ?> memo, Object key) {
            Restart r = new Restart(new Task(memo, key));
            unwinding = r;
            return r;
        }

        /** An outcome the driver computed for {@code key} of {@code memo}, or {@code null}. */
        Object resolved(CellMemo<?, ?> memo, Object key) {
            return resolved == null ? null : resolved.get(new Task(memo, key));
        }

        /** Notes that the computation of {@code key} of {@code owner} (a memo or a lazy value) was abandoned. */
        void abandoned(Object owner, Object key) {
            if (abandoned == null) {
                abandoned = new HashSet<>();
            }
            abandoned.add(new Claim(owner, key));
        }

        /**
         * Whether claiming {@code key} of {@code owner} re-runs a computation a restart abandoned, whose miss was
         * counted when it was first claimed; forgets it, so that only the first re-claim is exempt.
         */
        boolean reclaims(Object owner, Object key) {
            return abandoned != null && abandoned.remove(new Claim(owner, key));
        }
    }

    /** A computation claimed by this thread: a key of a memo, or the value of a lazy value. */
    private record Claim(Object owner, Object key) {}

    /** A key of a memo. */
    record Task(CellMemo<?, ?> memo, Object key) {}

    /** Unwinds to the driver; stackless, so cheap to throw. Never seen outside this package unless user code is odd. */
    static final class Restart extends Error {
        private static final long serialVersionUID = 1L;
        final transient Task task;

        Restart(Task task) {
            super("memo trampoline (internal; let Errors from self.apply pass)", null, false, false);
            this.task = task;
        }
    }

    /** Computes {@code key} of {@code memo} as the outermost call on this thread and returns its outcome. */
    static Object drive(Context ctx, CellMemo<?, ?> memo, Object key) {
        ctx.driving = true;
        try {
            Restart first;
            try {
                return memo.lookup(key, ctx, true);
            } catch (Restart r) {
                ctx.unwinding = null;
                first = r;
            }
            ctx.tasks = new ArrayDeque<>();
            ctx.pending = new HashSet<>();
            ctx.resolved = new HashMap<>();
            push(ctx, new Task(memo, key));
            push(ctx, first.task);
            for (; ; ) {
                Task task = ctx.tasks.peek();
                Object outcome;
                try {
                    outcome = task.memo().lookup(task.key(), ctx, false);
                } catch (Restart r) {
                    ctx.unwinding = null;
                    push(ctx, r.task);
                    continue;
                }
                ctx.tasks.pop();
                ctx.pending.remove(task);
                if (ctx.tasks.isEmpty()) {
                    return outcome;
                }
                ctx.resolved.put(task, outcome);
            }
        } finally {
            ctx.driving = false;
            ctx.unwinding = null;
            ctx.tasks = null;
            ctx.pending = null;
            ctx.resolved = null;
            ctx.abandoned = null;
        }
    }

    private static void push(Context ctx, Task task) {
        if (!ctx.pending.add(task)) {
            throw Waits.cycle(
                    task.memo().name(), task.key(), "through a chain deeper than " + Memo.INLINE_DEPTH + " calls");
        }
        ctx.tasks.push(task);
    }
}
