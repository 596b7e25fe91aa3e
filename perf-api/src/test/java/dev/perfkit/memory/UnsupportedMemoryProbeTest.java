package dev.perfkit.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Without perf-core, {@link MemoryProbe#create()} answers "unsupported" with the reason, and still runs every op. */
class UnsupportedMemoryProbeTest {

    private final MemoryProbe probe = MemoryProbe.create();
    private int runs;

    @Test
    void everyAnswerIsUnsupportedWithTheReason() {
        AllocationResult a = probe.allocation(() -> runs++, 3);
        assertFalse(a.isSupported());
        assertTrue(a.unsupportedReason().contains("add dev.perfkit:perf-core"), a::unsupportedReason);
        assertEquals(3, a.operations());
        assertFalse(probe.allocation(() -> new byte[8], 2).isSupported());
        assertFalse(
                probe.allocation(AllocationScope.allThreads(), () -> runs++, 1).isSupported());
        assertFalse(probe.retained(() -> runs++).isSupported());
        assertFalse(probe.retained(() -> new byte[8]).isSupported());
        LeakReport leak =
                probe.leak(() -> runs++, LeakOptions.defaults().withRounds(2).withOpsPerRound(5));
        assertEquals(LeakVerdict.INCONCLUSIVE, leak.verdict());
        assertEquals(3 + 1 + 1 + 15, runs);
    }

    @Test
    void badArgumentsAreRejectedAsInTheCoreProbe() {
        Runnable none = null;
        Supplier<Object> nothing = null;
        assertThrows(NullPointerException.class, () -> probe.allocation(none, 1));
        assertThrows(NullPointerException.class, () -> probe.allocation(nothing, 1));
        assertEquals(
                "iterations must be at least 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> probe.allocation(() -> runs++, 0))
                        .getMessage());
        assertThrows(NullPointerException.class, () -> probe.leak(null));
        assertEquals(0, runs);
    }

    @Test
    void anExplicitUnsupportedProbeCarriesItsReason() {
        MemoryProbe p = MemoryProbe.unsupported("not on this platform");
        assertEquals("not on this platform", p.allocation(() -> {}, 1).unsupportedReason());
        assertThrows(IllegalArgumentException.class, () -> MemoryProbe.unsupported(""));
    }
}
