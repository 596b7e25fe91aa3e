package dev.perfkit.junit.internal;

import dev.perfkit.Ticker;
import dev.perfkit.Timer;
import java.util.function.BooleanSupplier;

/**
 * One thread's warm-up: calls the body one at a time, records each call's latency, and ends after the planned calls
 * or time, or, until steady, when the window medians stop moving or the cap is reached. The leading thread also tracks
 * windows in the fixed modes, so that the harness learns how long one call takes. Not thread-safe: one per thread.
 */
final class WarmupLoop {

  /** A window counts only once it holds at least this many calls. */
  static final int MIN_WINDOW_CALLS = 5;

  private final Plan plan;
  private final Ticker ticker;
  private final Body body;
  private final Timer timer;
  private final SteadyState steady;
  private long nanos;
  private long calls;
  private boolean settled;

  WarmupLoop(Plan plan, Ticker ticker, Body body, Timer timer, boolean leading) {
    this.plan = plan;
    this.ticker = ticker;
    this.body = body;
    this.timer = timer;
    this.steady = leading ? new SteadyState(plan.tolerance()) : null;
  }

  /** Warms up until the plan says so or {@code stop} answers true (checked before every call). */
  void run(BooleanSupplier stop) throws Throwable {
    Plan.Warmup mode = plan.warmup();
    long start = ticker.nanos();
    long windowStart = start;
    long windowCalls = 0;
    long now = start;
    while (!stop.getAsBoolean() && !(mode == Plan.Warmup.ITERATIONS && calls >= plan.warmupAmount())) {
      timer.recordNanos(Sampler.timeBatch(ticker, body, 1));
      calls++;
      windowCalls++;
      now = ticker.nanos();
      if (steady != null && now - windowStart >= plan.windowNanos() && windowCalls >= MIN_WINDOW_CALLS) {
        settled = steady.add(timer.intervalSnapshot().valueAtPercentile(50));
        windowStart = now;
        windowCalls = 0;
        if (settled && mode == Plan.Warmup.STEADY) {
          break;
        }
      }
      if (mode == Plan.Warmup.DURATION && now - start >= plan.warmupAmount()
          || mode == Plan.Warmup.STEADY && now - start >= plan.warmupCapNanos()) {
        break;
      }
    }
    nanos = now - start;
  }

  /** How the warm-up went; meaningful on the leading thread. */
  WarmupOutcome outcome() {
    boolean untilSteady = plan.warmup() == Plan.Warmup.STEADY;
    return new WarmupOutcome(nanos, calls, steady == null ? 0 : steady.windows(), untilSteady && settled, untilSteady);
  }

  /**
   * The median latency of the latest window, or of the calls since then when no window completed; -1 without calls.
   * Includes the harness's overhead.
   */
  long estimateNanos() {
    if (steady != null && steady.windows() > 0) {
      return steady.lastMedian();
    }
    return calls == 0 ? -1 : timer.intervalSnapshot().valueAtPercentile(50);
  }
}
