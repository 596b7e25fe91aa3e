package dev.perfkit.core.internal.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfkit.profile.AllocationSite;
import dev.perfkit.profile.BlockingKind;
import dev.perfkit.profile.BlockingSite;
import dev.perfkit.profile.CallTree;
import dev.perfkit.profile.Frame;
import dev.perfkit.profile.HotMethod;
import dev.perfkit.profile.Profile;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Aggregation of made-up events with known answers: shares, sites, thread filtering, kept entries. */
class AggregationTest {

    private static final long TRACKED = 7;
    private static final long OTHER = 8;
    private static final Frame INDEX_OF = Frame.of("java.util.ArrayList", "indexOfRange", 296);
    private static final Frame INDEX_OF_300 = Frame.of("java.util.ArrayList", "indexOfRange", 300);
    private static final Frame CONTAINS = Frame.of("java.util.ArrayList", "contains", 275);
    private static final Frame SCAN = Frame.of("app.Dedup", "scan", 12);
    private static final Frame HASH = Frame.of("java.util.HashMap", "putVal", 641);
    private static final Frame LAMBDA = Frame.of("app.Main$$Lambda$14/0x0000000800c03000", "run", Frame.NO_LINE);
    private static final Frame BLOCK = Frame.of("app.Main", "lambda$main$0", 20);
    private static final Frame ENTRY = Frame.of(JfrProfiler.class.getName(), "runBlock", 61);
    private static final Frame CALLER = Frame.of("app.Main", "main", 19);

    private static Aggregation tracking() {
        return new Aggregation(id -> id == TRACKED);
    }

    private static Profile profile(Aggregation a) {
        return a.toProfile(Duration.ofSeconds(1), Duration.ofMillis(10), null);
    }

    private static void samples(Aggregation a, int n, long thread, Frame... stack) {
        for (int i = 0; i < n; i++) {
            a.add(new ProfileEvent.Execution(thread, List.of(stack)));
        }
    }

    @Test
    void selfGoesToTheTopFrameAndTotalToEveryMethodOnTheStack() {
        Aggregation a = tracking();
        samples(a, 90, TRACKED, INDEX_OF, CONTAINS, SCAN);
        samples(a, 10, TRACKED, HASH, SCAN);
        Profile p = profile(a);
        assertEquals(100, p.executionSamples());
        assertEquals(1, p.threads());
        HotMethod top = p.hotMethods().get(0);
        assertEquals(INDEX_OF, top.method());
        assertEquals(0.90, top.selfShare(), 1e-12);
        assertEquals(0.90, top.totalShare(), 1e-12);
        HotMethod scan = p.hotMethod("app.Dedup.scan").orElseThrow();
        assertEquals(0, scan.selfSamples());
        assertEquals(1.0, scan.totalShare(), 1e-12);
        assertEquals("app.Dedup.scan", p.hotMethodsByTotal().get(0).method().qualifiedMethodName());
        assertEquals(0.10, p.hotMethod("java.util.HashMap.putVal").orElseThrow().selfShare(), 1e-12);
    }

    @Test
    void aRecursiveMethodCountsOncePerSampleInTotal() {
        Aggregation a = tracking();
        Frame fib = Frame.of("app.Fib", "fib", 3);
        samples(a, 4, TRACKED, fib, fib, fib, CALLER);
        HotMethod h = profile(a).hotMethod("app.Fib.fib").orElseThrow();
        assertEquals(4, h.selfSamples());
        assertEquals(4, h.totalSamples());
    }

    @Test
    void theHotLineIsTheLineOfMostSelfSamples() {
        Aggregation a = tracking();
        samples(a, 3, TRACKED, INDEX_OF, SCAN);
        samples(a, 5, TRACKED, INDEX_OF_300, SCAN);
        HotMethod h = profile(a).hotMethods().get(0);
        assertEquals(300, h.method().line());
        assertEquals(8, h.selfSamples());
    }

