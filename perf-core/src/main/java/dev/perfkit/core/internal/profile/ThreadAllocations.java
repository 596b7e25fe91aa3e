package dev.perfkit.core.internal.profile;

import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The bytes each thread had allocated when a recording started and when it stopped, from the JVM's per-thread
 * counters ({@code com.sun.management.ThreadMXBean}, exact to the byte on HotSpot): what bounds the weight of a
 * thread's first allocation sample in the recording (see the package documentation). Immutable.
 */
final class ThreadAllocations {

    /** Readings of threads that all started with the recording (nothing before it), and no stop readings. */
    static final ThreadAllocations STARTED_WITH_RECORDING = new ThreadAllocations(Map.of(), Map.of());

    private final Map<Long, Long> atStart;
    private final Map<Long, Long> atStop;

    /**
     * Readings by Java thread id.
     *
     * @param atStart every live thread's bytes at the start, or null when they could not be read
     * @param atStop the counted threads' bytes at the stop (a thread that ended is missing), or null when unknown
     */
    ThreadAllocations(Map<Long, Long> atStart, Map<Long, Long> atStop) {
        this.atStart = atStart == null ? null : Map.copyOf(atStart);
        this.atStop = atStop == null ? Map.of() : Map.copyOf(atStop);
    }

    /** {@return every live thread's allocated bytes now, by Java thread id; null when the JVM does not count them} */
    static Map<Long, Long> readAll() {
        com.sun.management.ThreadMXBean bean = bean();
        return bean == null ? null : read(bean, bean.getAllThreadIds());
    }

    /** {@return the allocated bytes of these threads now (of every live thread when {@code ids} is null)} */
    static Map<Long, Long> read(Set<Long> ids) {
        com.sun.management.ThreadMXBean bean = bean();
        if (bean == null) {
            return Map.of();
        }
        return read(
                bean,
                ids == null
                        ? bean.getAllThreadIds()
                        : ids.stream().mapToLong(Long::longValue).toArray());
    }

    private static Map<Long, Long> read(com.sun.management.ThreadMXBean bean, long[] ids) {
        try {
            long[] bytes = bean.getThreadAllocatedBytes(ids);
            Map<Long, Long> out = new HashMap<>();
            for (int i = 0; i < ids.length; i++) {
                if (bytes[i] >= 0) { // -1: ended meanwhile, or a virtual thread
                    out.put(ids[i], bytes[i]);
                }
            }
            return out;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static com.sun.management.ThreadMXBean bean() {
        try {
            if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean b
                    && b.isThreadAllocatedMemorySupported()
                    && b.isThreadAllocatedMemoryEnabled()) {
                return b;
            }
        } catch (LinkageError | RuntimeException e) {
            // no allocation accounting: the first samples are weighed by the fallback
        }
        return null;
    }

    /**
     * The bytes {@code threadId} allocated between the readings, or -1 when unknown: no reading at the stop (the thread
     * ended, or the JVM does not count), or none at the start. A thread missing from a successful start reading
     * started later, from 0 bytes.
     */
    long during(long threadId) {
        Long stop = atStop.get(threadId);
        if (stop == null || atStart == null) {
            return -1;
        }
        return Math.max(0, stop - atStart.getOrDefault(threadId, 0L));
    }

    /** True when the thread had not started when the recording did, so it allocated nothing before it. */
    boolean startedAfterStart(long threadId) {
        return atStart != null && !atStart.containsKey(threadId);
    }
}
