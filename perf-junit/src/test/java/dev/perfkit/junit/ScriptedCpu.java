package dev.perfkit.junit;

import dev.perfkit.Ticker;

/**
 * A CPU clock for fixture tests, named by the configuration parameter {@code perfkit.cpu.ticker}: like
 * {@link ScriptedTicker}, each thread has its own reading, which moves only when that thread calls
 * {@link #use(long)}. A body that advances the wall clock by 1000 ns and this one by 400 ns thus spends 60 % of its
 * time off CPU, whatever the machine.
 */
public final class ScriptedCpu implements Ticker {

    private static final ThreadLocal<long[]> USED = ThreadLocal.withInitial(() -> new long[1]);

    /** Called by the extension, which reads the class name from {@code perfkit.cpu.ticker}. */
    public ScriptedCpu() {}

    @Override
    public long nanos() {
        return USED.get()[0];
    }

    /** Charges the calling thread with CPU time. */
    public static void use(long nanos) {
        USED.get()[0] += nanos;
    }
}
