package dev.perfkit.core.internal;

import dev.perfkit.Counter;
import dev.perfkit.Tags;
import java.util.concurrent.atomic.LongAdder;

/** The core engine's counter: a {@link LongAdder}, striped under contention, never blocking. */
final class CoreCounter implements Counter {
    private final String name;
    private final Tags tags;
    private final LongAdder count = new LongAdder();
    private final LongAdder rejected = new LongAdder();

    CoreCounter(String name, Tags tags) {
        this.name = name;
        this.tags = tags;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Tags tags() {
        return tags;
    }

    @Override
    public void increment() {
        count.increment();
    }

    @Override
    public void increment(long amount) {
        if (amount < 0) {
            rejected.increment();
        } else {
            count.add(amount);
        }
    }

    @Override
    public long count() {
        return count.sum();
    }

    @Override
    public long rejectedCount() {
        return rejected.sum();
    }

    @Override
    public String toString() {
        return "Counter[" + name + (tags.isEmpty() ? "" : " " + tags) + "=" + count() + "]";
    }
}
