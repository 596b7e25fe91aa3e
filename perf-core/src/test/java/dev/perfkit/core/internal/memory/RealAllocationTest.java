package dev.perfkit.core.internal.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.perfkit.memory.AllocationResult;
import dev.perfkit.memory.AllocationScope;
import dev.perfkit.memory.LeakOptions;
import dev.perfkit.memory.MemoryProbe;
import java.lang.management.ManagementFactory;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The system probe on this JVM: service loading, argument errors, other threads, disabled accounting. */
class RealAllocationTest {

    private static final int MIB = 1 << 20;
    private final MemoryProbe probe = MemoryProbe.create();

    private static void assumeSupported(AllocationResult r) {
        assumeTrue(r.isSupported(), r::unsupportedReason);
    }

    @Test
    void createFindsTheCoreProbe() {
        assertInstanceOf(CoreMemoryProbe.class, probe);
        assertEquals(0, ((CoreMemoryProbe) probe).allocationMeter().runOverheadBytes());
    }

    @Test
    void badArgumentsGiveClearErrorsBeforeTheOpRuns() {
        Runnable none = null;
        Supplier<Object> nothing = null;
        assertEquals(
                "op",
                assertThrows(NullPointerException.class, () -> probe.allocation(none, 1))
                        .getMessage());
        assertEquals(
                "op",
                assertThrows(NullPointerException.class, () -> probe.allocation(nothing, 1))
                        .getMessage());
        assertEquals(
                "scope",
                assertThrows(NullPointerException.class, () -> probe.allocation(null, () -> {}, 1))
                        .getMessage());
        assertEquals(
                "op",
                assertThrows(NullPointerException.class, () -> probe.retained(none))
                        .getMessage());
        assertEquals(
                "op",
                assertThrows(NullPointerException.class, () -> probe.leak(null)).getMessage());
        assertEquals(
                "options",
                assertThrows(NullPointerException.class, () -> probe.leak(() -> {}, null))
                        .getMessage());
        int[] runs = {0};
        assertEquals(
                "iterations must be at least 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> probe.allocation(() -> runs[0]++, 0))
                        .getMessage());
        assertEquals(
                "iterations must be at least 1, got -5",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> probe.allocation(AllocationScope.allThreads(), () -> runs[0]++, -5))
                        .getMessage());
        assertThrows(
                IllegalArgumentException.class, () -> LeakOptions.defaults().withOpsPerRound(0));
        assertEquals(0, runs[0]);
    }

    @Test
    void theOpsExceptionsPropagateUnchanged() {
        IllegalStateException boom = new IllegalStateException("boom");
        assertEquals(
                boom,
                assertThrows(
                        IllegalStateException.class,
                        () -> probe.allocation(
                                () -> {
                                    throw boom;
                                },
                                3)));
    }

    @Test
    void workHandedToNamedPoolThreadsIsCounted() throws Exception {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(2, 2, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>());
        try {
            pool.prestartAllCoreThreads();
            Thread[] workers = poolThreads(pool);
            Runnable op = () -> await(pool.submit(() -> new byte[MIB]));
            AllocationScope scope = AllocationScope.currentThreadAnd(workers);
            probe.allocation(scope, op, 4);
            AllocationResult named = probe.allocation(scope, op, 8);
            assumeSupported(named);
            AllocationResult callerOnly = probe.allocation(op, 8);
            // Each op: 1 MiB + 16 in a worker, plus the executor's task and queue nodes (a few hundred bytes).
            assertEquals(MIB + 16 + 500, named.bytesPerOp(), 500, named::toString);
            assertTrue(callerOnly.bytesPerOp() < 4096, callerOnly::toString);
            assertTrue(named.toString().contains("current thread and '"), named::toString);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void allThreadsCountsWorkOnThreadsThatComeAndGo() {
        AllocationResult r = probe.allocation(
                AllocationScope.allThreads(),
                () -> {
                    Thread t = new Thread(() -> keep(new byte[4 * MIB]));
                    t.start();
                    join(t);
                },
                4);
        assumeSupported(r);
        // An upper bound: other threads of this JVM may allocate meanwhile. And the JVM may not yet have added the
        // bytes of the thread that ended last (seen on JDK 25), so only the first three are sure to count.
        assertTrue(r.totalBytes() >= 3L * 4 * MIB, r::toString);
        assertTrue(r.totalBytes() < 4L * 5 * MIB, r::toString);
    }

    @Test
    void aNamedThreadThatIsNotRunningIsUnsupportedNamingIt() {
        Thread idle = new Thread(() -> {}, "not-yet-started");
        int[] runs = {0};
        AllocationResult r = probe.allocation(AllocationScope.currentThreadAnd(idle), () -> runs[0]++, 2);
        assertFalse(r.isSupported());
        assertEquals(2, runs[0]);
        assertTrue(r.unsupportedReason().contains("'not-yet-started' is not running"), r::unsupportedReason);
    }

    @Test
    void disabledAccountingIsUnsupportedWithTheReason() {
        com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assumeTrue(bean.isThreadAllocatedMemoryEnabled());
        bean.setThreadAllocatedMemoryEnabled(false);
        try {
            AllocationResult r = probe.allocation(() -> keep(new byte[64]), 10);
            assertFalse(r.isSupported());
            assertTrue(r.unsupportedReason().contains("allocation accounting is disabled"), r::unsupportedReason);
            assertFalse(
                    probe.allocation(AllocationScope.allThreads(), () -> {}, 1).isSupported());
        } finally {
            bean.setThreadAllocatedMemoryEnabled(true);
        }
        assertTrue(probe.allocation(() -> {}, 1).isSupported());
    }

    @SuppressWarnings("unused") // written so that the JIT cannot drop the allocation; never read
    private static volatile Object sink;

    private static void keep(Object o) {
        sink = o;
    }

    private static void await(Future<?> f) {
        try {
            keep(f.get());
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void join(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The pool's worker threads, found by running a task on each (all core threads are started and idle). */
    private static Thread[] poolThreads(ThreadPoolExecutor pool) throws Exception {
        java.util.Set<Thread> found = java.util.concurrent.ConcurrentHashMap.newKeySet();
        java.util.concurrent.CyclicBarrier barrier = new java.util.concurrent.CyclicBarrier(pool.getCorePoolSize());
        java.util.List<Future<?>> tasks = new java.util.ArrayList<>();
        for (int i = 0; i < pool.getCorePoolSize(); i++) {
            tasks.add(pool.submit(() -> {
                found.add(Thread.currentThread());
                barrier.await();
                return null;
            }));
        }
        for (Future<?> f : tasks) {
            f.get();
        }
        return found.toArray(new Thread[0]);
    }
}
