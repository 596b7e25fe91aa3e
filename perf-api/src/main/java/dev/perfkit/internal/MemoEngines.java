package dev.perfkit.internal;

import dev.perfkit.spi.MemoEngine;
import java.lang.System.Logger.Level;
import java.util.Iterator;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Finds the memoization engine once: the first {@link MemoEngine} that {@link ServiceLoader} offers, or else the
 * simple {@link FallbackMemoEngine} (said once through {@link System.Logger}).
 */
public final class MemoEngines {

    private MemoEngines() {}

    private static final class Holder {
        static final MemoEngine ENGINE = load();
    }

    /** The engine every memo is built on. */
    public static MemoEngine engine() {
        return Holder.ENGINE;
    }

    private static MemoEngine load() {
        System.Logger log = System.getLogger("dev.perfkit");
        try {
            Iterator<MemoEngine> it = ServiceLoader.load(MemoEngine.class, MemoEngine.class.getClassLoader())
                    .iterator();
            if (it.hasNext()) {
                return it.next();
            }
            log.log(
                    Level.INFO,
                    "perfkit: no memo engine found (add dev.perfkit:perf-core to the class path); memos are "
                            + "simple unbounded maps");
        } catch (ServiceConfigurationError e) {
            log.log(Level.WARNING, "perfkit: the memo engine could not be loaded; memos are simple unbounded maps", e);
        }
        return new FallbackMemoEngine(log);
    }
}
