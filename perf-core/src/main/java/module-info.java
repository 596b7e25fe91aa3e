/**
 * The recording engine behind {@code dev.perfkit.api}: lock-free, allocation-free timers with exact counts and
 * histogram percentiles (JCTools queues hand buffers of samples to a per-timer histogram), optional JDK Flight
 * Recorder events for the timers' intervals, the memory probe, and memoization on Caffeine. Applications reach the
 * engine through the API and {@link java.util.ServiceLoader}; the one exported package, {@code dev.perfkit.core.hdr},
 * writes snapshots in HdrHistogram's formats.
 */
@SuppressWarnings("requires-automatic")
module dev.perfkit.core {
    requires transitive dev.perfkit.api;
    requires java.management;
    requires jdk.management;
    requires jdk.jfr; // the JDK's own module: periodic TimerInterval events, emitted only when
    // RegistryConfig.jfrEvents()
    requires com.github.benmanes.caffeine;
    requires org.jctools.core;
    requires HdrHistogram; // an automatic module: HdrHistogram 2.2.2 names none

    exports dev.perfkit.core.hdr;

    provides dev.perfkit.spi.PerfEngine with
            dev.perfkit.core.internal.CoreEngine;
    provides dev.perfkit.spi.MemoryProbeProvider with
            dev.perfkit.core.internal.memory.CoreMemoryProbeProvider;
    provides dev.perfkit.spi.MemoEngine with
            dev.perfkit.core.internal.memo.CoreMemoEngine;
    provides dev.perfkit.spi.ProfilerProvider with
            dev.perfkit.core.internal.profile.JfrProfilerProvider;
}
