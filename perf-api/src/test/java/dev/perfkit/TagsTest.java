package dev.perfkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tags: identity by pairs, keys checked at construction with messages that say what is wrong, values clamped. */
class TagsTest {

    @Test
    void pairsAreSortedByKeyAndLaterValuesReplaceEarlierOnes() {
        Tags t = Tags.of("status", "200", "method", "GET");
        assertEquals(2, t.size());
        assertEquals("method", t.key(0));
        assertEquals("GET", t.value(0));
        assertEquals("200", t.get("status"));
        assertNull(t.get("absent"));
        assertEquals(List.of("method", "status"), List.copyOf(t.asMap().keySet()));
        assertEquals(Tags.of("method", "GET", "status", "500"), t.and("status", "500"));
        assertEquals(Tags.of("a", "2"), Tags.of("a", "1", "a", "2"));
        assertEquals("[method=GET, status=200]", t.toString());
        Map<String, String> map = new LinkedHashMap<>();
        map.put("status", "200");
        map.put("method", "GET");
        assertEquals(t, Tags.of(map));
        assertTrue(Tags.of("a", "1").compareTo(Tags.of("a", "1", "b", "1")) < 0, "a prefix sorts first");
        assertTrue(Tags.empty().compareTo(Tags.of("a", "1")) < 0);
    }

    @Test
    void addingNothingKeepsTheConstantItself() {
        Tags constant = Tags.of("method", "GET");
        assertSame(constant, Tags.empty().and(constant), "a builder given a constant looks up with the constant");
        assertSame(constant, constant.and(Tags.empty()));
        assertSame(constant, constant.and("method", "GET"));
    }

    @Test
    void invalidKeysAndTooManyTagsThrowAtConstructionWithTheReason() {
        assertEquals(
                "tag key must be a non-blank string, got null",
                assertThrows(IllegalArgumentException.class, () -> Tags.of(null, "v"))
                        .getMessage());
        assertEquals(
                "tag key must be a non-blank string, got ' '",
                assertThrows(IllegalArgumentException.class, () -> Tags.of(" ", "v"))
                        .getMessage());
        String longKey = "k".repeat(Tags.MAX_KEY_LENGTH + 1);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Tags.of(longKey, "v"))
                .getMessage()
                .startsWith("tag key must be at most 100 characters, got 101: 'kkkk"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Tags.of("a", "1", "b"))
                .getMessage()
                .startsWith("tags need a value for every key, got an odd number of strings (3)"));
        Tags full = Tags.empty();
        for (int i = 0; i < Tags.MAX_TAGS; i++) {
            full = full.and("k" + (char) ('a' + i), "v");
        }
        Tags sixteen = full;
        assertEquals(Tags.MAX_TAGS, sixteen.size());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> sixteen.and("one.more", "v"))
                .getMessage()
                .startsWith("a meter takes at most 16 tags; adding 'one.more' to [ka=v"));
        assertEquals(sixteen.and("ka", "w").get("ka"), "w", "replacing a value of a full set is fine");
        assertThrows(IllegalArgumentException.class, () -> Timer.builder("t").tag("", "v"));
        assertThrows(IllegalArgumentException.class, () -> Counter.builder("c").tag(null, "v"));
    }

    @Test
    void nullAndOverlongValuesAreClampedAndCountedNotThrown() {
        Tags t = Tags.of("user", null);
        assertEquals("null", t.get("user"));
        assertEquals(1, t.clampedValues());
        String longValue = "v".repeat(Tags.MAX_VALUE_LENGTH + 50);
        Tags cut = t.and("path", longValue);
        assertEquals(Tags.MAX_VALUE_LENGTH, cut.get("path").length());
        assertEquals(2, cut.clampedValues());
        assertEquals(
                Tags.of("user", "null", "path", "v".repeat(Tags.MAX_VALUE_LENGTH)),
                cut,
                "clamping is not part of identity");
        String surrogates = "a".repeat(Tags.MAX_VALUE_LENGTH - 1) + "\uD83D\uDE00";
        assertEquals(
                Tags.MAX_VALUE_LENGTH - 1,
                Tags.of("e", surrogates).get("e").length(),
                "a surrogate pair is not cut in half");
        assertEquals(3, Tags.empty().and(cut.and(Tags.of("x", null))).clampedValues());
    }

    @Test
    void timerAndCounterConfigurationsCarryTheirTags() {
        TimerConfig c = TimerConfig.builder("http")
                .tag("method", "GET")
                .tags(Tags.of("status", "200"))
                .build();
        assertEquals(Tags.of("method", "GET", "status", "200"), c.tags());
        assertNotEquals(TimerConfig.of("http"), c);
        assertEquals(TimerConfig.of("http").tags(), Tags.empty());
        assertTrue(c.toString().contains("tags=[method=GET, status=200]"), c.toString());
        TimerSnapshot s = TimerSnapshot.builder("http", 6, 0).tags(c.tags()).build();
        assertEquals(c.tags(), s.tags());
        assertNotEquals(TimerSnapshot.builder("http", 6, 0).build(), s);
        assertEquals("http [method=GET, status=200]: no samples", s.toString());
    }

    @Test
    void withoutAnEngineTaggedMetersAreNoopsThatKeepTheirTags() {
        Tags get = Tags.of("method", "GET");
        try (PerfRegistry registry = PerfRegistry.create()) {
            Timer t = registry.timer("http", get);
            assertEquals(get, t.tags());
            assertEquals(get, t.snapshot().tags());
            assertEquals(get, Timer.builder("http").tags(get).register(registry).tags());
            assertEquals(get, registry.counter("hits", get).tags());
            assertEquals(
                    get,
                    Counter.builder("hits")
                            .tag("method", "GET")
                            .register(registry)
                            .tags());
            assertEquals(0, registry.clampedTagValues());
        }
    }
}
