package dev.perfkit.core.internal;

import dev.perfkit.Ticker;
import java.util.concurrent.atomic.AtomicLong;

/** A ticker that moves only when told to. */
final class ScriptedTicker implements Ticker {
  private final AtomicLong now = new AtomicLong(1_000);

  @Override
  public long nanos() {
    return now.get();
  }

  void advance(long nanos) {
    now.addAndGet(nanos);
  }
}
