package dev.perfkit.junit.measure;

import dev.perfkit.Ticker;
import java.util.concurrent.locks.LockSupport;

/**
 * Waits until a call is due, for open-loop runs. On the system ticker it parks while the wait is long and spins for
 * the last stretch; on any other ticker (a scripted one, which only moves when read or when the body moves it) it
 * only spins, reading the ticker. Not thread-safe: one per thread.
 */
public final class Pacer {

    private static final long PARK_ABOVE_NANOS = 200_000;
    private static final long SPIN_LAST_NANOS = 100_000;
    private static final int STUCK_READS = 1_000_000;

    private final Ticker ticker;
    private final boolean mayPark;

    public Pacer(Ticker ticker) {
        this.ticker = ticker;
        this.mayPark = ticker == Ticker.system();
    }

    /**
     * Returns once the ticker reads at least {@code dueNanos}; at once if that time has passed.
     *
     * @throws IllegalStateException if the ticker gave the same reading a million times in a row: a scripted ticker
     *     that only the body moves can never reach the due time
     */
    public void awaitTick(long dueNanos) {
        long now = ticker.nanos();
        long previous = now;
        int same = 0;
        while (now < dueNanos) {
            long left = dueNanos - now;
            if (mayPark && left > PARK_ABOVE_NANOS) {
                LockSupport.parkNanos(left - SPIN_LAST_NANOS);
            } else {
                Thread.onSpinWait();
            }
            now = ticker.nanos();
            same = now == previous ? same + 1 : 0;
            previous = now;
            if (same >= STUCK_READS) {
                throw new IllegalStateException("the ticker stopped at " + now + " ns while a call was due at "
                        + dueNanos + " ns; a paced (rate) run needs a ticker that moves on its own");
            }
        }
    }
}
