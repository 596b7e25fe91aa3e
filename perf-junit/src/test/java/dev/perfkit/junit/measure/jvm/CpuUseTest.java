package dev.perfkit.junit.measure.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The shares and sums of {@link CpuUse} on made-up figures with known answers. */
class CpuUseTest {

    @Test
    void splitsTheSpanIntoOnCpuBlockedAndWaitingForACore() {
        CpuUse use = new CpuUse(380, 1_000, 50, "");
        assertEquals(0.38, use.onCpuShare(), 1e-12);
        assertEquals(0.62, use.offCpuShare(), 1e-12);
        assertEquals(0.05, use.readyShare(), 1e-12);
        assertEquals(38.0, use.perCall(100), 1e-12);
    }

    @Test
    void neverReportsMoreCpuThanWallNorMoreWaitForACoreThanTimeOffCpu() {
        CpuUse use = new CpuUse(1_010, 1_000, 30, ""); // the reads around the span are on CPU too
        assertEquals(1.0, use.onCpuShare());
        assertEquals(0.0, use.readyShare());
        assertEquals(250.0, use.perCall(250));
    }

    @Test
    void addsThreadsAndForksAndStaysUnknownWhenEitherIs() {
        CpuUse sum = new CpuUse(100, 1_000, 10, "").plus(new CpuUse(300, 1_000, -1, ""));
        assertEquals(new CpuUse(400, 2_000, -1, ""), sum);
        assertTrue(Double.isNaN(sum.readyShare()));
        CpuUse off = CpuUse.unsupported("not measured: perfkit.cpu = off");
        assertFalse(new CpuUse(100, 1_000, 10, "").plus(off).isMeasured());
        assertEquals(off, off.plus(new CpuUse(100, 1_000, 10, "")));
        assertTrue(Double.isNaN(off.perCall(100)));
    }

    @Test
    void readsTheRunDelayFromASchedstatLine() {
        assertEquals(489_655, SystemCpuClock.parseRunDelay("1234567 489655 12\n"));
    }
}
