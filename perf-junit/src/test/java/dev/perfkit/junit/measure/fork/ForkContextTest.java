package dev.perfkit.junit.measure.fork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fork's identity as read from system properties. */
class ForkContextTest {

    private static ForkContext of(Map<String, String> properties) {
        return ForkContext.from(properties::get);
    }

    @Test
    void withoutThePropertiesThisIsNotAFork() {
        ForkContext context = of(Map.of());
        assertFalse(context.isFork());
        assertEquals("not a fork", context.toString());
        IllegalStateException e = assertThrows(IllegalStateException.class, context::index);
        assertEquals("this JVM is not a fork (perfkit.fork.index is not set)", e.getMessage());
        assertThrows(IllegalStateException.class, context::count);
        assertThrows(IllegalStateException.class, context::output);
    }

    @Test
    void thisTestRunsOutsideAFork() {
        assertFalse(ForkContext.current().isFork());
    }

    @Test
    void thePropertiesNameTheForkAndItsOutput() {
        ForkContext context = of(Map.of(
                "perfkit.fork.index",
                "2",
                "perfkit.fork.count",
                "3",
                "perfkit.fork.output",
                "/tmp/forks/fork-2.result"));
        assertTrue(context.isFork());
        assertEquals(2, context.index());
        assertEquals(3, context.count());
        assertEquals(Path.of("/tmp/forks/fork-2.result"), context.output());
        assertEquals("fork 2 of 3, output /tmp/forks/fork-2.result", context.toString());
    }

    @Test
    void partialOrMalformedPropertiesAreRejectedWithTheirValues() {
        IllegalStateException partial =
                assertThrows(IllegalStateException.class, () -> of(Map.of("perfkit.fork.index", "1")));
        assertEquals(
                "a fork needs all of perfkit.fork.index, perfkit.fork.count and perfkit.fork.output; got "
                        + "perfkit.fork.index=1, perfkit.fork.count=null, perfkit.fork.output=null",
                partial.getMessage());

        IllegalStateException notANumber = assertThrows(
                IllegalStateException.class,
                () -> of(Map.of("perfkit.fork.index", "one", "perfkit.fork.count", "2", "perfkit.fork.output", "x")));
        assertEquals("perfkit.fork.index=one is not a whole number", notANumber.getMessage());

        IllegalStateException outOfRange = assertThrows(
                IllegalStateException.class,
                () -> of(Map.of("perfkit.fork.index", "3", "perfkit.fork.count", "2", "perfkit.fork.output", "x")));
        assertEquals(
                "perfkit.fork.index=3 and perfkit.fork.count=2 do not name fork i of n with 1 <= i <= n",
                outOfRange.getMessage());
    }
}
