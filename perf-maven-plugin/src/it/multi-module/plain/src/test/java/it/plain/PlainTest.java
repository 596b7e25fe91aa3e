package it.plain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** An ordinary test: this module has nothing to compare. */
class PlainTest {
    @Test
    void adds() {
        assertEquals(4, 2 + 2);
    }
}
