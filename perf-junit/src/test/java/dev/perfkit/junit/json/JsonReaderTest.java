package dev.perfkit.junit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The strict reader of kept baselines and fork files: deep nesting and numbers out of range are clean errors. */
class JsonReaderTest {

    @Test
    void readsWhatTheWriterWrites() {
        Object value = JsonReader.read(Json.write(Map.of("a", List.of(1.5, "x", true))));
        assertEquals(Map.of("a", List.of(1.5, "x", true)), value);
    }

    @Test
    void rejectsNestingDeeperThanTheLimitWithoutOverflowingTheStack() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JsonReader.read(deep));
        assertTrue(e.getMessage().contains("nested deeper than 64 levels"), e.getMessage());
        assertEquals(List.of(List.of()), JsonReader.read("[[]]"));
    }

    @Test
    void rejectsNumbersThatAreNotFinite() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> JsonReader.read("{\"p50\": 1e400}"));
        assertTrue(e.getMessage().contains("number '1e400' is out of range"), e.getMessage());
    }
}