    @Test
    void lambdaPlumbingIsDroppedAndTheCallersFramesAreCut() {
        Aggregation a = tracking();
        Frame form = Frame.of("java.lang.invoke.LambdaForm$DMH/0x0000000800c04400", "invokeStatic", Frame.NO_LINE);
        samples(a, 10, TRACKED, SCAN, form, BLOCK, LAMBDA, ENTRY, CALLER);
        Profile p = profile(a);
        assertEquals(10, p.executionSamples());
        List<String> names = new ArrayList<>();
        p.hotMethods().forEach(h -> names.add(h.method().qualifiedMethodName()));
        assertEquals(List.of("app.Dedup.scan", "app.Main.lambda$main$0"), names);
    }

    @Test
    void samplesTakenInsideTheProfilerItselfAreDropped() {
        Aggregation a = tracking();
        Frame stopping = Frame.of("jdk.jfr.Recording", "stop", 170);
        samples(a, 3, TRACKED, stopping, Frame.of(JfrSession.class.getName(), "stop", 80), CALLER);
        samples(a, 2, TRACKED, SCAN, ENTRY, CALLER);
        Profile p = profile(a);
        assertEquals(2, p.executionSamples());
        assertFalse(p.hotMethod("jdk.jfr.Recording.stop").isPresent());
    }

    @Test
    void otherThreadsAreNotCounted() {
        Aggregation a = tracking();
        samples(a, 5, TRACKED, SCAN);
        samples(a, 50, OTHER, HASH);
        a.add(new ProfileEvent.Allocation(OTHER, List.of(SCAN), "byte[]", 1 << 20));
        a.add(new ProfileEvent.Blocking(OTHER, List.of(SCAN), BlockingKind.PARK, "", 1_000_000));
        Profile p = profile(a);
        assertEquals(5, p.executionSamples());
        assertFalse(p.hotMethod("java.util.HashMap.putVal").isPresent());
        assertEquals(0, p.allocationSamples());
        assertEquals(0, p.blockingEvents());
    }

    @Test
    void allocationsGoToTheFirstApplicationFrameAndKeepTheAllocatingFrame() {
        Aggregation a = tracking();
        Frame copyOf = Frame.of("java.util.Arrays", "copyOf", 3481);
        Frame grow = Frame.of("java.util.ArrayList", "grow", 237);
        a.add(new ProfileEvent.Allocation(TRACKED, List.of(copyOf, grow, SCAN, CALLER), "java.lang.Object[]", 3000));
        a.add(new ProfileEvent.Allocation(TRACKED, List.of(copyOf, grow, SCAN, CALLER), "java.lang.Object[]", 1000));
        a.add(new ProfileEvent.Allocation(TRACKED, List.of(BLOCK, CALLER), "byte[]", 500));
        Profile p = profile(a);
        assertEquals(3, p.allocationSamples());
        assertEquals(4500, p.allocatedBytes());
        assertEquals(
                List.of(
                        AllocationSite.of(SCAN, copyOf, "java.lang.Object[]", 4000, 2),
                        AllocationSite.of(BLOCK, BLOCK, "byte[]", 500, 1)),
                p.allocationSites());
    }

    @Test
    void waitsGoToTheFirstApplicationFrameByKindAndDetail() {
        Aggregation a = tracking();
        Frame park = Frame.of("jdk.internal.misc.Unsafe", "park", Frame.NO_LINE);
        Frame lock = Frame.of("java.util.concurrent.locks.ReentrantLock", "lock", 322);
        Frame get = Frame.of("app.Cache", "get", 17);
        String sync = "java.util.concurrent.locks.ReentrantLock$NonfairSync";
        a.add(new ProfileEvent.Blocking(TRACKED, List.of(park, lock, get), BlockingKind.PARK, sync, 4_000_000));
        a.add(new ProfileEvent.Blocking(TRACKED, List.of(park, lock, get), BlockingKind.PARK, sync, 6_000_000));
        a.add(new ProfileEvent.Blocking(TRACKED, List.of(SCAN), BlockingKind.SOCKET_READ, "localhost:80", 1_000_000));
        Profile p = profile(a);
        assertEquals(11_000_000, p.blockedNanos());
        assertEquals(3, p.blockingEvents());
        assertEquals(
                List.of(
                        BlockingSite.of(BlockingKind.PARK, get, sync, 10_000_000, 2),
                        BlockingSite.of(BlockingKind.SOCKET_READ, SCAN, "localhost:80", 1_000_000, 1)),
                p.blockingSites());
    }

