package dev.perfkit.junit.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.perfkit.junit.internal.jvm.CpuUse;
import org.junit.jupiter.api.Test;

/** How the time off CPU is worded, with and without the wait for a core. */
class CpuWordsTest {

  @Test
  void splitsTheWaitIntoBlockedAndWaitingForACoreWhereThatIsKnown() {
    assertEquals("62 % of the time waiting: 57 % blocked (I/O, locks, sleep), 5 % for a core (other load)",
        Words.waiting(new CpuUse(380, 1_000, 50, "")));
  }

  @Test
  void saysWhatTheWaitMayBeWhereTheWaitForACoreIsUnknown() {
    assertEquals("62 % of the time waiting (I/O, locks, sleep, or for a core)",
        Words.waiting(new CpuUse(380, 1_000, -1, "")));
  }
}
