package dev.perfkit.spi;

import dev.perfkit.PerfRegistry;
import dev.perfkit.RegistryConfig;

/**
 * The service an engine module provides; {@link java.util.ServiceLoader} finds it. Application code never calls this
 * directly: {@link PerfRegistry#create()} does.
 */
public interface PerfEngine {

    /** {@return a short name for the engine, such as {@code "core"}} */
    String name();

    /**
     * Creates a new, independent registry.
     *
     * @param config the registry's options
     * @return the registry
     */
    PerfRegistry newRegistry(RegistryConfig config);
}
