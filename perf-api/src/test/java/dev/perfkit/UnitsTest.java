package dev.perfkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnitsTest {

    @ParameterizedTest
    @CsvSource({
        "0, 0 ns",
        "999, 999 ns",
        "1000, 1.00 µs",
        "1500, 1.50 µs",
        "85300000, 85.3 ms",
        "1200000000, 1.20 s",
        "123456789012, 123 s"
    })
    void formatsNanos(long nanos, String text) {
        assertEquals(text, Units.formatNanos(nanos));
    }

    @ParameterizedTest
    @CsvSource({"0, 0 B", "1040, 1.02 KiB", "1023, 1023 B", "1536, 1.50 KiB", "10485760, 10.0 MiB", "536870912, 512 MiB"
    })
    void formatsBytes(long bytes, String text) {
        assertEquals(text, Units.formatBytes(bytes));
    }

    @ParameterizedTest
    @CsvSource({"250us, 250000", "250 µs, 250000", "1.5ms, 1500000", "2s, 2000000000", "7ns, 7", "0.5 ns, 1"})
    void parsesDurations(String text, long nanos) {
        assertEquals(nanos, Units.parseNanos(text));
    }

    @ParameterizedTest
    @CsvSource({"512B, 512", "1KB, 1000", "1KiB, 1024", "1.5 MiB, 1572864", "2MB, 2000000", "1GiB, 1073741824"})
    void parsesBytes(String text, long bytes) {
        assertEquals(bytes, Units.parseBytes(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ms", "12", "12 parsecs", "1,5ms", "-3ms", "1e3ms", "2 h"})
    void rejectsUnknownDurationsNamingTheAcceptedForms(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Units.parseNanos(text));
        assertEquals("expected a duration: " + Units.DURATION_FORMS + ", got '" + text + "'", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0661\u0660ms", "\uff12ms", "\u0665 KB"})
    void acceptsOnlyAsciiDigits(String text) {
        assertThrows(IllegalArgumentException.class, () -> Units.parseNanos(text));
        assertThrows(IllegalArgumentException.class, () -> Units.parseBytes(text));
    }

    @Test
    void rejectsUnknownByteUnits() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Units.parseBytes("3 kb"));
        assertEquals("expected a byte count: " + Units.BYTES_FORMS + ", got '3 kb'", e.getMessage());
    }

    @Test
    void formattedNanosParseBackWithinRounding() {
        qt().withExamples(1_000).forAll(longs().between(0, 100_000_000_000L)).checkAssert(nanos -> {
            long parsed = Units.parseNanos(Units.formatNanos(nanos).replace(" ", ""));
            // three significant digits: within 0.5 % of the value (plus the 1 ns grain)
            assertEquals((double) nanos, (double) parsed, Math.max(1, (double) nanos * 0.005));
        });
    }
}
