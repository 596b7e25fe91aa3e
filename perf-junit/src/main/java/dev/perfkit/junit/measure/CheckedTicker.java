package dev.perfkit.junit.measure;

import dev.perfkit.Ticker;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.function.ThrowingSupplier;

/**
 * A ticker named by a configuration parameter ({@code perfkit.ticker}, {@code perfkit.cpu.ticker}), checked on every
 * reading, so that a broken one is reported as the configuration error it is rather than as figures that mean
 * nothing: a reading that throws, or one below the same thread's previous reading, stops the test at once; a ticker
 * that never moved during a whole test ({@value #FROZEN_AFTER_READS} readings or more), which would measure every call
 * at 0 ns (or leave a timed warm-up waiting until it gives up), fails it (see {@link #guard}).
 *
 * <p>Thread-safe: each thread's readings are checked against its own previous reading (a scripted ticker may keep one
 * clock per thread). The system ticker is never wrapped.
 */
public final class CheckedTicker implements Ticker {

    /**
     * Readings without a change after which a ticker counts as frozen: more than a test reads when its calls run
     * elsewhere (in forks), fewer than any measurement takes.
     */
    static final int FROZEN_AFTER_READS = 64;

    private final Ticker ticker;
    private final String setting;
    /** Per thread: whether it has read, and its last reading. */
    private final ThreadLocal<long[]> state = ThreadLocal.withInitial(() -> new long[2]);

    /** Readings taken, all threads together. */
    private final LongAdder reads = new LongAdder();

    private volatile boolean moved;

    private CheckedTicker(Ticker ticker, String key, String className) {
        this.ticker = ticker;
        this.setting = "the ticker " + key + " = '" + className + "'";
    }

    /** {@code ticker} checked, unless it is the system ticker, which is returned as it is. */
    static Ticker of(Ticker ticker, String key) {
        return ticker == Ticker.system()
                ? ticker
                : new CheckedTicker(ticker, key, ticker.getClass().getName());
    }

    @Override
    public long nanos() {
        long now;
        try {
            now = ticker.nanos();
        } catch (RuntimeException e) {
            throw new Fault(setting + " threw " + e, e);
        }
        reads.increment();
        long[] s = state.get();
        if (s[0] == 0) {
            s[0] = 1;
        } else if (now < s[1]) {
            throw new Fault(
                    setting + " went backwards, from " + s[1] + " ns to " + now
                            + " ns; a Ticker's readings must never decrease",
                    null);
        } else if (now > s[1] && !moved) {
            moved = true;
        }
        s[1] = now;
        return now;
    }

    /**
     * Runs a test's measurement with {@code ticker} as its clock and turns a broken ticker into a configuration error
     * that names the test: one that failed while it ran, or one that was read and never moved (whether the measurement
     * then completed with figures of 0 ns or failed waiting for the time to pass, which is then the cause).
     *
     * @param what the annotation and the test, such as {@code @PerfTest on OrderTests.parse()}
     * @param ticker the test's ticker, checked if it is a {@code CheckedTicker}
     * @param run the measurement
     * @return what {@code run} returned
     * @throws ExtensionConfigurationException naming the test, the setting and what the ticker did
     */
    public static <T> T guard(String what, Ticker ticker, ThrowingSupplier<T> run) throws Throwable {
        T result;
        try {
            result = run.get();
        } catch (Throwable t) { // a fault may arrive wrapped, from a measuring thread
            for (Throwable c = t; c != null; c = c.getCause()) {
                if (c instanceof Fault f) {
                    throw new ExtensionConfigurationException(what + ": " + f.getMessage(), f.getCause());
                }
            }
            checkMoved(what, ticker, t);
            throw t;
        }
        checkMoved(what, ticker, null);
        return result;
    }

    private static void checkMoved(String what, Ticker ticker, Throwable failure) {
        if (ticker instanceof CheckedTicker c && !c.moved && c.reads.sum() >= FROZEN_AFTER_READS) {
            throw new ExtensionConfigurationException(
                    what + ": " + c.setting
                            + " never moved: it gave the same reading every time, so every call would measure 0 ns; a "
                            + "Ticker must move with the time that passes (a scripted one: advance it in the body)",
                    failure);
        }
    }

    /** A broken ticker, on its way out of the measurement to {@link #guard}. */
    private static final class Fault extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Fault(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
