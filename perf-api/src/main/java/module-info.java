/**
 * The public API of perfkit: timers, counters and their snapshots.
 *
 * <p>This module has no runtime dependencies. Without an engine module (such as {@code dev.perfkit.core})
 * every meter is a no-op; with one on the class or module path, {@link java.util.ServiceLoader} picks it.
 */
module dev.perfkit.api {
    exports dev.perfkit;
    exports dev.perfkit.spi;
    exports dev.perfkit.memo;
    exports dev.perfkit.memory;
    exports dev.perfkit.profile;

    uses dev.perfkit.spi.PerfEngine;
    uses dev.perfkit.spi.MemoryProbeProvider;
    uses dev.perfkit.spi.MemoEngine;
    uses dev.perfkit.spi.ProfilerProvider;
}
