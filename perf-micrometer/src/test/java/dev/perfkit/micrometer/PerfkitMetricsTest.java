package dev.perfkit.micrometer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfkit.PerfRegistry;
import dev.perfkit.Tags;
import dev.perfkit.Timer;
import dev.perfkit.TimerSnapshot;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The bridge against Micrometer's SimpleMeterRegistry and the Prometheus registry's scrape text. */
class PerfkitMetricsTest {

    private static final Tags GET_200 = Tags.of("method", "GET", "status", "200");

    private static PerfkitMetrics manual(PerfRegistry perf) {
        return PerfkitMetrics.builder(perf).refreshEvery(Duration.ZERO).build();
    }

    private static FunctionTimer functionTimer(MeterRegistry registry, String name) {
        return registry.get(name).tags("method", "GET", "status", "200").functionTimer();
    }

    /** A time gauge's value in nanoseconds, rounded: Micrometer converts through seconds as a double. */
    private static long gauge(MeterRegistry registry, String name, String... tags) {
        return Math.round(registry.get(name).tags(tags).timeGauge().value(TimeUnit.NANOSECONDS));
    }

    @Test
    void timersAndCountersAppearWithTheirTagsCountTotalMaxAndPercentiles() {
        try (PerfRegistry perf = PerfRegistry.create();
                PerfkitMetrics metrics = manual(perf)) {
            Timer get = perf.timer("http.server", GET_200);
            for (long v = 1; v <= 1_000; v++) {
                get.recordNanos(v * 1_000);
            }
            perf.counter("db.queries", Tags.of("db", "orders")).increment(42);
            SimpleMeterRegistry simple = new SimpleMeterRegistry();
            metrics.bindTo(simple);

            TimerSnapshot s = get.snapshot();
            FunctionTimer ft = functionTimer(simple, "http.server");
            assertEquals(1_000, ft.count());
            assertEquals(
                    (double) s.totalNanos(),
                    ft.totalTime(TimeUnit.NANOSECONDS),
                    1.0,
                    "Micrometer converts through seconds");
            assertEquals(1_000_000, gauge(simple, "http.server.max", "method", "GET", "status", "200"));
            assertEquals(
                    s.valueAtPercentile(50), gauge(simple, "http.server.percentile", "method", "GET", "phi", "0.5"));
            assertEquals(s.valueAtPercentile(99), gauge(simple, "http.server.percentile", "phi", "0.99"));
            assertEquals(s.valueAtPercentile(99.9), gauge(simple, "http.server.percentile", "phi", "0.999"));
            FunctionCounter queries =
                    simple.get("db.queries").tags("db", "orders").functionCounter();
            assertEquals(42, queries.count());
            perf.counter("db.queries", Tags.of("db", "orders")).increment();
            assertEquals(43, queries.count(), "counters are read live");
        }
    }

    @Test
    void meterCreatedAfterBindingAppearAtTheNextRefresh() {
        try (PerfRegistry perf = PerfRegistry.create();
                PerfkitMetrics metrics = manual(perf)) {
            SimpleMeterRegistry simple = new SimpleMeterRegistry();
            metrics.bindTo(simple);
            Timer late = perf.timer("late", GET_200);
            late.recordNanos(5_000);
            perf.counter("late.count").increment();
            assertNull(simple.find("late").functionTimer());
            metrics.refresh();
            assertEquals(1, functionTimer(simple, "late").count());
            assertEquals(1, simple.get("late.count").functionCounter().count());
        }
    }

