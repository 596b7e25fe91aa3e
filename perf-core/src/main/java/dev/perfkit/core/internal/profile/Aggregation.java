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
 * bytes per allocation site, waits per blocking site, GC pauses. Streams: memory grows with the number of distinct
 * methods and sites, not with the number of events. Not thread-safe; one reader feeds it.
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

    /** Counts the events of threads whose id {@code countsThread} accepts (JFR's Java thread id). */
    Aggregation(LongPredicate countsThread) {
        this.countsThread = countsThread;
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

    private void allocation(ProfileEvent.Allocation a) {
        List<Frame> stack = counted(a.threadId(), a.stack());
        if (stack.isEmpty()) {
            return;
        }
        allocationSamples++;
        allocatedBytes += a.weightBytes();
        long[] sum = allocations.computeIfAbsent(
                List.of(Stacks.applicationFrame(stack), stack.get(0), a.objectClass()), k -> new long[2]);
        sum[0] += a.weightBytes();
        sum[1]++;
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
                .gc(gcPauses, gcPauseNanos);
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
