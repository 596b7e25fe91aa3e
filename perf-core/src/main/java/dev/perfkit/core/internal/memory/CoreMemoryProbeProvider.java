package dev.perfkit.core.internal.memory;

import dev.perfkit.memory.MemoryProbe;
import dev.perfkit.spi.MemoryProbeProvider;

/** Provides the core memory probe to {@link java.util.ServiceLoader}; one probe per JVM, made on first use. */
public final class CoreMemoryProbeProvider implements MemoryProbeProvider {

    /** Called by {@link java.util.ServiceLoader}. */
    public CoreMemoryProbeProvider() {}

    private static final class Holder {
        static final CoreMemoryProbe PROBE = CoreMemoryProbe.system();
    }

    @Override
    public String name() {
        return "core";
    }

    @Override
    public MemoryProbe probe() {
        return Holder.PROBE;
    }
}
