package dev.perfkit.junit.measure;

import dev.perfkit.Ticker;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.function.ThrowingSupplier;

/**
 * A ticker named by a configuration parameter ({@code perfkit.ticker}, {@code perfkit.cpu.ticker}), checked on every
 * reading, so that a broken one is reported as the configuration error it is rather than as figures that mean
 * nothing: a reading that throws, one below the same thread's previous reading, or {@value #STALLED_READS} equal
 * readings in a row on one thread (a warm-up or a paced run would wait forever) stops the test at once; a ticker that
 * never moved during a whole test, which would measure every call at 0 ns, fails it afterwards (see {@link #guard}).
 *
 * <p>Thread-safe: each thread's readings are checked against its own previous reading (a scripted ticker may keep one
 * clock per thread). The system ticker is never wrapped.
 */
public final class CheckedTicker implements Ticker {

    /** Equal readings in a row on one thread after which the ticker counts as stopped. */
    public static final int STALLED_READS = 1_000_000;

    private final Ticker ticker;
    private final String setting;
    /** Per thread: whether it has read, its last reading, and how many equal readings in a row it has seen. */
    private final ThreadLocal<long[]> state = ThreadLocal.withInitial(() -> new long[3]);

    private volatile boolean read;
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
        long[] s = state.get();
        if (s[0] == 0) {
            s[0] = 1;
            read = true;
        } else if (now < s[1]) {
            throw new Fault(
                    setting + " went backwards, from " + s[1] + " ns to " + now
                            + " ns; a Ticker's readings must never decrease",
                    null);
        } else if (now == s[1]) {
            if (++s[2] >= STALLED_READS) {
                throw new Fault(
                        setting + " stood still at " + now + " ns for " + STALLED_READS
                                + " readings in a row; a Ticker must move with the time that passes",
                        null);
            }
        } else {
            s[2] = 0;
            if (!moved) {
                moved = true;
            }
        }
        s[1] = now;
        return now;
    }

    /**
     * Runs a test's measurement with {@code ticker} as its clock and turns a broken ticker into a configuration error
     * that names the test: one that failed while it ran, or one that was read and never moved.
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
            throw t;
        }
        if (ticker instanceof CheckedTicker c && c.read && !c.moved) {
            throw new ExtensionConfigurationException(what + ": " + c.setting
                    + " never moved: it gave the same reading every time, so every call would measure 0 ns; a Ticker "
                    + "must move with the time that passes (a scripted one: advance it in the body)");
        }
        return result;
    }

    /** A broken ticker, on its way out of the measurement to {@link #guard}. */
    private static final class Fault extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Fault(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
