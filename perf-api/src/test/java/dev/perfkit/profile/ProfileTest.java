package dev.perfkit.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The profile value: ordering, validation, and the text people read. */
class ProfileTest {

    static final Frame INDEX_OF = Frame.of("java.util.ArrayList", "indexOfRange", 296);
    static final Frame EQUALS = Frame.of("java.lang.Integer", "equals", 1236);
    static final Frame SCAN = Frame.of("app.Dedup", "scan", Frame.NO_LINE);

    /** 100 samples: indexOfRange 60 self, equals 30 self, scan 10 self and 100 total. */
    static Profile dedup() {
        return Profile.builder(Duration.ofMillis(1500), Duration.ofMillis(10))
                .execution(
                        100,
                        1,
                        List.of(
                                HotMethod.of(SCAN, 10, 100, 100),
                                HotMethod.of(EQUALS, 30, 30, 100),
                                HotMethod.of(INDEX_OF, 60, 90, 100)))
                .allocation(
                        3,
                        3 << 20,
                        List.of(AllocationSite.of(
                                Frame.of("app.Dedup", "scan", 14),
                                Frame.of("java.util.Arrays", "copyOf", 3481),
                                "java.lang.Object[]",
                                3 << 20,
                                3)))
                .blocking(
                        40_000_000,
                        2,
                        List.of(BlockingSite.of(
                                BlockingKind.MONITOR_ENTER,
                                Frame.of("app.Cache", "get", 17),
                                "app.Cache",
                                40_000_000,
                                2)))
                .gc(2, 5_000_000)
                .build();
    }

    @Test
    void theCallersLeaveOutTheHarnessThatEverySampleOfATestPassesThrough() {
        assertTrue(ProfileText.harness("dev.perfkit.junit.perftest.PerfTestRun.run"));
        assertTrue(ProfileText.harness("org.junit.platform.commons.util.ReflectionUtils.invokeMethod"));
        assertTrue(ProfileText.harness("jdk.internal.reflect.DirectMethodHandleAccessor.invoke"));
        assertFalse(ProfileText.harness("dev.perfkit.examples.Sample09_NPlusOneQueriesTest.nPlusOne"));
        assertFalse(ProfileText.harness("dev.perfkit.junit.ProfileTest$ListAgainstSet.scan"));
        assertFalse(ProfileText.harness("java.util.HashMap.get"));
    }

    @Test
    void hotMethodsAreSortedBySelfAndCanBeReadByTotal() {
        Profile p = dedup();
        assertEquals(
                List.of(INDEX_OF, EQUALS, SCAN),
                p.hotMethods().stream().map(HotMethod::method).toList());
        assertEquals(SCAN, p.hotMethodsByTotal().get(0).method());
        assertEquals(
                0.6,
                p.hotMethod("java.util.ArrayList.indexOfRange").orElseThrow().selfShare(),
                1e-12);
        assertFalse(p.hotMethod("java.util.ArrayList.indexOf").isPresent());
    }

    @Test
    void theTextNamesTheHotSpotsTheCallersTheSitesAndTheWaits() {
        String text = dedup().toText(2);
        assertEquals("""
        profile: 1.50 s, 100 execution samples (every 10.0 ms) on 1 thread
        hot methods (self: on top of the stack; total: anywhere on it)
           self  total  method
           60 %   90 %  ArrayList.indexOfRange:296
           30 %   30 %  Integer.equals:1236
        callers (the time went through them)
           10 %  100 %  Dedup.scan
        allocations: 3.00 MiB estimated from 3 samples
          100 %  java.lang.Object[] 3.00 MiB at Dedup.scan:14 (in Arrays.copyOf:3481)
        blocked: 40.0 ms in 2 waits
          40.0 ms monitor enter at Cache.get:17 on app.Cache, 2 waits
        GC: 2 pauses, 5.00 ms in total (whole JVM)
        """, text);
    }

