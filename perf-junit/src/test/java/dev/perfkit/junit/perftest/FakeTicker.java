package dev.perfkit.junit.perftest;

import dev.perfkit.Ticker;
import java.util.concurrent.atomic.AtomicLong;

/** A ticker that moves only when told to, and by a fixed cost on every reading (as a real clock read costs time). */
final class FakeTicker implements Ticker {

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final long perRead;

    FakeTicker(long perRead) {
        this.perRead = perRead;
    }

    @Override
    public long nanos() {
        return now.getAndAdd(perRead);
    }

    void advance(long nanos) {
        now.addAndGet(nanos);
    }
}
