package dev.perfkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The stripe bound: 0 for the engine's choice or a power of two up to the limit; anything else fails fast. */
class RegistryConfigTest {

    @Test
    void stripeBoundIsZeroOrAPowerOfTwoUpToTheLimit() {
        assertEquals(0, RegistryConfig.defaults().maxStripes());
        for (int ok : new int[] {0, 1, 2, 16, RegistryConfig.MAX_STRIPES_LIMIT}) {
            assertEquals(ok, RegistryConfig.builder().maxStripes(ok).build().maxStripes());
        }
        for (int bad : new int[] {-1, 3, 12, 2 * RegistryConfig.MAX_STRIPES_LIMIT, Integer.MIN_VALUE}) {
            IllegalArgumentException e = assertThrows(
                    IllegalArgumentException.class,
                    () -> RegistryConfig.builder().maxStripes(bad));
            assertTrue(
                    e.getMessage().contains("maxStripes")
                            && e.getMessage().contains("power of two from 1 to 256")
                            && e.getMessage().contains("got " + bad),
                    e.getMessage());
        }
    }
}