    @Test
    void maxAndPercentilesDescribeTheWindowBetweenRefreshesCountsAndTotalsAccumulate() {
        try (PerfRegistry perf = PerfRegistry.create();
                PerfkitMetrics metrics = manual(perf)) {
            Timer t = perf.timer("http.server", GET_200);
            SimpleMeterRegistry simple = new SimpleMeterRegistry();
            metrics.bindTo(simple);
            for (int i = 0; i < 100; i++) {
                t.recordNanos(1_000_000); // a slow first window
            }
            metrics.refresh();
            assertEquals(1_000_000, gauge(simple, "http.server.max", "method", "GET"));
            for (int i = 0; i < 100; i++) {
                t.recordNanos(2_000); // a fast second window
            }
            metrics.refresh();
            assertEquals(200, functionTimer(simple, "http.server").count());
            assertEquals(
                    100 * 1_000_000 + 100 * 2_000,
                    functionTimer(simple, "http.server").totalTime(TimeUnit.NANOSECONDS),
                    1.0);
            long p99 = gauge(simple, "http.server.percentile", "phi", "0.99");
            long max = gauge(simple, "http.server.max", "method", "GET");
            assertTrue(p99 >= 2_000 && p99 <= 2_000 * 65 / 64, "p99 of the fast window only: " + p99);
            assertTrue(max >= 2_000 && max <= 2_000 * 65 / 64, "max of the fast window only: " + max);
            metrics.refresh();
            assertEquals(0, gauge(simple, "http.server.max", "method", "GET"), "an empty window");
            assertEquals(200, t.intervalSnapshot().count(), "the bridge left the timer's interval alone");
        }
    }

    @Test
    void aMeterMicrometerRefusesIsSkippedAndCountedNotThrown() {
        try (PerfRegistry perf = PerfRegistry.create();
                PerfkitMetrics metrics = manual(perf)) {
            SimpleMeterRegistry simple = new SimpleMeterRegistry();
            simple.gauge("taken", 1.0); // a gauge already has the name a perfkit timer will want
            perf.timer("taken").recordNanos(1);
            perf.timer("fine").recordNanos(1);
            metrics.bindTo(simple);
            assertEquals(1, metrics.refusedMeters());
            assertEquals(1, simple.get("fine").functionTimer().count());
            metrics.refresh();
            assertEquals(1, metrics.refusedMeters(), "a refused meter is not tried again");
        }
    }

    @Test
    @Timeout(60) // a guard against a hang, not a timing assertion
    void theRefreshThreadPublishesWithoutBeingAsked() throws Exception {
        try (PerfRegistry perf = PerfRegistry.create();
                PerfkitMetrics metrics = PerfkitMetrics.builder(perf)
                        .refreshEvery(Duration.ofMillis(10))
                        .build()) {
            SimpleMeterRegistry simple = new SimpleMeterRegistry();
            metrics.bindTo(simple);
            perf.timer("background").recordNanos(1);
            // waits for an event, not for a time: the test fails only if no refresh ever comes
            while (simple.find("background").functionTimer() == null) {
                Thread.sleep(5);
            }
            assertEquals(1, simple.get("background").functionTimer().count());
        }
    }

    @Test
    void invalidSettingsSayWhatIsWrong() {
        try (PerfRegistry perf = PerfRegistry.create()) {
            assertEquals(
                    "percentiles must be within [0, 1] (0.99 is p99), got 99.0",
                    assertThrows(
                                    IllegalArgumentException.class,
                                    () -> PerfkitMetrics.builder(perf).percentiles(99))
                            .getMessage());
            assertThrows(
                    IllegalArgumentException.class,
                    () -> PerfkitMetrics.builder(perf).refreshEvery(Duration.ofSeconds(-1)));
        }
    }

