package dev.perfkit.core.internal;

import dev.perfkit.PerfRegistry;
import dev.perfkit.RegistryConfig;
import dev.perfkit.spi.PerfEngine;

/** The core engine, found by {@link java.util.ServiceLoader}. */
public final class CoreEngine implements PerfEngine {

    static final String NAME = "core";

    /**
     * Stripes per timer at most unless {@link RegistryConfig#maxStripes()} says otherwise: two per core up to 32,
     * whatever the thread count (see the package notes on memory).
     */
    static final int MAX_STRIPES =
            Math.min(32, Integer.highestOneBit(Math.max(1, Runtime.getRuntime().availableProcessors() * 2 - 1)) * 2);

    /** Called by {@link java.util.ServiceLoader}. */
    public CoreEngine() {}

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public PerfRegistry newRegistry(RegistryConfig config) {
        return new CoreRegistry(config, config.maxStripes() == 0 ? MAX_STRIPES : config.maxStripes());
    }
}
