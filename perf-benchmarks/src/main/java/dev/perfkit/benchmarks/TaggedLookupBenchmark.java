package dev.perfkit.benchmarks;

import dev.perfkit.PerfRegistry;
import dev.perfkit.Tags;
import dev.perfkit.Timer;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of looking up an existing timer by name and two constant tags, side by side with Micrometer's equivalents on
 * a {@code SimpleMeterRegistry}. Each registry holds 1,000 other timers of the same name, so the lookup is a real
 * search. Every benchmark returns the timer it found (JMH consumes it).
 *
 * <p>Run with the allocation profiler: {@code java -jar perf-benchmarks/target/benchmarks.jar TaggedLookupBenchmark
 * -prof gc}; {@code gc.alloc.rate.norm} is the bytes allocated per lookup.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class TaggedLookupBenchmark {

    static final String NAME = "http.server";
    static final Tags PERFKIT_TAGS = Tags.of("method", "GET", "status", "200");
    static final List<Tag> MICROMETER_TAGS = List.of(Tag.of("method", "GET"), Tag.of("status", "200"));
    static final io.micrometer.core.instrument.Tags MICROMETER_TAGS_VALUE =
            io.micrometer.core.instrument.Tags.of("method", "GET", "status", "200");

    PerfRegistry perfkit;
    SimpleMeterRegistry micrometer;
    Meter.MeterProvider<io.micrometer.core.instrument.Timer> provider;

    /**
     * Fills both registries with 1,000 timers of the same name and other tags, then registers the timers the benchmarks
     * look up and makes the Micrometer {@code MeterProvider}.
     */
    @Setup(Level.Trial)
    public void setUp() {
        perfkit = PerfRegistry.create();
        micrometer = new SimpleMeterRegistry();
        for (int i = 0; i < 1_000; i++) {
            perfkit.timer(NAME, Tags.of("method", "GET", "status", String.valueOf(1_000 + i)));
            io.micrometer.core.instrument.Timer.builder(NAME)
                    .tags("method", "GET", "status", String.valueOf(1_000 + i))
                    .register(micrometer);
        }
        perfkit.timer(NAME, PERFKIT_TAGS);
        perfkit.timer(NAME);
        io.micrometer.core.instrument.Timer.builder(NAME).tags(MICROMETER_TAGS).register(micrometer);
        provider = io.micrometer.core.instrument.Timer.builder(NAME).withRegistry(micrometer);
    }

    /** Closes both registries. */
    @TearDown(Level.Trial)
    public void tearDown() {
        perfkit.close();
        micrometer.close();
    }

    /**
     * perfkit: {@code registry.timer(name, CONSTANT_TAGS)}, the documented hot-path lookup.
     *
     * @return the timer found, returned so that JMH consumes it
     */
    @Benchmark
    public Timer perfkitConstantTags() {
        return perfkit.timer(NAME, PERFKIT_TAGS);
    }

    /**
     * perfkit: a name without tags.
     *
     * @return the timer found, returned so that JMH consumes it
     */
    @Benchmark
    public Timer perfkitNameOnly() {
        return perfkit.timer(NAME);
    }

    /**
     * perfkit: the builder, tags written inline (allocates the builder and the tags).
     *
     * @return the timer found, returned so that JMH consumes it
     */
    @Benchmark
    public Timer perfkitBuilder() {
        return Timer.builder(NAME).tag("method", "GET").tag("status", "200").register(perfkit);
    }

    /**
     * Micrometer: {@code Timer.builder(name).tags(k, v, k, v).register(registry)}.
     *
     * @return the timer found, returned so that JMH consumes it
     */
    @Benchmark
    public io.micrometer.core.instrument.Timer micrometerBuilderInlineTags() {
        return io.micrometer.core.instrument.Timer.builder(NAME)
                .tags("method", "GET", "status", "200")
                .register(micrometer);
    }

    /**
     * Micrometer: the builder with a constant {@code Tags} value.
     *
     * @return the timer found, returned so that JMH consumes it
     */
    @Benchmark
    public io.micrometer.core.instrument.Timer micrometerBuilderConstantTags() {
        return io.micrometer.core.instrument.Timer.builder(NAME)
                .tags(MICROMETER_TAGS_VALUE)
                .register(micrometer);
    }

    /**
     * Micrometer 1.12+: a {@code MeterProvider} made once, {@code withTags(k, v, k, v)} per lookup.
     *
     * @return the timer found, returned so that JMH consumes it
     */
    @Benchmark
    public io.micrometer.core.instrument.Timer micrometerProviderInlineTags() {
        return provider.withTags("method", "GET", "status", "200");
    }

    /**
     * Micrometer 1.12+: a {@code MeterProvider} with constant tags.
     *
     * @return the timer found, returned so that JMH consumes it
     */
    @Benchmark
    public io.micrometer.core.instrument.Timer micrometerProviderConstantTags() {
        return provider.withTags(MICROMETER_TAGS_VALUE);
    }
}
