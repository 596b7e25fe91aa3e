package dev.perfkit.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.perfkit.Counter;
import dev.perfkit.PerfRegistry;
import dev.perfkit.RegistryConfig;
import dev.perfkit.Tags;
import dev.perfkit.Timer;
import dev.perfkit.memory.AllocationResult;
import dev.perfkit.memory.MemoryProbe;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Meters identified by name and tags: lookups, the bound, the report and the snapshots. */
class TaggedRegistryTest {

    private static final Tags GET_200 = Tags.of("method", "GET", "status", "200");
    private static final Tags POST_500 = Tags.of("method", "POST", "status", "500");

    @Test
    void nameAndTagsIdentifyAMeterWhateverTheOrderOfTheTags() {
        try (PerfRegistry registry = PerfRegistry.create()) {
            Timer get = registry.timer("http.server", GET_200);
            assertSame(get, registry.timer("http.server", Tags.of("status", "200", "method", "GET")));
            assertSame(
                    get,
                    Timer.builder("http.server")
                            .tag("status", "200")
                            .tag("method", "GET")
                            .register(registry));
            assertNotSame(get, registry.timer("http.server", POST_500));
            assertNotSame(get, registry.timer("http.server"));
            assertSame(registry.timer("http.server"), registry.timer("http.server", Tags.empty()));
            Counter c = registry.counter("http.errors", POST_500);
            assertSame(c, Counter.builder("http.errors").tags(POST_500).register(registry));
            assertNotSame(c, registry.counter("http.errors"));
            assertEquals(GET_200, get.tags());
            get.recordNanos(1_000);
            assertEquals(GET_200, get.snapshot().tags());
            assertEquals(GET_200, get.intervalSnapshot().tags());
            assertEquals(POST_500, c.tags());
            assertEquals(
                    List.of(registry.timer("http.server"), get, registry.timer("http.server", POST_500)),
                    registry.timers(),
                    "sorted by name, then tags; no tags first");
        }
    }

    @Test
    void theBoundCountsEveryNameWithEveryTagsAndDeniedMetersKeepTheirTags() {
        try (PerfRegistry registry =
                PerfRegistry.create(RegistryConfig.builder().maxMeters(3).build())) {
            registry.timer("http.server", GET_200);
            registry.timer("http.server", POST_500);
            registry.counter("http.server", GET_200); // a counter of the same name and tags is a meter of its own
            Timer denied = registry.timer("http.server", Tags.of("method", "PUT"));
            denied.recordNanos(5);
            assertEquals(0, denied.snapshot().count());
            assertEquals(Tags.of("method", "PUT"), denied.tags());
            assertEquals(
                    Tags.of("method", "PUT"),
                    registry.counter("x", Tags.of("method", "PUT")).tags());
            assertEquals(2, registry.deniedRegistrations());
            assertTrue(registry.timer("http.server", GET_200) instanceof StripedTimer, "existing meters still resolve");
            assertTrue(
                    registry.report().contains("2 registrations denied: the registry reached its limit of 3 meters"),
                    registry.report());
        }
    }

    @Test
    void theReportGroupsTaggedMetersUnderTheirName() {
        try (PerfRegistry registry = PerfRegistry.create()) {
            registry.timer("http.server", POST_500).recordNanos(2_000);
            registry.timer("http.server", GET_200).recordNanos(1_000);
            registry.timer("checkout").recordNanos(3_000);
            registry.counter("http.errors", POST_500).increment();
            String[] lines = registry.report().split("\n", -1);
            assertTrue(lines[0].startsWith("timer "), lines[0]);
            assertTrue(lines[1].startsWith("checkout "), lines[1]);
            assertEquals("http.server", lines[2], "a name row without numbers or trailing blanks");
            assertTrue(lines[3].startsWith("  method=GET status=200 ") && lines[3].contains("1.00 µs"), lines[3]);
            assertTrue(lines[4].startsWith("  method=POST status=500 ") && lines[4].contains("2.00 µs"), lines[4]);
            assertTrue(lines[6].startsWith("counter"), lines[6]);
            assertEquals("http.errors", lines[7]);
            assertTrue(lines[8].matches("  method=POST status=500 +1"), lines[8]);
        }
    }

    @Test
    void clampedTagValuesAreCountedOncePerMeterAndReported() {
        try (PerfRegistry registry = PerfRegistry.create()) {
            Tags nullUser = Tags.of("user", null, "path", "p".repeat(500));
            registry.timer("login", nullUser).recordNanos(1);
            registry.timer("login", nullUser);
            registry.counter("logins", Tags.of("user", null));
            assertEquals(3, registry.clampedTagValues());
            assertTrue(
                    registry.report().contains("(3 tag values clamped: null, or longer than 200 characters)"),
                    registry.report());
        }
    }

    @Test
    void invalidNamesAndKeysThrowAtLookupLikeNamesAlwaysDid() {
        try (PerfRegistry registry = PerfRegistry.create()) {
            assertEquals(
                    "meter name must be a non-blank string, got null",
                    assertThrows(IllegalArgumentException.class, () -> registry.timer(null, GET_200))
                            .getMessage());
            assertThrows(IllegalArgumentException.class, () -> registry.counter("", GET_200));
            assertThrows(NullPointerException.class, () -> registry.timer("t", null));
            assertEquals(0, registry.timers().size() + registry.counters().size());
        }
    }

    @Test
    void aLookupThatFindsItsMeterAllocatesNothing() {
        MemoryProbe probe = MemoryProbe.create();
        assumeTrue(probe.allocation(() -> {}, 1).isSupported(), "allocation accounting unsupported here");
        try (PerfRegistry registry = PerfRegistry.create()) {
            registry.timer("http.server", GET_200);
            registry.timer("http.server");
            registry.counter("http.errors", POST_500);
            Object[] found = new Object[3]; // keeps the results; the record path is not what this test measures
            Runnable lookups = () -> {
                found[0] = registry.timer("http.server", GET_200);
                found[1] = registry.timer("http.server");
                found[2] = registry.counter("http.errors", POST_500);
            };
            probe.allocation(lookups, 100_000);
            AllocationResult r = probe.allocation(lookups, 100_000);
            // The smallest object is 16 bytes: if even 1 lookup in 100 allocated, this would be 48,000 B or more. The
            // measurement itself sometimes counts a few hundred bytes once per call (seen: 600 B), whatever the op.
            assertTrue(r.totalBytes() < 4_000, r::toString);
            assertSame(registry.timer("http.server", GET_200), found[0]);
        }
    }
}
