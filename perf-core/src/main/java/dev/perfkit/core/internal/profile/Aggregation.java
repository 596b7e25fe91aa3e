package dev.perfkit.core.internal.profile;

import dev.perfkit.profile.AllocationSite;
import dev.perfkit.profile.BlockingKind;
import dev.perfkit.profile.BlockingSite;
import dev.perfkit.profile.Frame;
import dev.perfkit.profile.HotMethod;
import dev.perfkit.profile.Profile;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;

/**
 * Sums {@link ProfileEvent}s of the counted threads into a {@link Profile}: samples per method (self and total),
 * bytes per allocation site, waits per blocking site, GC pauses, and the call trees of execution and allocation
 * samples. Streams: memory grows with the number of distinct methods, sites and stacks (bounded, see
 * {@link CallTreeBuilder}), not with the number of events; only each thread's earliest allocation sample is held back
 * until the end, when its weight is known (see the package documentation). Not thread-safe; one reader feeds it.
 */
final class Aggregation {

    /** How many entries of each list a profile keeps. */
    static final int KEPT = 50;

    /** Largest sum first; ties in the order of the key's text, so that equal inputs give equal profiles. */
    private static final Comparator<Map.Entry<List<Object>, long[]>> BY_SUM = Comparator.comparingLong(
                    (Map.Entry<List<Object>, long[]> e) -> e.getValue()[0])
            .reversed()
            .thenComparing(e -> e.getKey().toString());

    private final LongPredicate countsThread;
    private final ThreadAllocations threadAllocations;
    private final Map<Long, FirstAllocation> firstAllocations = new HashMap<>();
    private final CallTreeBuilder cpuTree = new CallTreeBuilder();
    private final CallTreeBuilder allocationTree = new CallTreeBuilder();
    private boolean firstAllocationsCounted;
    private final Set<Long> threadsSeen = new HashSet<>();
    private final Map<String, MethodCount> methods = new HashMap<>();
    private final Map<List<Object>, long[]> allocations = new HashMap<>();
    private final Map<List<Object>, long[]> waits = new HashMap<>();
    private long executionSamples;
    private long allocationSamples;
    private long allocatedBytes;
    private long blockedNanos;
    private long blockingEvents;
    private long gcPauses;
    private long gcPauseNanos;

    /**
     * Counts the events of threads whose id {@code countsThread} accepts (JFR's Java thread id), as if every thread
     * started with the recording: allocation sample weights are taken as recorded.
     */
    Aggregation(LongPredicate countsThread) {
        this(countsThread, ThreadAllocations.STARTED_WITH_RECORDING);
    }

    /**
     * Counts the events of threads whose id {@code countsThread} accepts; {@code threadAllocations} bounds the weight
     * of each thread's earliest allocation sample.
     */
    Aggregation(LongPredicate countsThread, ThreadAllocations threadAllocations) {
        this.countsThread = countsThread;
        this.threadAllocations = threadAllocations;
    }

    /** Adds one event; events of other threads, and samples with nothing left after collapsing, are ignored. */
    void add(ProfileEvent event) {
        if (event instanceof ProfileEvent.GcPause gc) {
            gcPauses++;
            gcPauseNanos += gc.pauseNanos();
        } else if (event instanceof ProfileEvent.Execution e) {
            execution(e);
        } else if (event instanceof ProfileEvent.Allocation a) {
            allocation(a);
        } else if (event instanceof ProfileEvent.Blocking b) {
            blocking(b);
        }
    }

    private List<Frame> counted(long threadId, List<Frame> rawStack) {
        if (!countsThread.test(threadId)) {
            return List.of();
        }
        List<Frame> stack = Stacks.collapse(rawStack);
        if (!stack.isEmpty()) {
            threadsSeen.add(threadId);
        }
        return stack;
    }

    private void execution(ProfileEvent.Execution e) {
        List<Frame> stack = counted(e.threadId(), e.stack());
        if (stack.isEmpty()) {
            return;
        }
        executionSamples++;
        cpuTree.add(stack, 1);
        Frame top = stack.get(0);
        methods.computeIfAbsent(top.qualifiedMethodName(), k -> new MethodCount(top))
                .self(top.line());
        Set<String> seen = new HashSet<>();
        for (Frame f : stack) {
            String key = f.qualifiedMethodName();
            if (seen.add(key)) {
                methods.computeIfAbsent(key, k -> new MethodCount(f)).total++;
            }
        }
    }

    /**
     * Holds back each counted thread's earliest sample (whose weight may include what the thread allocated before the
     * recording) and counts the others, also those not counted for their stack: together they bound the earliest.
     */
    private void allocation(ProfileEvent.Allocation a) {
        if (!countsThread.test(a.threadId())) {
            return;
        }
        FirstAllocation first = firstAllocations.get(a.threadId());
        if (first == null) {
            firstAllocations.put(a.threadId(), new FirstAllocation(a));
            return;
        }
        ProfileEvent.Allocation later = a;
        if (a.startNanos() < first.sample.startNanos()) {
            later = first.sample;
            first.sample = a;
        }
        first.laterBytes += later.weightBytes();
        first.laterSamples++;
        countAllocation(later, later.weightBytes());
    }

    private void countAllocation(ProfileEvent.Allocation a, long weightBytes) {
        List<Frame> stack = counted(a.threadId(), a.stack());
        if (stack.isEmpty()) {
            return;
        }
        allocationSamples++;
        allocatedBytes += weightBytes;
        allocationTree.add(stack, weightBytes);
        long[] sum = allocations.computeIfAbsent(
                List.of(Stacks.applicationFrame(stack), stack.get(0), a.objectClass()), k -> new long[2]);
        sum[0] += weightBytes;
        sum[1]++;
    }

