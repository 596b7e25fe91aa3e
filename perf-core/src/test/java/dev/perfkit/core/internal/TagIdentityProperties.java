package dev.perfkit.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.perfkit.Counter;
import dev.perfkit.PerfRegistry;
import dev.perfkit.RegistryConfig;
import dev.perfkit.Tags;
import dev.perfkit.Timer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Tag identity against a plain reference model: a meter is (kind, name, a {@link TreeMap} of its tags built by
 * {@code put} in the order given, so later pairs win). Small alphabets make repeats, reorderings and overwrites common.
 */
class TagIdentityProperties {

    private static final String[] NAMES = {"a", "b", "c"};
    private static final String[] KEYS = {"k1", "k2", "k3", "k4"};
    private static final String[] VALUES = {"x", "y", "z"};

    /** One lookup: a counter or a timer, a name, pairs in the order the caller writes them, and how tags are built. */
    record Lookup(boolean counter, String name, List<String[]> pairs, boolean viaBuilder) {
        TreeMap<String, String> model() {
            TreeMap<String, String> m = new TreeMap<>();
            pairs.forEach(p -> m.put(p[0], p[1]));
            return m;
        }

        List<Object> modelKey() {
            return List.of(counter, name, model());
        }

        Tags tags() {
            Tags t = Tags.empty();
            for (String[] p : pairs) {
                t = t.and(p[0], p[1]);
            }
            return t;
        }

        Object lookUp(PerfRegistry registry) {
            if (viaBuilder) {
                Timer.Builder tb = Timer.builder(name);
                Counter.Builder cb = Counter.builder(name);
                for (String[] p : pairs) {
                    tb.tag(p[0], p[1]);
                    cb.tag(p[0], p[1]);
                }
                return counter ? cb.register(registry) : tb.register(registry);
            }
            String[] flat = new String[pairs.size() * 2];
            for (int i = 0; i < pairs.size(); i++) {
                flat[2 * i] = pairs.get(i)[0];
                flat[2 * i + 1] = pairs.get(i)[1];
            }
            return counter ? registry.counter(name, Tags.of(flat)) : registry.timer(name, Tags.of(flat));
        }
    }

    private static Gen<String> pick(String[] choices) {
        return integers().between(0, choices.length - 1).map(i -> choices[i]);
    }

    private static Gen<List<String[]>> pairs() {
        return lists().of(pick(KEYS).zip(pick(VALUES), (k, v) -> new String[] {k, v}))
                .ofSizeBetween(0, 5);
    }

    private static Gen<Lookup> lookups() {
        return booleans().all().zip(pick(NAMES), pairs(), booleans().all(), Lookup::new);
    }

    /** Lexicographic over (key, value) pairs, a prefix first: written against the model, not against {@link Tags}. */
    private static int compareModels(SortedMap<String, String> a, SortedMap<String, String> b) {
        List<Map.Entry<String, String>> x = new ArrayList<>(a.entrySet());
        List<Map.Entry<String, String>> y = new ArrayList<>(b.entrySet());
        for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
            int c = x.get(i).getKey().compareTo(y.get(i).getKey());
            c = c != 0 ? c : x.get(i).getValue().compareTo(y.get(i).getValue());
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.size(), y.size());
    }

    @Test
    void tagsAreEqualExactlyWhenTheirModelsAre() {
        qt().withFixedSeed(14L).withExamples(2_000).forAll(pairs(), pairs()).checkAssert((p, q) -> {
            Lookup a = new Lookup(false, "n", p, false);
            Lookup b = new Lookup(false, "n", q, false);
            boolean same = a.model().equals(b.model());
            assertEquals(same, a.tags().equals(b.tags()), () -> a.model() + " vs " + b.model());
            assertEquals(same, a.tags().compareTo(b.tags()) == 0);
            assertEquals(
                    Integer.signum(compareModels(a.model(), b.model())),
                    Integer.signum(a.tags().compareTo(b.tags())));
            if (same) {
                assertEquals(a.tags().hashCode(), b.tags().hashCode());
            }
            assertEquals(a.model(), new TreeMap<>(a.tags().asMap()));
            // order independence: the model's pairs, written in reverse, make equal tags
            Tags reversed = Tags.empty();
            for (Map.Entry<String, String> e : a.model().descendingMap().entrySet()) {
                reversed = reversed.and(e.getKey(), e.getValue());
            }
            assertEquals(a.tags(), reversed);
        });
    }

    @Test
    void aRegistryHoldsOneMeterPerModelKeyUpToItsBound() {
        qt().withFixedSeed(10L)
                .withExamples(400)
                .forAll(lists().of(lookups()).ofSizeBetween(0, 60), integers().between(1, 20))
                .checkAssert((lookups, max) -> {
                    try (PerfRegistry registry = PerfRegistry.create(
                            RegistryConfig.builder().maxMeters(max).build())) {
                        Map<List<Object>, Object> accepted = new HashMap<>();
                        long denied = 0;
                        for (Lookup l : lookups) {
                            Object meter = l.lookUp(registry);
                            Object earlier = accepted.get(l.modelKey());
                            if (earlier != null) {
                                assertSame(
                                        earlier,
                                        meter,
                                        () -> "the same name and tags give the same meter: " + l.modelKey());
                            } else if (accepted.size() < max) {
                                assertTrue(
                                        meter instanceof StripedTimer || meter instanceof CoreCounter, meter::toString);
                                accepted.put(l.modelKey(), meter);
                            } else {
                                denied++;
                                assertTrue(
                                        meter.toString().startsWith("Noop"),
                                        () -> "beyond the bound, a no-op: " + meter);
                            }
                            Tags tags = l.counter ? ((Counter) meter).tags() : ((Timer) meter).tags();
                            assertEquals(
                                    l.model(),
                                    new TreeMap<>(tags.asMap()),
                                    "a meter exposes its tags, also a denied one");
                        }
                        assertEquals(denied, registry.deniedRegistrations());
                        assertEquals(
                                accepted.size(),
                                registry.timers().size() + registry.counters().size(),
                                "the bound counts name and tags");
                        List<List<Object>> expectedTimers = new ArrayList<>();
                        accepted.keySet().stream()
                                .filter(k -> !(Boolean) k.get(0))
                                .forEach(expectedTimers::add);
                        @SuppressWarnings("unchecked")
                        Comparator<List<Object>> byNameThenTags = Comparator.<List<Object>, String>comparing(
                                        k -> (String) k.get(1))
                                .thenComparing((x, y) -> compareModels(
                                        (TreeMap<String, String>) x.get(2), (TreeMap<String, String>) y.get(2)));
                        expectedTimers.sort(byNameThenTags);
                        List<List<Object>> actualTimers = new ArrayList<>();
                        for (Timer t : registry.timers()) {
                            actualTimers.add(List.of(
                                    false, t.name(), new TreeMap<>(t.tags().asMap())));
                            assertEquals(t.tags(), t.snapshot().tags(), "snapshots carry their timer's tags");
                        }
                        assertEquals(expectedTimers, actualTimers, "timers() lists by name, then tags");
                    }
                });
    }
}
