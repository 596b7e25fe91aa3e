package dev.perfkit.core.internal.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfkit.memory.AllocationResult;
import dev.perfkit.memory.AllocationScope;
import dev.perfkit.memory.MemoryProbe;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;

/**
 * On a virtual thread the JDK keeps no per-thread allocation count: the probe says so, and the JVM-wide scope still
 * measures (through the carrier threads). Compiled for Java 17, so virtual threads are started by reflection.
 */
@EnabledForJreRange(min = JRE.JAVA_21)
class VirtualThreadAllocationTest {

    private static volatile Object sink;
    private final MemoryProbe probe = MemoryProbe.create();

    private static <T> T onVirtualThread(java.util.function.Supplier<T> body) throws Throwable {
        AtomicReference<T> result = new AtomicReference<>();
        Runnable task = () -> result.set(body.get());
        Thread t = (Thread) MethodHandles.publicLookup()
                .findStatic(Thread.class, "startVirtualThread", MethodType.methodType(Thread.class, Runnable.class))
                .invoke(task);
        t.join();
        return result.get();
    }

    @Test
    void currentThreadScopeIsUnsupportedWithTheReason() throws Throwable {
        int[] runs = {0};
        AllocationResult r = onVirtualThread(() -> probe.allocation(() -> runs[0]++, 4));
        assertFalse(r.isSupported());
        assertEquals(4, runs[0]);
        assertTrue(r.unsupportedReason().contains("is a virtual thread"), r::unsupportedReason);
        assertTrue(r.unsupportedReason().contains("AllocationScope.allThreads()"), r::unsupportedReason);
        assertFalse(
                r.unsupportedReason().contains("''"), "an unnamed thread is not named '': " + r.unsupportedReason());
    }

    @Test
    void namingAVirtualThreadIsUnsupportedToo() throws Throwable {
        AllocationResult r = onVirtualThread(
                () -> probe.allocation(AllocationScope.currentThreadAnd(Thread.currentThread()), () -> {}, 1));
        assertFalse(r.isSupported());
    }

    @Test
    void allThreadsScopeMeasuresFromAVirtualThread() throws Throwable {
        AllocationResult r = onVirtualThread(
                () -> probe.allocation(AllocationScope.allThreads(), () -> sink = new byte[1 << 20], 8));
        assertTrue(r.isSupported(), r::unsupportedReason);
        // An upper bound: the allocation is counted on the carrier thread, plus whatever other threads allocate.
        assertTrue(r.bytesPerOp() >= (1 << 20) + 16, r::toString);
        assertTrue(r.bytesPerOp() < (1 << 20) + (64 << 10), r::toString);
    }
}