    /**
     * Counts each thread's earliest allocation sample, weighed at most what the thread allocated during the recording
     * less its later samples; when the counters are unknown, at most the mean of its later samples (0 without any).
     */
    private void countFirstAllocations() {
        if (firstAllocationsCounted) {
            return;
        }
        firstAllocationsCounted = true;
        List<Long> threads = new ArrayList<>(firstAllocations.keySet());
        threads.sort(null); // a fixed order, so that equal inputs give equal profiles
        for (long thread : threads) {
            FirstAllocation f = firstAllocations.get(thread);
            long recorded = f.sample.weightBytes();
            long during = threadAllocations.during(thread);
            long weight;
            if (during >= 0) {
                weight = Math.min(recorded, Math.max(0, during - f.laterBytes));
            } else if (threadAllocations.startedAfterStart(thread)) {
                weight = recorded;
            } else {
                weight = f.laterSamples == 0 ? 0 : Math.min(recorded, f.laterBytes / f.laterSamples);
            }
            countAllocation(f.sample, weight);
        }
    }

    private void blocking(ProfileEvent.Blocking b) {
        List<Frame> stack = counted(b.threadId(), b.stack());
        if (stack.isEmpty()) {
            return;
        }
        blockingEvents++;
        blockedNanos += b.nanos();
        long[] sum =
                waits.computeIfAbsent(List.of(b.kind(), Stacks.applicationFrame(stack), b.detail()), k -> new long[2]);
        sum[0] += b.nanos();
        sum[1]++;
    }

    /** The profile of everything added so far. */
    Profile toProfile(Duration duration, Duration samplingPeriod, Path jfrFile) {
        countFirstAllocations();
        List<HotMethod> hot = new ArrayList<>();
        Comparator<MethodCount> byName = Comparator.comparing(c -> c.method.qualifiedMethodName());
        Comparator<MethodCount> bySelf = Comparator.comparingLong((MethodCount c) -> c.selfSamples)
                .reversed()
                .thenComparing(
                        Comparator.comparingLong((MethodCount c) -> c.total).reversed())
                .thenComparing(byName);
        for (MethodCount m : largest(methods.values(), bySelf)) {
            hot.add(HotMethod.of(m.withHotLine(), m.selfSamples, m.total, executionSamples));
        }
        // callers (total share) may rank below KEPT by self share: keep the largest totals too
        Set<String> keptMethods = new HashSet<>();
        hot.forEach(h -> keptMethods.add(h.method().qualifiedMethodName()));
        Comparator<MethodCount> byTotal =
                Comparator.comparingLong((MethodCount c) -> c.total).reversed().thenComparing(byName);
        for (MethodCount m : largest(methods.values(), byTotal)) {
            if (keptMethods.add(m.method.qualifiedMethodName())) {
                hot.add(HotMethod.of(m.withHotLine(), m.selfSamples, m.total, executionSamples));
            }
        }
        List<AllocationSite> sites = new ArrayList<>();
        for (Map.Entry<List<Object>, long[]> e : largest(allocations.entrySet(), BY_SUM)) {
            List<Object> k = e.getKey();
            sites.add(AllocationSite.of(
                    (Frame) k.get(0), (Frame) k.get(1), (String) k.get(2), e.getValue()[0], e.getValue()[1]));
        }
        List<BlockingSite> blocked = new ArrayList<>();
        for (Map.Entry<List<Object>, long[]> e : largest(waits.entrySet(), BY_SUM)) {
            List<Object> k = e.getKey();
            blocked.add(BlockingSite.of(
                    (BlockingKind) k.get(0), (Frame) k.get(1), (String) k.get(2), e.getValue()[0], e.getValue()[1]));
        }
        Profile.Builder b = Profile.builder(duration, samplingPeriod)
                .execution(executionSamples, threadsSeen.size(), hot)
                .allocation(allocationSamples, allocatedBytes, sites)
                .blocking(blockedNanos, blockingEvents, blocked)
                .gc(gcPauses, gcPauseNanos)
                .callTrees(cpuTree.build(), allocationTree.build());
        if (jfrFile != null) {
            b.jfrFile(jfrFile);
        }
        return b.build();
    }

    private static <T> List<T> largest(Collection<T> values, Comparator<? super T> order) {
        List<T> all = new ArrayList<>(values);
        all.sort(order);
        return all.subList(0, Math.min(KEPT, all.size()));
    }

    /** A thread's earliest allocation sample so far, and the sum of its later ones. */
    private static final class FirstAllocation {
        ProfileEvent.Allocation sample;
        long laterBytes;
        long laterSamples;

        FirstAllocation(ProfileEvent.Allocation sample) {
            this.sample = sample;
        }
    }

    /** Samples of one method (all overloads), and the lines its self samples were at. */
    private static final class MethodCount {
        final Frame method;
        long selfSamples;
        long total;
        final Map<Integer, Long> selfLines = new HashMap<>();

        MethodCount(Frame anyFrame) {
            this.method = anyFrame.withoutLine();
        }

        void self(int line) {
            selfSamples++;
            selfLines.merge(line, 1L, Long::sum);
        }

        /** The method with the line of most self samples (the lowest line on a tie), or without a line. */
        Frame withHotLine() {
            int best = Frame.NO_LINE;
            long bestCount = 0;
            for (Map.Entry<Integer, Long> e : selfLines.entrySet()) {
                if (e.getKey() != Frame.NO_LINE
                        && (e.getValue() > bestCount || (e.getValue() == bestCount && e.getKey() < best))) {
                    best = e.getKey();
                    bestCount = e.getValue();
                }
            }
            return best == Frame.NO_LINE ? method : Frame.of(method.className(), method.methodName(), best);
        }
    }
}
