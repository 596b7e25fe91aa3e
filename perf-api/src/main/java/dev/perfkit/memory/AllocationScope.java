package dev.perfkit.memory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Whose allocations an allocation measurement counts: the current thread, the current thread and threads it names,
 * or every thread of the JVM.
 *
 * <p>Immutable and thread-safe. Named threads must be running for the whole measurement (start a pool's threads
 * first, e.g. {@code ThreadPoolExecutor.prestartAllCoreThreads()}); a named thread that is not, or is virtual, makes
 * the result unsupported, with the thread's name in the reason. {@link #allThreads()} counts every platform thread,
 * including those that start or end during the measurement and unrelated ones (the JVM's own, a test runner's), so it
 * gives an upper bound; virtual threads are counted through the carrier threads they run on. The JVM adds the bytes
 * of a thread that ends to its total a moment after {@link Thread#join()} returns (seen on JDK 25), so a thread that
 * ends just before the measurement does may be missed.
 */
public final class AllocationScope {

    /** What a scope counts. */
    public enum Kind {
        /** The thread that calls the probe. */
        CURRENT_THREAD,
        /** The calling thread and the named threads. */
        NAMED_THREADS,
        /** Every thread of the JVM. */
        ALL_THREADS
    }

    private static final AllocationScope CURRENT = new AllocationScope(Kind.CURRENT_THREAD, List.of());
    private static final AllocationScope ALL = new AllocationScope(Kind.ALL_THREADS, List.of());

    private final Kind kind;
    private final List<Thread> threads;

    private AllocationScope(Kind kind, List<Thread> threads) {
        this.kind = kind;
        this.threads = threads;
    }

    /** {@return the calling thread alone} */
    public static AllocationScope currentThread() {
        return CURRENT;
    }

    /** {@return every thread of the JVM, as an upper bound for the calling thread's work} */
    public static AllocationScope allThreads() {
        return ALL;
    }

    /**
     * {@return the calling thread and {@code others}; each thread is counted once, also when named twice or when it is
     * the calling thread}
     *
     * @param others the other threads whose allocations count
     * @throws NullPointerException if {@code others} or one of its elements is null
     */
    public static AllocationScope currentThreadAnd(Collection<? extends Thread> others) {
        Objects.requireNonNull(others, "others");
        List<Thread> distinct = new ArrayList<>();
        for (Thread t : others) {
            Objects.requireNonNull(t, "others must not contain null");
            if (!distinct.contains(t)) {
                distinct.add(t);
            }
        }
        return distinct.isEmpty() ? CURRENT : new AllocationScope(Kind.NAMED_THREADS, List.copyOf(distinct));
    }

    /**
     * Like {@link #currentThreadAnd(Collection)}.
     *
     * @param others the other threads whose allocations count
     * @return the calling thread and {@code others}, each counted once
     */
    public static AllocationScope currentThreadAnd(Thread... others) {
        return currentThreadAnd(List.of(Objects.requireNonNull(others, "others")));
    }

    /** {@return what this scope counts} */
    public Kind kind() {
        return kind;
    }

    /**
     * {@return the named threads besides the calling one; empty unless {@link #kind()} is {@link Kind#NAMED_THREADS}}
     */
    public List<Thread> threads() {
        return threads;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AllocationScope s && kind == s.kind && threads.equals(s.threads);
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + threads.hashCode();
    }

    @Override
    public String toString() {
        switch (kind) {
            case CURRENT_THREAD -> {
                return "current thread";
            }
            case ALL_THREADS -> {
                return "all threads";
            }
            default -> {
                StringBuilder sb = new StringBuilder("current thread and ");
                for (int i = 0; i < threads.size(); i++) {
                    sb.append(i == 0 ? "" : ", ")
                            .append('\'')
                            .append(threads.get(i).getName())
                            .append('\'');
                }
                return sb.toString();
            }
        }
    }
}
