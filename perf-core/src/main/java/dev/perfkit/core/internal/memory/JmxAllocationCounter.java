package dev.perfkit.core.internal.memory;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.management.ManagementFactory;

/** The counters of {@code com.sun.management.ThreadMXBean}, which HotSpot keeps exact to the byte. */
final class JmxAllocationCounter implements AllocationCounter {

    /**
     * {@code getTotalThreadAllocatedBytes()}: in the JDK since 16, but missing from what javac offers for
     * {@code --release 17} on newer JDKs, so it is looked up at run time.
     */
    private static final MethodHandle TOTAL = findTotal();

    private final com.sun.management.ThreadMXBean bean;

    private JmxAllocationCounter(com.sun.management.ThreadMXBean bean) {
        this.bean = bean;
    }

    private static MethodHandle findTotal() {
        try {
            return MethodHandles.publicLookup()
                    .findVirtual(
                            com.sun.management.ThreadMXBean.class,
                            "getTotalThreadAllocatedBytes",
                            MethodType.methodType(long.class));
        } catch (NoSuchMethodException | IllegalAccessException e) {
            return null;
        }
    }

    /** Returns the counter of this JVM, or one that always answers -1 with the reason when there is none. */
    static AllocationCounter create() {
        String reason;
        try {
            java.lang.management.ThreadMXBean b = ManagementFactory.getThreadMXBean();
            if (!(b instanceof com.sun.management.ThreadMXBean sun)) {
                reason = "this JVM (" + System.getProperty("java.vm.name") + ") has no com.sun.management.ThreadMXBean";
            } else if (!sun.isThreadAllocatedMemorySupported()) {
                reason = "this JVM (" + System.getProperty("java.vm.name")
                        + ") does not count allocated bytes per thread";
            } else {
                return new JmxAllocationCounter(sun);
            }
        } catch (LinkageError | RuntimeException e) {
            reason = "the JVM's thread management interface is not available (module jdk.management missing?): " + e;
        }
        return new MissingAllocationCounter(reason);
    }

    @Override
    public long currentThreadBytes() {
        return bean.getCurrentThreadAllocatedBytes();
    }

    @Override
    public long threadBytes(Thread t) {
        if (t == Thread.currentThread()) {
            return bean.getCurrentThreadAllocatedBytes();
        }
        return bean.getThreadAllocatedBytes(t.getId());
    }

    @Override
    public long allThreadsBytes() {
        if (TOTAL == null) {
            return -1;
        }
        try {
            return (long) TOTAL.invokeExact(bean);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            return -1;
        }
    }

    @Override
    public String reasonForMissing(Thread t) {
        if (!bean.isThreadAllocatedMemoryEnabled()) {
            return "allocation accounting is disabled in this JVM"
                    + " (ThreadMXBean.setThreadAllocatedMemoryEnabled(false))";
        }
        if (t == null) {
            return TOTAL == null
                    ? "this JVM has no ThreadMXBean.getTotalThreadAllocatedBytes() (JDK 16+)"
                    : "the JVM gave no total of allocated bytes";
        }
        String name = t.getName().isEmpty() ? "" : " '" + t.getName() + "'";
        String who = t == Thread.currentThread()
                ? "the current thread" + name
                : name.isEmpty() ? "thread #" + t.getId() : "thread" + name;
        if (Threads.isVirtual(t)) {
            return who + " is a virtual thread, for which the JDK keeps no allocation count;"
                    + " measure on a platform thread, or with AllocationScope.allThreads() for a JVM-wide upper bound";
        }
        if (!t.isAlive()) {
            return who + " is not running (not started, or ended during the measurement), so its allocations cannot be"
                    + " read; start it first and keep it running, or use AllocationScope.allThreads()";
        }
        return "the JVM gave no allocation count for " + who;
    }
}
