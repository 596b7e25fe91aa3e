package dev.perfkit.core.internal.memory;

/**
 * The JVM's allocation counters: bytes allocated since start by one thread, or by all threads. Every method
 * returns -1 where the JVM gives no figure (the thread is virtual or not running, accounting is disabled or
 * unsupported); {@link #reasonForMissing(Thread)} then says why. Implementations are thread-safe and, on the reading
 * methods, allocation-free.
 */
interface AllocationCounter {

    /** Bytes allocated by the calling thread since it started, or -1. */
    long currentThreadBytes();

    /** Bytes allocated by {@code t} since it started, or -1. */
    long threadBytes(Thread t);

    /** Bytes allocated by all threads since the JVM started, dead ones included, or -1. */
    long allThreadsBytes();

    /**
     * Why {@code t} (the calling thread, or a named one) has no figure; for {@code null}, why all threads have none.
     */
    String reasonForMissing(Thread t);
}
