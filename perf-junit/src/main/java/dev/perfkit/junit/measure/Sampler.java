package dev.perfkit.junit.measure;

import dev.perfkit.Ticker;

/** The timed region, in one place so that calibration and measurement run the very same code. Stateless. */
public final class Sampler {

    private Sampler() {}

    /** Returns the time {@code batch} calls of {@code body} take, read from {@code ticker} before and after. */
    public static long timeBatch(Ticker ticker, Body body, int batch) throws Throwable {
        long t0 = ticker.nanos();
        for (int i = 0; i < batch; i++) {
            body.invoke();
        }
        return ticker.nanos() - t0;
    }

    /** Returns a sample's time per call after removing the fixed overhead of a sample: never negative, rounded. */
    public static long netPerCall(long elapsedNanos, long overheadNanos, int batch) {
        long net = Math.max(0, elapsedNanos - overheadNanos);
        return batch == 1 ? net : Math.round((double) net / batch);
    }
}
