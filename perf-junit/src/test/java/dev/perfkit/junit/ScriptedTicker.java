package dev.perfkit.junit;

import dev.perfkit.Ticker;

/**
 * A ticker for fixture tests, named by the configuration parameter {@code perfkit.ticker}: each thread has its own
 * clock, which moves only when that thread calls {@link #advance(long)}. A fixture body that advances by a fixed
 * amount thus has exactly that latency, whatever the machine, also when tests run in parallel.
 */
public final class ScriptedTicker implements Ticker {

    private static final ThreadLocal<long[]> NOW = ThreadLocal.withInitial(() -> new long[1]);

    /** Called by the extension, which reads the class name from {@code perfkit.ticker}. */
    public ScriptedTicker() {}

    @Override
    public long nanos() {
        return NOW.get()[0];
    }

    /** Moves the calling thread's clock forward. */
    public static void advance(long nanos) {
        NOW.get()[0] += nanos;
    }
}
