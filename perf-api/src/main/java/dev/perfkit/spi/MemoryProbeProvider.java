package dev.perfkit.spi;

import dev.perfkit.memory.MemoryProbe;

/**
 * The service a memory engine provides; {@link java.util.ServiceLoader} finds it. Application code never calls this
 * directly: {@link MemoryProbe#create()} does.
 */
public interface MemoryProbeProvider {

    /** {@return a short name for the provider, such as {@code "core"}} */
    String name();

    /** {@return a thread-safe probe; may return the same instance every time} */
    MemoryProbe probe();
}