    @Test
    void prometheusScrapeShowsTheTimerAsASummaryWithQuantilesAndTheCounter() {
        try (PerfRegistry perf = PerfRegistry.create();
                PerfkitMetrics metrics = manual(perf)) {
            Timer get = perf.timer("http.server", GET_200);
            get.recordNanos(1_000_000);
            get.recordNanos(3_000_000);
            perf.counter("db.queries", Tags.of("db", "orders")).increment(7);
            PrometheusMeterRegistry prometheus = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
            metrics.bindTo(prometheus);
            String text = prometheus.scrape();
            assertTrue(text.contains("# TYPE http_server_seconds summary\n"), text);
            assertTrue(text.contains("http_server_seconds_count{method=\"GET\",status=\"200\"} 2\n"), text);
            assertTrue(text.contains("http_server_seconds_sum{method=\"GET\",status=\"200\"} 0.004\n"), text);
            assertTrue(text.contains("http_server_seconds_max{method=\"GET\",status=\"200\"} 0.003\n"), text);
            assertTrue(
                    text.contains("http_server_seconds{method=\"GET\",status=\"200\",quantile=\"0.99\"} 0.003\n"),
                    text);
            assertFalse(text.contains("percentile"), "no phi gauges beside the summary: " + text);
            assertTrue(text.contains("db_queries_total{db=\"orders\"} 7.0\n"), text);
        }
    }

    /** The value of the one scrape line that starts with {@code series}. */
    private static double sample(String scrape, String series) {
        for (String line : scrape.lines().toList()) {
            if (line.startsWith(series + " ")) {
                return Double.parseDouble(line.substring(series.length() + 1));
            }
        }
        throw new AssertionError("no line " + series + " in\n" + scrape);
    }

    @Test
    void prometheusQuantilesAreTheWindowsPercentilesCountAndSumStayCumulative() {
        try (PerfRegistry perf = PerfRegistry.create();
                PerfkitMetrics metrics = PerfkitMetrics.builder(perf)
                        .percentiles(0.5, 0.99)
                        .refreshEvery(Duration.ZERO)
                        .build()) {
            Timer get = perf.timer("http.server", GET_200);
            for (long v = 1; v <= 1_000; v++) {
                get.recordNanos(v * 1_000);
            }
            PrometheusMeterRegistry prometheus = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
            prometheus.config().commonTags("app", "orders");
            metrics.bindTo(prometheus);
            TimerSnapshot first = get.snapshot();
            String series = "http_server_seconds{app=\"orders\",method=\"GET\",status=\"200\"";
            String text = prometheus.scrape();
            assertEquals(first.valueAtPercentile(99) / 1e9, sample(text, series + ",quantile=\"0.99\"}"), 1e-12);
            assertEquals(first.valueAtPercentile(50) / 1e9, sample(text, series + ",quantile=\"0.5\"}"), 1e-12);
            assertFalse(text.contains("quantile=\"0.9\""), "only the configured percentiles: " + text);

            for (int i = 0; i < 100; i++) {
                get.recordNanos(2_000); // a fast second window
            }
            metrics.refresh();
            text = prometheus.scrape();
            String labels = "{app=\"orders\",method=\"GET\",status=\"200\"}";
            assertEquals(1_100, sample(text, "http_server_seconds_count" + labels));
            assertEquals(get.snapshot().totalNanos() / 1e9, sample(text, "http_server_seconds_sum" + labels), 1e-12);
            double p99 = sample(text, series + ",quantile=\"0.99\"}");
            assertTrue(p99 >= 2e-6 && p99 <= 2e-6 * 65 / 64, "p99 of the fast window only: " + p99);
            assertTrue(sample(text, "http_server_seconds_max" + labels) <= 2e-6 * 65 / 64, text);
        }
    }

    @Test
    void aTimerAMeterFilterDeniesIsNotInTheScrape() {
        try (PerfRegistry perf = PerfRegistry.create();
                PerfkitMetrics metrics = manual(perf)) {
            perf.timer("internal.cache").recordNanos(1_000);
            perf.timer("http.server").recordNanos(1_000);
            PrometheusMeterRegistry prometheus = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
            prometheus.config().meterFilter(MeterFilter.denyNameStartsWith("internal"));
            metrics.bindTo(prometheus);
            String text = prometheus.scrape();
            assertFalse(text.contains("internal_cache"), text);
            assertTrue(text.contains("http_server_seconds_count 1\n"), text);
            assertEquals(0, metrics.refusedMeters());
        }
    }
}
