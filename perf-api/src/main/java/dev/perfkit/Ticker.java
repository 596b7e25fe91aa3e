package dev.perfkit;

/**
 * A source of nanosecond time readings, used by timers and anything else that reads a clock.
 *
 * <p>Readings are only meaningful relative to each other (like {@link System#nanoTime()}). Tests replace the
 * system ticker with a scripted one so no result depends on how fast the machine is. Implementations must be
 * thread-safe.
 */
@FunctionalInterface
public interface Ticker {

    /** {@return the current reading in nanoseconds, relative to an arbitrary fixed origin} */
    long nanos();

    /** {@return the ticker backed by {@link System#nanoTime()}} */
    static Ticker system() {
        return SystemTicker.INSTANCE;
    }
}

enum SystemTicker implements Ticker {
    INSTANCE;

    @Override
    public long nanos() {
        return System.nanoTime();
    }
}
