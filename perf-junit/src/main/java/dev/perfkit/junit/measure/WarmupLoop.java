package dev.perfkit.junit.measure;

import dev.perfkit.Ticker;
import dev.perfkit.Timer;
import dev.perfkit.junit.measure.jvm.JvmProbe;
import dev.perfkit.junit.measure.jvm.JvmSteadiness;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * One thread's warm-up: calls the body one at a time, records each call's latency, and ends after the planned calls
 * or time, or, until steady, when the whole JVM is steady (see {@link JvmSteadiness}) and the window medians have
 * stopped moving, or at the cap. The leading thread also tracks windows and the JVM in the fixed modes, so that the
 * harness learns how long one call takes and can say whether the fixed warm-up was long enough. Not thread-safe: one
 * per thread.
 */
public final class WarmupLoop {

    /** A window counts only once it holds at least this many calls. */
    public static final int MIN_WINDOW_CALLS = 5;
    /** Calls in a row without the ticker moving after which the warm-up gives up. */
    public static final int STALLED_CALLS = 1_000_000;

    private final WarmupSpec plan;
    private final Ticker ticker;
    private final Body body;
    private final Timer timer;
    private final SteadyState steady;
    private final JvmSteadiness jvm;
    private final WindowTrace trace;
    private long nanos;
    private long calls;
    private long windowCalls;
    private long last = Long.MIN_VALUE;
    private Progress progress = Progress.NONE;
    private long started = Long.MIN_VALUE;
    private long reported;
    private long stalled;
    private boolean latencySteady;
    private boolean jvmSteady;

    public WarmupLoop(WarmupSpec plan, Ticker ticker, Body body, Timer timer, JvmProbe probe) {
        this.plan = plan;
        this.ticker = ticker;
        this.body = body;
        this.timer = timer;
        this.steady = probe == null ? null : new SteadyState(plan.tolerance());
        this.jvm = probe == null ? null : new JvmSteadiness(probe);
        this.trace = probe == null ? null : new WindowTrace();
    }

    /** Reports progress to {@code sink} every {@link Progress#EVERY_NANOS} of warm-up; returns this loop. */
    public WarmupLoop reportingTo(Progress sink) {
        this.progress = sink;
        return this;
    }

    /** Warms up until the plan says so or {@code stop} answers true (checked before every call). */
    public void run(BooleanSupplier stop) throws Throwable {
        WarmupSpec.Mode mode = plan.mode();
        long start = ticker.nanos();
        long windowStart = start;
        long now = start;
        while (!stop.getAsBoolean() && !(mode == WarmupSpec.Mode.ITERATIONS && calls >= plan.amount())) {
            now = call();
            if (steady != null && now - windowStart >= plan.windowNanos() && windowCalls >= MIN_WINDOW_CALLS) {
                endWindow(now - windowStart);
                windowStart = now;
                if (settled() && mode == WarmupSpec.Mode.STEADY) {
                    break;
                }
            }
            if ((mode == WarmupSpec.Mode.DURATION && now - start >= plan.amount())
                    || (mode == WarmupSpec.Mode.STEADY && now - start >= plan.capNanos())) {
                break;
            }
        }
        nanos = now - start;
    }

    /**
     * Calls the body once, timing it; returns the ticker's reading after the call.
     *
     * @throws IllegalStateException when the ticker went backwards, or stood still for {@value #STALLED_CALLS} calls
     *     in a row: a warm-up that waits for time to pass would otherwise never end
     */
    long call() throws Throwable {
        timer.recordNanos(Sampler.timeBatch(ticker, body, 1));
        calls++;
        windowCalls++;
        long now = ticker.nanos();
        if (now < last) {
            throw new IllegalStateException("the ticker went backwards during the warm-up, from " + last + " ns to "
                    + now + " ns; a warm-up needs a ticker that moves forward (" + Settings.TICKER + ")");
        }
        stalled = now == last ? stalled + 1 : 0;
        if (stalled >= STALLED_CALLS) {
            throw new IllegalStateException("the ticker stood still at " + now + " ns for " + STALLED_CALLS + " calls "
                    + "during the warm-up; a warm-up that waits for time to pass needs a ticker that moves ("
                    + Settings.TICKER + ")");
        }
        last = now;
        return now;
    }

    /** Ends a window that lasted {@code wallNanos}: feeds its median to the latency check and the JVM's state. */
    void endWindow(long wallNanos) {
        latencySteady = steady.add(timer.intervalSnapshot().valueAtPercentile(50));
        jvmSteady = jvm.window(windowCalls, wallNanos);
        windowCalls = 0;
        if (started == Long.MIN_VALUE) {
            started = last - wallNanos;
            reported = started;
        }
        trace.add(last - started, steady.lastMedian());
        if (last - reported >= Progress.EVERY_NANOS) {
            reported = last;
            List<String> waiting = unsteady(true);
            progress.report("warming up " + dev.perfkit.Units.formatNanos(last - started) + " (" + steady.windows()
                    + " windows): p50 of the last window " + dev.perfkit.Units.formatNanos(steady.lastMedian())
                    + (waiting.isEmpty() ? "; steady" : "; waiting for: " + String.join(", ", waiting)));
        }
    }

    /** Whether both the latency and the JVM are steady as of the last window. */
    boolean settled() {
        return latencySteady && jvmSteady;
    }

    /** The calls made in the current window so far. */
    long windowCalls() {
        return windowCalls;
    }

    /** How the warm-up went; meaningful on the leading thread. */
    public WarmupOutcome outcome() {
        return outcome(nanos, plan.mode() == WarmupSpec.Mode.STEADY);
    }

    /** How the warm-up went, given its length. */
    public WarmupOutcome outcome(long nanos, boolean untilSteady) {
        return new WarmupOutcome(
                nanos,
                calls,
                steady == null ? 0 : steady.windows(),
                untilSteady && settled(),
                untilSteady,
                unsteady(untilSteady),
                trace == null ? new long[0] : trace.endNanos(),
                trace == null ? new long[0] : trace.medians());
    }

    /**
     * Why the warm-up was not steady at its end; empty when it was, when it did not track windows, or when a fixed
     * warm-up was too short to tell (fewer than {@value SteadyState#WINDOWS} windows).
     */
    List<String> unsteady(boolean untilSteady) {
        List<String> out = new ArrayList<>();
        if (steady == null || settled() || (!untilSteady && steady.windows() < SteadyState.WINDOWS)) {
            return out;
        }
        if (!latencySteady) {
            out.add(
                    steady.windows() < SteadyState.WINDOWS
                            ? "fewer than " + SteadyState.WINDOWS + " windows"
                            : "latency still moving");
        }
        if (!jvmSteady) {
            for (String r : jvm.reasons()) {
                if (!out.contains(r)) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    /**
     * The median latency of the latest window, or of the calls since then when no window completed; -1 without calls.
     * Includes the harness's overhead.
     */
    public long estimateNanos() {
        if (steady != null && steady.windows() > 0) {
            return steady.lastMedian();
        }
        return calls == 0 ? -1 : timer.intervalSnapshot().valueAtPercentile(50);
    }
}