    @Test
    void gcPausesAreSummedWhateverTheThread() {
        Aggregation a = tracking();
        a.add(new ProfileEvent.GcPause(2_000_000));
        a.add(new ProfileEvent.GcPause(3_000_000));
        Profile p = profile(a);
        assertEquals(2, p.gcPauses());
        assertEquals(5_000_000, p.gcPauseNanos());
    }

    @Test
    void aProfileKeepsTheLargestEntriesOfEachListAndTheLargestCallers() {
        Aggregation a = tracking();
        for (int m = 0; m < 200; m++) {
            Frame leaf = Frame.of("app.Leaf", "m" + m, 1);
            samples(a, 1 + m, TRACKED, leaf, Frame.of("app.Caller", "c" + (m % 100), 1));
            a.add(new ProfileEvent.Allocation(TRACKED, List.of(leaf), "byte[]", 1 + m));
        }
        Profile p = profile(a);
        assertTrue(
                p.hotMethods().size() <= 2 * Aggregation.KEPT,
                "size " + p.hotMethods().size());
        assertEquals("app.Leaf.m199", p.hotMethods().get(0).method().qualifiedMethodName());
        assertEquals(
                Aggregation.KEPT,
                p.hotMethods().stream().filter(h -> h.selfSamples() > 0).count());
        assertTrue(p.hotMethod("app.Caller.c99").isPresent(), "the largest callers are kept too");
        assertEquals(Aggregation.KEPT, p.allocationSites().size());
        assertEquals(200, p.allocationSamples());
        assertEquals(200 * 201 / 2, p.allocatedBytes(), "totals count every sample, kept or not");
    }

    @Test
    void theKeptFileIsNamedAndAnEmptyAggregationIsAnAvailableEmptyProfile() {
        Profile p = tracking().toProfile(Duration.ofMillis(5), Duration.ofMillis(10), Path.of("x.jfr"));
        assertTrue(p.isAvailable());
        assertEquals(0, p.executionSamples());
        assertEquals(Path.of("x.jfr"), p.jfrFile().orElseThrow());
        assertTrue(p.toText(5).contains("no execution samples"), p.toText(5));
    }

    private static Aggregation withCounters(Map<Long, Long> atStart, Map<Long, Long> atStop) {
        return new Aggregation(id -> id == TRACKED, new ThreadAllocations(atStart, atStop));
    }

    private static void allocations(Aggregation a, long... weights) {
        for (int i = 0; i < weights.length; i++) {
            a.add(new ProfileEvent.Allocation(TRACKED, List.of(SCAN), "byte[]", weights[i], 100 + i));
        }
    }

    @Test
    void theEarliestSampleWeighsAtMostWhatTheThreadAllocatedWhileRecordedLessItsLaterSamples() {
        Aggregation a = withCounters(Map.of(TRACKED, 24_000_000_000L), Map.of(TRACKED, 24_000_004_000L));
        // in file order the earliest sample (time 99) comes last: order is by time
        a.add(new ProfileEvent.Allocation(TRACKED, List.of(SCAN), "byte[]", 1000, 100));
        a.add(new ProfileEvent.Allocation(TRACKED, List.of(SCAN), "byte[]", 1000, 101));
        a.add(new ProfileEvent.Allocation(TRACKED, List.of(HASH, BLOCK), "byte[]", 24_000_001_500L, 99));
        Profile p = profile(a);
        assertEquals(4000, p.allocatedBytes(), "the counter's difference");
        assertEquals(3, p.allocationSamples());
        assertEquals(
                AllocationSite.of(SCAN, SCAN, "byte[]", 2000, 2),
                p.allocationSites().get(0));
        assertEquals(
                AllocationSite.of(BLOCK, HASH, "byte[]", 2000, 1),
                p.allocationSites().get(1));
    }

