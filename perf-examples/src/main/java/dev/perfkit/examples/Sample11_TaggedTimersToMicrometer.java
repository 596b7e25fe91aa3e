package dev.perfkit.examples;

import dev.perfkit.PerfRegistry;
import dev.perfkit.Tags;
import dev.perfkit.Timer;
import dev.perfkit.micrometer.PerfkitMetrics;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * Sample 07: tag timers by request kind, and export them to Micrometer (Prometheus, OpenTelemetry, ...) without paying
 * Micrometer's cost on every request.
 *
 * <p>The naive way puts the dimensions into the name ({@code "http.server.GET.200"}): a string built per request, and a
 * name that dashboards cannot split or sum by method or status. The other naive way looks the Micrometer timer up per
 * request with {@code Timer.builder(name).tags(...).register(registry)}, which allocates an id on every call. The right
 * way keeps the tags of each kind in a constant and looks the perfkit timer up with it ({@code registry.timer(name,
 * tags)}: no allocation once the timer exists); a {@link PerfkitMetrics} binder publishes every perfkit timer, with its
 * tags, to the Micrometer registry the application already exports.
 *
 * <p>Run: {@code mvn -q -DskipTests -pl perf-examples -am package
 * exec:java -Dexec.mainClass=dev.perfkit.examples.Sample11_TaggedTimersToMicrometer}
 */
public final class Sample11_TaggedTimersToMicrometer {

    private Sample11_TaggedTimersToMicrometer() {}

    /** The request kinds this service sees, as constants: built once, looked up for free. */
    private static final Tags GET_200 = Tags.of("method", "GET", "status", "200");

    private static final Tags POST_201 = Tags.of("method", "POST", "status", "201");
    private static final Tags GET_404 = Tags.of("method", "GET", "status", "404");

    /**
     * Runs the sample.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        SplittableRandom random = new SplittableRandom(7);
        Tags[] kinds = {GET_200, GET_200, GET_200, POST_201, GET_404};
        long[] baseMicros = {200, 200, 200, 900, 50};

        // The naive way: the dimensions in the name. Each kind is a separate, unrelated name.
        try (PerfRegistry naive = PerfRegistry.create()) {
            for (int i = 0; i < 1_000; i++) {
                Tags kind = kinds[i % kinds.length];
                naive.timer("http.server." + kind.get("method") + "." + kind.get("status"))
                        .recordNanos(1_000);
            }
            System.out.println("naive: " + naive.timers().size() + " unrelated names, e.g. "
                    + naive.timers().get(0).name());
        }

        // The right way: one name, constant tags, and a binder for Micrometer.
        try (PerfRegistry registry = PerfRegistry.create();
                PerfkitMetrics metrics = PerfkitMetrics.builder(registry)
                        .refreshEvery(Duration.ZERO)
                        .build()) {
            SimpleMeterRegistry micrometer = new SimpleMeterRegistry(); // in production: Prometheus, OTLP, Datadog, ...
            metrics.bindTo(micrometer);
            for (int i = 0; i < 10_000; i++) {
                int k = i % kinds.length;
                Timer t =
                        registry.timer("http.server", kinds[k]); // no allocation: the timer exists after the first call
                t.recordNanos(TimeUnit.MICROSECONDS.toNanos(baseMicros[k] + random.nextLong(baseMicros[k])));
            }
            System.out.print(registry.report());

            metrics.refresh(); // the binder's thread does this every 10 s; the sample does it once, by hand
            System.out.println("\nthe same timers in Micrometer:");
            for (FunctionTimer ft : micrometer.find("http.server").functionTimers()) {
                double p99 = micrometer
                        .get("http.server.percentile")
                        .tags(ft.getId().getTags())
                        .tag("phi", "0.99")
                        .timeGauge()
                        .value(TimeUnit.MICROSECONDS);
                System.out.printf(
                        "  %s %s=%s %s=%s count=%.0f p99=%.0f us%n",
                        ft.getId().getName(),
                        ft.getId().getTags().get(0).getKey(),
                        ft.getId().getTags().get(0).getValue(),
                        ft.getId().getTags().get(1).getKey(),
                        ft.getId().getTags().get(1).getValue(),
                        ft.count(),
                        p99);
            }
        }
    }
}
