package dev.perfkit;

import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** A timer that records nothing; bodies still run. */
final class NoopTimer implements Timer {
    private final TimerConfig config;

    NoopTimer(TimerConfig config) {
        this.config = config;
    }

    @Override
    public String name() {
        return config.name();
    }

    @Override
    public TimerConfig config() {
        return config;
    }

    @Override
    public void recordNanos(long nanos) {}

    @Override
    public void recordNanos(long nanos, long expectedIntervalNanos) {}

    @Override
    public long tick() {
        return 0;
    }

    @Override
    public void recordSince(long startTick) {}

    @Override
    public void record(Runnable body) {
        body.run();
    }

    @Override
    public <T> T recordSupplier(Supplier<T> body) {
        return body.get();
    }

    @Override
    public <T> T recordCallable(Callable<T> body) throws Exception {
        return body.call();
    }

    @Override
    public TimerSnapshot snapshot() {
        return TimerSnapshot.builder(config.name(), config.precisionBits(), 0)
                .tags(config.tags())
                .build();
    }

    @Override
    public TimerSnapshot intervalSnapshot() {
        return snapshot();
    }

    @Override
    public void intervalSnapshot(SnapshotSink sink) {
        sink.begin(config.name(), config.precisionBits(), 0, 0, 0, 0, 0, 0, 0, 0);
    }

    @Override
    public String toString() {
        return "NoopTimer[" + config.name() + (config.tags().isEmpty() ? "" : " " + config.tags()) + "]";
    }
}
