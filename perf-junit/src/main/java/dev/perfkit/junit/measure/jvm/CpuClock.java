package dev.perfkit.junit.measure.jvm;

import dev.perfkit.Ticker;

/**
 * Reads the calling thread's CPU time, for comparing it with the wall time of the same stretch. The harness reads it
 * once at the start and once at the end of each thread's measurement (and of each side's slice of a comparison
 * round), never per call: a read costs far more than a read of {@link System#nanoTime()} (see
 * {@code perf-benchmarks/RESULTS.md}). Implementations must be thread-safe.
 */
public interface CpuClock {

    /**
     * The CPU time the calling thread has used so far, in nanoseconds; -1 when it is not measured here. Never
     * allocates, so it may be read inside a region whose allocation is counted.
     */
    long threadCpuNanos();

    /**
     * The time the calling thread has spent so far runnable but waiting for a core, in nanoseconds (Linux's run delay,
     * field 2 of {@code /proc/thread-self/schedstat}); -1 when unknown. May allocate: read it outside counted regions.
     */
    long readyNanos();

    /** Why CPU time is not measured here; empty when it is. */
    String unsupportedReason();

    /** The JVM's CPU time of the current thread ({@code ThreadMXBean.getCurrentThreadCpuTime()}), where offered. */
    static CpuClock system() {
        return SystemCpuClock.INSTANCE;
    }

    /** A clock that measures nothing and says why, such as {@code not measured: perfkit.cpu = off}. */
    static CpuClock unsupported(String reason) {
        return new CpuClock() {
            @Override
            public long threadCpuNanos() {
                return -1;
            }

            @Override
            public long readyNanos() {
                return -1;
            }

            @Override
            public String unsupportedReason() {
                return reason;
            }
        };
    }

    /**
     * CPU time read from {@code ticker}, for tests that script time: a body that advances it by 400 ns uses 400 ns of
     * CPU. The wait for a core is unknown.
     */
    static CpuClock of(Ticker ticker) {
        return new CpuClock() {
            @Override
            public long threadCpuNanos() {
                return ticker.nanos();
            }

            @Override
            public long readyNanos() {
                return -1;
            }

            @Override
            public String unsupportedReason() {
                return "";
            }
        };
    }
}
