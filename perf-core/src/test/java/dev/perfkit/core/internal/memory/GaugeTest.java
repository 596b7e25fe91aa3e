package dev.perfkit.core.internal.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Parsing the class histogram, and falling back from one gauge to another. */
class GaugeTest {

    @Test
    void parsesTheTotalLineOfAHistogram() {
        String histogram = """
         num     #instances         #bytes  class name (module)
        -------------------------------------------------------
           1:          9673         446880  [B (java.base@17.0.15)
           2:          1532         185536  java.lang.Class (java.base@17.0.15)
        Total         40344        1795032
        """;
        assertEquals(1_795_032, HistogramGauge.parseTotalBytes(histogram));
    }

    @Test
    void aHistogramWithoutATotalGivesMinusOne() {
        assertEquals(-1, HistogramGauge.parseTotalBytes("nothing here"));
        assertEquals(-1, HistogramGauge.parseTotalBytes("x\nTotal 12"));
        assertEquals(-1, HistogramGauge.parseTotalBytes("x\nTotal 12 many"));
    }

    @Test
    void theRealHistogramReadsLiveBytes() {
        HistogramGauge g = new HistogramGauge();
        long live = g.collectAndRead();
        org.junit.jupiter.api.Assumptions.assumeTrue(live >= 0, g::whyNot);
        assertEquals(HistogramGauge.SOURCE, g.source());
    }

    @Test
    void fallsBackForGoodWhenThePreferredGaugeFails() {
        ScriptedGauge preferred = new ScriptedGauge("preferred", -1);
        ScriptedGauge fallback = new ScriptedGauge("fallback", 42, 43);
        FallbackGauge g = new FallbackGauge(preferred, fallback);
        assertEquals(42, g.collectAndRead());
        assertEquals(43, g.collectAndRead());
        assertEquals("fallback", g.source());
        assertEquals(1, preferred.reads);
    }

    @Test
    void keepsThePreferredGaugeWhileItWorks() {
        FallbackGauge g = new FallbackGauge(new ScriptedGauge("preferred", 7), new ScriptedGauge("fallback", 1));
        assertEquals(7, g.collectAndRead());
        assertEquals("preferred", g.source());
    }

    @Test
    void whenBothFailTheFallbacksReasonIsGiven() {
        FallbackGauge g = new FallbackGauge(new ScriptedGauge("preferred", -1), new ScriptedGauge("fallback", -1));
        assertEquals(-1, g.collectAndRead());
        assertEquals("fallback cannot", g.whyNot());
    }
}
