package dev.perfkit.core.internal.memo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.perfkit.Counter;
import dev.perfkit.PerfRegistry;
import dev.perfkit.Timer;
import dev.perfkit.memo.Memo;
import dev.perfkit.memo.MemoFunction;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Memo statistics land in the registry as counters and a load timer, beside the other meters. */
class RegistryStatsTest {

    @Test
    void statsAppearInTheRegistryReport() {
        try (PerfRegistry registry = PerfRegistry.create()) {
            assumeFalse(registry.engineName().equals("noop"), "needs perf-core's recording engine");
            MemoFunction<Integer, Integer> square =
                    Memo.builder().recordStats(registry, "square").function(x -> x * x);
            square.apply(2);
            square.apply(2);
            square.apply(3);
            Map<String, Long> counts =
                    registry.counters().stream().collect(Collectors.toMap(Counter::name, Counter::count));
            assertEquals(1L, counts.get("square.hits"));
            assertEquals(2L, counts.get("square.misses"));
            assertEquals(2L, counts.get("square.loads"));
            assertEquals(0L, counts.get("square.load-failures"));
            assertEquals(0L, counts.get("square.evictions"));
            Timer load = registry.timer("square.load");
            assertEquals(2, load.snapshot().count());
            String report = registry.report();
            assertTrue(report.contains("square.load") && report.contains("square.hits"), report);
        }
    }

    @Test
    void localStatsWorkWithoutARegistry() {
        MemoFunction<Integer, Integer> square = Memo.builder().recordStats().function(x -> x * x);
        square.apply(2);
        square.apply(2);
        assertEquals(1, square.stats().hitCount());
        assertEquals(1, square.stats().loadSuccessCount());
    }
}
