package dev.perfkit.examples;

import dev.perfkit.PerfRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The names that code blocks of {@code README.md} and {@code docs/} use without declaring them: each fragment is
 * compiled in a subclass of this class (see {@link DocsCodeBlocksTest}). Only compiled, never run.
 */
public class DocsContext {

    /** A registry, as an application would hold one. */
    protected PerfRegistry registry = PerfRegistry.create();
    /** A Micrometer registry, as Spring Boot would provide one. */
    protected MeterRegistry meterRegistry = new SimpleMeterRegistry();
    /** The parser the examples time. */
    protected Parser parser = new Parser();
    /** One line of input. */
    protected String line = "42,7,3";
    /** A JSON order. */
    protected static final String ORDER_JSON = "{\"id\": 42}";
    /** The text the memory examples parse. */
    protected String text = line;
    /** A measured latency, in nanoseconds. */
    protected long latency = 1_000;
    /** The interval at which a load generator meant to send requests, in nanoseconds. */
    protected long expectedIntervalNanos = 1_000_000;
    /** A request. */
    protected Request request = new Request();
    /** Some orders. */
    protected List<Order> orders = new ArrayList<>();
    /** A database, as the application reaches it. */
    protected DataSource h2;
    /** A cache the retained-memory example loads. */
    protected Cache cache = new Cache();
    /** A service the leak example calls. */
    protected Service service = new Service();

    /** An order. */
    public record Order(long id) {}

    /** A request. */
    public static final class Request {}

    /** A price. */
    public record Price(long cents) {}

    /** A configuration. */
    public record Config(Map<String, String> values) {}

    /** The parser the examples time. */
    public static class Parser {
        public Order parse(String text) {
            return new Order(text.length());
        }

        public void reset() {}
    }

    /** A cache. */
    public static class Cache {
        public Object load() {
            return new Object();
        }
    }

    /** A service. */
    public static class Service {
        public void handle(Request request) {}
    }

    /** The shop of perf-jdbc's tests: one query for the customers, then one per customer (N+1). */
    public static class Shop {
        public static Map<String, List<Integer>> totalsNPlusOne(DataSource db) {
            return Map.of();
        }
    }

    protected void handle(Request request) {}

    protected void serve(List<Order> orders) {}

    protected Price loadPrice(String sku) {
        return new Price(sku.length());
    }

    protected Config readConfig() {
        return new Config(Map.of());
    }

    protected Duration timeout() {
        return Duration.ofSeconds(1);
    }
}