    @Test
    void anEarliestSampleWithinTheBoundIsTakenAsRecorded() {
        Aggregation a = withCounters(Map.of(TRACKED, 5000L), Map.of(TRACKED, 9000L));
        allocations(a, 500, 1000, 1000);
        assertEquals(2500, profile(a).allocatedBytes());
    }

    @Test
    void laterSamplesThatAreNotCountedStillBoundTheEarliest() {
        Aggregation a = withCounters(Map.of(TRACKED, 0L), Map.of(TRACKED, 3000L));
        allocations(a, 1_000_000, 1000);
        Frame engine = Frame.of(JfrSession.class.getName(), "stop", 80);
        a.add(new ProfileEvent.Allocation(TRACKED, List.of(engine), "byte[]", 1500, 200)); // the profiler's own
        Profile p = profile(a);
        assertEquals(1500, p.allocatedBytes(), "500 left for the earliest, 1000 later; the profiler's own not counted");
        assertEquals(2, p.allocationSamples());
    }

    @Test
    void withoutCountersTheEarliestSampleWeighsAtMostTheMeanOfTheLaterOnes() {
        Aggregation a = withCounters(null, null);
        allocations(a, 1L << 40, 1000, 3000);
        assertEquals(6000, profile(a).allocatedBytes());
        Aggregation alone = withCounters(Map.of(TRACKED, 0L), Map.of());
        allocations(alone, 1L << 40);
        assertEquals(0, profile(alone).allocatedBytes(), "a thread that ended: one sample of unknown age weighs 0");
        assertEquals(1, profile(alone).allocationSamples());
    }

    @Test
    void aThreadThatStartedDuringTheRecordingKeepsItsFirstSample() {
        Aggregation a = withCounters(Map.of(OTHER, 1L << 40), Map.of());
        allocations(a, 7000, 1000);
        assertEquals(8000, profile(a).allocatedBytes());
    }

    @Test
    void callTreesSumTheCollapsedStacksRootFirst() {
        Aggregation a = tracking();
        samples(a, 6, TRACKED, INDEX_OF, CONTAINS, SCAN, ENTRY, CALLER);
        samples(a, 3, TRACKED, INDEX_OF_300, CONTAINS, SCAN, ENTRY, CALLER);
        samples(a, 1, TRACKED, HASH, LAMBDA, SCAN, ENTRY, CALLER);
        a.add(new ProfileEvent.Allocation(TRACKED, List.of(HASH, SCAN), "byte[]", 640));
        Profile p = profile(a);
        CallTree cpu = p.cpuTree();
        assertEquals(10, cpu.weight());
        CallTree scan = cpu.children().get(0);
        assertEquals(SCAN.withoutLine(), scan.frame().orElseThrow());
        assertEquals(10, scan.weight());
        assertEquals(
                List.of(9L, 1L), scan.children().stream().map(CallTree::weight).collect(Collectors.toList()));
        CallTree indexOf = scan.children().get(0).children().get(0);
        assertEquals(INDEX_OF.withoutLine(), indexOf.frame().orElseThrow(), "lines are merged");
        assertEquals(9, indexOf.weight());
        assertEquals(HASH.withoutLine(), scan.children().get(1).frame().orElseThrow(), "plumbing is dropped");
        assertEquals(640, p.allocationTree().weight());
        assertEquals(640, p.allocationTree().children().get(0).children().get(0).weight());
    }
}
