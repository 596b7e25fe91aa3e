package dev.perfkit.core.internal.memo;

import dev.perfkit.Ticker;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** A ticker that moves only when the test says so. Thread-safe. */
final class ScriptedTicker implements Ticker {
  private final AtomicLong now = new AtomicLong(1_000);

  @Override
  public long nanos() {
    return now.get();
  }

  void advance(Duration d) {
    now.addAndGet(d.toNanos());
  }
}