    @Test
    void anUnavailableProfileIsEmptyAndSaysWhy() {
        Profile p = Profile.unavailable("JFR is not available: jdk.jfr is missing", Duration.ofMillis(3));
        assertFalse(p.isAvailable());
        assertEquals("JFR is not available: jdk.jfr is missing", p.unavailableReason());
        assertEquals(0, p.executionSamples());
        assertTrue(p.hotMethods().isEmpty()
                && p.allocationSites().isEmpty()
                && p.blockingSites().isEmpty());
        assertEquals("profile unavailable: JFR is not available: jdk.jfr is missing\n", p.toText(5));
        assertThrows(IllegalArgumentException.class, () -> Profile.unavailable(" ", Duration.ZERO));
    }

    @Test
    void theKeptFileIsInTheHeader() {
        Profile p = Profile.builder(Duration.ofSeconds(1), Duration.ofMillis(10))
                .jfrFile(Path.of("target/x.jfr"))
                .build();
        assertTrue(
                p.toText(1)
                        .startsWith("profile: 1.00 s, 0 execution samples (every 10.0 ms) on 0 threads; JFR file: "
                                + Path.of("target/x.jfr")),
                p.toText(1));
    }

    @Test
    void invalidCountsAreRejectedWithTheArgumentsName() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> Profile.builder(Duration.ofSeconds(1), Duration.ofMillis(10))
                        .execution(10, 1, List.of(HotMethod.of(SCAN, 1, 20, 20))));
        assertTrue(e.getMessage().contains("counts 20 samples of 10"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> HotMethod.of(SCAN, 5, 4, 10));
        assertThrows(IllegalArgumentException.class, () -> HotMethod.of(SCAN, 0, 0, 0));
        assertThrows(
                IllegalArgumentException.class, () -> Profile.builder(Duration.ofSeconds(-1), Duration.ofMillis(10)));
        assertThrows(IllegalArgumentException.class, () -> Profile.builder(Duration.ofSeconds(1), Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> dedup().toText(0));
        assertEquals(
                "bytes must not be negative, got -1",
                assertThrows(IllegalArgumentException.class, () -> AllocationSite.of(SCAN, SCAN, "byte[]", -1, 0))
                        .getMessage());
    }

    @Test
    void framesPrintShortAndCompareByValue() {
        assertEquals("ArrayList.indexOfRange:296", INDEX_OF.displayName());
        assertEquals("java.util.ArrayList.indexOfRange:296", INDEX_OF.toString());
        assertEquals("Dedup.scan", SCAN.displayName());
        assertEquals(Frame.of("java.util.ArrayList", "indexOfRange", Frame.NO_LINE), INDEX_OF.withoutLine());
        assertEquals(
                "Main$Inner.run", Frame.of("a.Main$Inner", "run", Frame.NO_LINE).displayName());
        assertThrows(IllegalArgumentException.class, () -> Frame.of("a.B", "m", 0));
        assertThrows(IllegalArgumentException.class, () -> Frame.of("", "m", 1));
    }

    @Test
    void percentagesRoundToWholeNumbersAndShowTinySharesAsBelowOne() {
        assertEquals("91 %", ProfileText.percent(0.914));
        assertEquals("0 %", ProfileText.percent(0));
        assertEquals("<1 %", ProfileText.percent(0.004));
        assertEquals("100 %", ProfileText.percent(1));
    }

    @Test
    void optionsValidateAndDefault() {
        ProfileOptions d = ProfileOptions.defaults();
        assertEquals(ProfileOptions.DEFAULT_SAMPLING_PERIOD, d.samplingPeriod());
        assertFalse(d.allThreads());
        assertTrue(d.jfrFile().isEmpty());
        assertTrue(d.withAllThreads().allThreads());
        assertEquals(
                Duration.ofMillis(1), d.withSamplingPeriod(Duration.ofMillis(1)).samplingPeriod());
        assertEquals(
                "samplingPeriod must be at least 1 ms (JFR samples no faster), got 500000 ns",
                assertThrows(IllegalArgumentException.class, () -> d.withSamplingPeriod(Duration.ofNanos(500_000)))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> d.withAllocationSamplesPerSecond(0));
        assertThrows(IllegalArgumentException.class, () -> d.withBlockingThreshold(Duration.ofMillis(-1)));
    }
}
