package dev.perfkit.junit.measure.jvm;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The current thread's CPU time from {@link ThreadMXBean#getCurrentThreadCpuTime()}, and on Linux its wait for a core
 * from {@code /proc/thread-self/schedstat}. Whether CPU time is offered and enabled is checked once; perfkit never
 * switches it on itself, since that setting belongs to the JVM's owner. Thread-safe.
 */
final class SystemCpuClock implements CpuClock {

    private static final Path SCHEDSTAT = Path.of("/proc/thread-self/schedstat");

    static final SystemCpuClock INSTANCE = new SystemCpuClock();

    private final ThreadMXBean threads;
    private final String unsupported;
    private final boolean schedstat;

    private SystemCpuClock() {
        ThreadMXBean t = ManagementFactory.getThreadMXBean();
        String why = "";
        if (!t.isCurrentThreadCpuTimeSupported()) {
            why = "this JVM does not measure thread CPU time (ThreadMXBean.isCurrentThreadCpuTimeSupported() is false)";
        } else if (!t.isThreadCpuTimeEnabled()) {
            why = "thread CPU time is switched off in this JVM (ThreadMXBean.isThreadCpuTimeEnabled() is false)";
        }
        threads = t;
        unsupported = why;
        schedstat = readRunDelay() >= 0;
    }

    @Override
    public long threadCpuNanos() {
        if (!unsupported.isEmpty()) {
            return -1;
        }
        long nanos = threads.getCurrentThreadCpuTime(); // -1 if switched off since
        return nanos < 0 ? -1 : nanos;
    }

    @Override
    public long readyNanos() {
        return schedstat ? readRunDelay() : -1;
    }

    @Override
    public String unsupportedReason() {
        return unsupported;
    }

    private static long readRunDelay() {
        try {
            return parseRunDelay(Files.readString(SCHEDSTAT, StandardCharsets.US_ASCII));
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The second field of a {@code schedstat} line: nanoseconds spent runnable on a run queue. */
    static long parseRunDelay(String schedstat) {
        return Long.parseLong(schedstat.strip().split(" ", -1)[1]);
    }
}
