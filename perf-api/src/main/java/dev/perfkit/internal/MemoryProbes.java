package dev.perfkit.internal;

import dev.perfkit.memory.MemoryProbe;
import dev.perfkit.spi.MemoryProbeProvider;
import java.lang.System.Logger.Level;
import java.util.Iterator;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/** Finds the memory probe provider once: the first that {@link ServiceLoader} offers, or none. */
public final class MemoryProbes {

    private MemoryProbes() {}

    private static final class Holder {
        static final MemoryProbe PROBE = load();
    }

    /** The probe {@link MemoryProbe#create()} returns. */
    public static MemoryProbe create() {
        return Holder.PROBE;
    }

    /** A probe that answers every measurement with "unsupported" and {@code reason}. */
    public static MemoryProbe unsupported(String reason) {
        return new UnsupportedMemoryProbe(reason);
    }

    private static MemoryProbe load() {
        System.Logger log = System.getLogger("dev.perfkit");
        String reason;
        try {
            Iterator<MemoryProbeProvider> it = ServiceLoader.load(
                            MemoryProbeProvider.class, MemoryProbeProvider.class.getClassLoader())
                    .iterator();
            if (it.hasNext()) {
                return it.next().probe();
            }
            reason = "no memory probe found; add dev.perfkit:perf-core to the class path";
        } catch (ServiceConfigurationError | LinkageError e) {
            reason = "the memory probe could not be loaded: " + e;
            log.log(Level.WARNING, "perfkit: " + reason, e);
        }
        return new UnsupportedMemoryProbe(reason);
    }
}
