package dev.perfkit.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Side-by-side profiles: which methods lost or gained share. */
class ProfileDiffTest {

    static final Frame PUT_VAL = Frame.of("java.util.HashMap", "putVal", 641);
    static final Frame HASH = Frame.of("app.Dedup", "hash", 20);

    /** 200 samples: putVal 160 self, hash 40 self and 200 total. */
    static Profile hashed() {
        return Profile.builder(Duration.ofSeconds(2), Duration.ofMillis(10))
                .execution(200, 1, List.of(HotMethod.of(PUT_VAL, 160, 160, 200), HotMethod.of(HASH, 40, 200, 200)))
                .build();
    }

    @Test
    void theLargestChangeOfSelfShareComesFirst() {
        ProfileDiff d = ProfileDiff.between(ProfileTest.dedup(), hashed());
        List<String> lines =
                d.changes().stream().map(MethodShareChange::toString).toList();
        assertEquals(
                List.of(
                        "HashMap.putVal 0 % -> 80 %",
                        "ArrayList.indexOfRange 60 % -> 0 %",
                        "Integer.equals 30 % -> 0 %",
                        "Dedup.hash 0 % -> 20 %",
                        "Dedup.scan 10 % -> 0 %"),
                lines);
        MethodShareChange indexOf = d.changes().get(1);
        assertEquals(-0.6, indexOf.selfChange(), 1e-12);
        assertEquals(0.9, indexOf.totalBefore(), 1e-12);
    }

    @Test
    void theTextShowsBothHeadersTheChangesAndTheTotals() {
        String text = hashed().diffFrom(ProfileTest.dedup()).toText(2);
        assertEquals("""
        before: profile: 1.50 s, 100 execution samples (every 10.0 ms) on 1 thread
        after:  profile: 2.00 s, 200 execution samples (every 10.0 ms) on 1 thread
        share of execution samples, before -> after (self: on top of the stack; total: anywhere on it)
          HashMap.putVal                           self   0 % -> 80 %   total   0 % -> 80 %
          ArrayList.indexOfRange                   self  60 % -> 0 %    total  90 % -> 0 %
        allocated 3.00 MiB -> 0 B, blocked 40.0 ms -> 0 ns, GC pauses 5.00 ms -> 0 ns
        """, text);
    }

    @Test
    void unchangedMethodsAreLeftOutAndAnUnavailableSideSaysWhy() {
        assertTrue(ProfileDiff.between(hashed(), hashed()).changes().isEmpty());
        assertTrue(ProfileDiff.between(hashed(), hashed()).toText(3).contains("no method changed its share"));
        ProfileDiff d = ProfileDiff.between(Profile.unavailable("JFR is off", Duration.ZERO), hashed());
        assertTrue(d.changes().isEmpty());
        assertTrue(d.toText(3).startsWith("before: profile unavailable: JFR is off\n"), d.toText(3));
    }
}
