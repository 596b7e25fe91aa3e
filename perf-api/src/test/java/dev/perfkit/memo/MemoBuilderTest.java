package dev.perfkit.memo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The builder's validation. */
class MemoBuilderTest {

    @Test
    void rejectsBadArgumentsAtOnce() {
        assertEquals(
                "maximumSize must not be negative, got -1",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> Memo.builder().maximumSize(-1))
                        .getMessage());
        assertEquals(
                "expireAfterWrite must be positive, got PT0S",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> Memo.builder().expireAfterWrite(Duration.ZERO))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> Memo.builder().name(" "));
    }

    @Test
    void rejectsConflictingOptionsWithWhatToChange() {
        assertEquals(
                "memo 'm': maximumSize and maximumWeight are exclusive; keep one",
                message(Memo.builder().name("m").maximumSize(1).maximumWeight(1).weigher((k, v) -> 1), true));
        assertEquals(
                "memo 'm': maximumWeight and weigher go together; add a weigher",
                message(Memo.builder().name("m").maximumWeight(1), true));
        assertEquals(
                "memo 'm': maximumWeight and weigher go together; add maximumWeight or remove the weigher",
                message(Memo.builder().name("m").weigher((k, v) -> 1), true));
        assertEquals(
                "memo 'm': expireAfterWrite and expireAfterAccess are exclusive; keep one",
                message(
                        Memo.builder()
                                .name("m")
                                .expireAfterWrite(Duration.ofSeconds(1))
                                .expireAfterAccess(Duration.ofSeconds(1)),
                        true));
        assertEquals(
                "memo 'm': a supplier holds one value, so maximumSize and maximumWeight do not apply; remove them",
                message(Memo.builder().name("m").maximumSize(3), false));
    }

    @Test
    void configCarriesTheOptions() {
        MemoConfig c = Memo.builder()
                .maximumSize(7)
                .expireAfterAccess(Duration.ofNanos(5))
                .cacheExceptions(true)
                .recordStats()
                .config(true);
        assertEquals(7, c.maximumSize());
        assertEquals(MemoConfig.UNSET, c.maximumWeight());
        assertEquals(MemoConfig.UNSET, c.expireAfterWriteNanos());
        assertEquals(5, c.expireAfterAccessNanos());
        assertEquals(true, c.isBounded() && c.expires() && c.cacheExceptions() && c.recordStats());
        assertEquals("memo", c.name());
    }

    private static String message(MemoBuilder<?, ?> builder, boolean keyed) {
        return assertThrows(IllegalStateException.class, () -> builder.config(keyed))
                .getMessage();
    }
}
