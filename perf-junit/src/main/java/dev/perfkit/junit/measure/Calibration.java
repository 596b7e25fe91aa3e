package dev.perfkit.junit.measure;

import dev.perfkit.Ticker;
import java.util.Arrays;

/**
 * The harness's view of its own clock: the ticker's resolution, the cost of timing one sample, and how many calls to
 * put in one sample so that both stay small against the sample's length. Stateless.
 *
 * <p>A sample is timed by two ticker readings around a batch of calls. Its fixed cost (the readings, the loop, the call
 * of a body that does nothing) is measured with a baseline body and subtracted from every sample. When one call is
 * shorter than {@value #BATCH_FACTOR} times the larger of that cost and the clock's resolution, calls are batched until
 * a sample reaches that length, and each sample records the mean per call of its batch.
 */
public final class Calibration {

    /** A sample should last at least this many times the larger of timing cost and clock resolution. */
    public static final int BATCH_FACTOR = 20;
    /** The most calls in one sample. */
    public static final int MAX_BATCH = 1 << 16;

    private static final int RESOLUTION_READS = 1_000;
    private static final int MAX_OVERHEAD_SAMPLES = 2_001;
    private static final long OVERHEAD_CALLS = 2_000_000;
    private static final long WARM_CALLS = 200_000;
    private static final long WARM_SAMPLES_MIN = 100;

    private Calibration() {}

    /**
     * Returns the smallest non-zero step between consecutive readings of the ticker, or 0 when the ticker did not move
     * (a scripted ticker).
     */
    public static long resolutionNanos(Ticker ticker) {
        long prev = ticker.nanos();
        long step = Long.MAX_VALUE;
        for (int i = 0; i < RESOLUTION_READS; i++) {
            long now = ticker.nanos();
            if (now != prev) {
                step = Math.min(step, Math.abs(now - prev));
            }
            prev = now;
        }
        return step == Long.MAX_VALUE ? 0 : step;
    }

    /** Returns the median time of a sample of {@code batch} calls of {@code baseline}, the fixed cost of one sample. */
    public static long overheadNanos(Ticker ticker, Body baseline, int batch) throws Throwable {
        int samples = (int) Math.max(101, Math.min(MAX_OVERHEAD_SAMPLES, OVERHEAD_CALLS / batch));
        // The sampling loop was compiled for the test's body; the baseline's first samples run it deoptimized or
        // interpreted (measured here: 100 ns a sample instead of 20 ns), which would remove too much from every sample.
        for (int s = 0, warm = (int) Math.max(WARM_SAMPLES_MIN, WARM_CALLS / batch); s < warm; s++) {
            Sampler.timeBatch(ticker, baseline, batch);
        }
        long[] elapsed = new long[samples];
        for (int s = 0; s < samples; s++) {
            elapsed[s] = Sampler.timeBatch(ticker, baseline, batch);
        }
        Arrays.sort(elapsed);
        return Math.max(0, elapsed[samples / 2]);
    }

    /**
     * Chooses how to time a body: measures the cost of a one-call sample of {@code baseline}, picks the batch size for
     * a body whose call takes {@code estimateNanos} (overhead included; negative when unknown, which times every call)
     * and measures the cost of a sample of that batch.
     *
     * @param maxBatch the most calls one sample may hold
     */
    public static Sampling sampling(
            Ticker ticker, Body baseline, long estimateNanos, long resolutionNanos, long maxBatch) throws Throwable {
        long one = overheadNanos(ticker, baseline, 1);
        int batch = estimateNanos < 0
                ? 1
                : (int) Math.min(maxBatch, batchSize(Math.max(0, estimateNanos - one), one, resolutionNanos));
        return new Sampling(batch, batch == 1 ? one : overheadNanos(ticker, baseline, batch));
    }

    /**
     * How samples are taken. Immutable.
     *
     * @param batch calls per sample, at least 1
     * @param overheadNanos the fixed cost of one sample, removed from each
     */
    public record Sampling(int batch, long overheadNanos) {}

    /**
     * Returns how many calls to put in one sample: 1 when a call lasts at least {@value #BATCH_FACTOR} times the larger
     * of {@code overheadNanos} and {@code resolutionNanos} (or both are 0), otherwise enough calls to reach that
     * length, at most {@value #MAX_BATCH}.
     *
     * @param callNanos the net time of one call, overhead already removed
     */
    public static int batchSize(long callNanos, long overheadNanos, long resolutionNanos) {
        long target = BATCH_FACTOR * Math.max(overheadNanos, resolutionNanos);
        if (target == 0 || callNanos >= target) {
            return 1;
        }
        long perCall = Math.max(1, callNanos);
        return (int) Math.min(MAX_BATCH, (target + perCall - 1) / perCall);
    }
}
