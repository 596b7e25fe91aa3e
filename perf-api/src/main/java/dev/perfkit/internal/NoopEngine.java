package dev.perfkit.internal;

import dev.perfkit.Counter;
import dev.perfkit.PerfRegistry;
import dev.perfkit.RegistryConfig;
import dev.perfkit.Tags;
import dev.perfkit.Timer;
import dev.perfkit.TimerConfig;
import dev.perfkit.spi.PerfEngine;
import java.util.List;

/** The engine used when none is on the class path: every meter is a no-op. */
public final class NoopEngine implements PerfEngine {
    /** The only instance. */
    public static final NoopEngine INSTANCE = new NoopEngine();

    private NoopEngine() {}

    @Override
    public String name() {
        return "noop";
    }

    @Override
    public PerfRegistry newRegistry(RegistryConfig config) {
        return new NoopRegistry(config);
    }

    private static final class NoopRegistry implements PerfRegistry {
        private final RegistryConfig config;
        private volatile boolean closed;

        NoopRegistry(RegistryConfig config) {
            this.config = config;
        }

        @Override
        public String engineName() {
            return "noop";
        }

        @Override
        public RegistryConfig config() {
            return config;
        }

        @Override
        public Timer timer(String name) {
            return Timer.noop(TimerConfig.of(name));
        }

        @Override
        public Timer timer(String name, Tags tags) {
            return Timer.noop(TimerConfig.builder(name).tags(tags).build());
        }

        @Override
        public Timer timer(TimerConfig timerConfig) {
            return Timer.noop(timerConfig);
        }

        @Override
        public Counter counter(String name) {
            return Counter.noop(name);
        }

        @Override
        public Counter counter(String name, Tags tags) {
            return Counter.noop(name, tags);
        }

        @Override
        public List<Timer> timers() {
            return List.of();
        }

        @Override
        public List<Counter> counters() {
            return List.of();
        }

        @Override
        public long deniedRegistrations() {
            return 0;
        }

        @Override
        public long clampedTagValues() {
            return 0;
        }

        @Override
        public boolean isClosed() {
            return closed;
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
