package dev.perfkit.core.internal;

import dev.perfkit.Ticker;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** A ticker that moves only when the test says so; shared by the engine's and the memos' tests. Thread-safe. */
public final class ScriptedTicker implements Ticker {
    private final AtomicLong now = new AtomicLong(1_000);

    @Override
    public long nanos() {
        return now.get();
    }

    /** Moves the ticker forward by {@code nanos}. */
    public void advance(long nanos) {
        now.addAndGet(nanos);
    }

    /** Moves the ticker forward by {@code d}. */
    public void advance(Duration d) {
        advance(d.toNanos());
    }
}
