package dev.perfkit.internal;

import dev.perfkit.spi.PerfEngine;
import java.lang.System.Logger.Level;
import java.util.Iterator;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/** Finds the engine once: the first {@link PerfEngine} that {@link ServiceLoader} offers, or the no-op engine. */
public final class Engines {

    private Engines() {}

    private static final class Holder {
        static final PerfEngine ENGINE = load();
    }

    /** The engine every {@code PerfRegistry.create} call uses. */
    public static PerfEngine engine() {
        return Holder.ENGINE;
    }

    private static PerfEngine load() {
        System.Logger log = System.getLogger("dev.perfkit");
        try {
            Iterator<PerfEngine> it = ServiceLoader.load(PerfEngine.class, PerfEngine.class.getClassLoader())
                    .iterator();
            if (it.hasNext()) {
                return it.next();
            }
            log.log(
                    Level.INFO,
                    "perfkit: no engine found (add dev.perfkit:perf-core to the class path); "
                            + "timers and counters are no-ops");
        } catch (ServiceConfigurationError e) {
            log.log(Level.WARNING, "perfkit: the engine could not be loaded; timers and counters are no-ops", e);
        }
        return NoopEngine.INSTANCE;
    }
}
