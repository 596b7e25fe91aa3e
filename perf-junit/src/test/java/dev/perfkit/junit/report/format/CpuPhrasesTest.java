package dev.perfkit.junit.report.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.perfkit.junit.measure.jvm.CpuUse;
import org.junit.jupiter.api.Test;

/** How the time off CPU is worded, with and without the wait for a core. */
class CpuPhrasesTest {

    @Test
    void splitsTheWaitIntoBlockedAndWaitingForACoreWhereThatIsKnown() {
        assertEquals(
                "62 % of the time waiting: 57 % blocked (I/O, locks, sleep), 5 % for a core (other load)",
                Phrases.waiting(new CpuUse(380, 1_000, 50, "")));
    }

    @Test
    void saysWhatTheWaitMayBeWhereTheWaitForACoreIsUnknown() {
        assertEquals(
                "62 % of the time waiting (I/O, locks, sleep, or for a core)",
                Phrases.waiting(new CpuUse(380, 1_000, -1, "")));
    }
}
