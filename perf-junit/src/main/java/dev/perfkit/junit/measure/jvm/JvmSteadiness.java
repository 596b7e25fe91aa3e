package dev.perfkit.junit.measure.jvm;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Decides whether the JVM, not only the latency, has reached its steady state during a warm-up. Fed the state at the
 * end of every window, it calls the JVM steady when, over the last {@value #WINDOWS} windows:
 * <ol>
 *   <li>the JIT was quiet in the latest window (compiled at most 1 % of it);
 *   <li>the heap and its eden kept their size;
 *   <li>the measuring thread was not faulting on fresh heap pages (see
 *       {@link JvmActivity#faultingOnFreshHeap(long, long)}), or, if it was, at least {@value #CYCLES} young
 *       collections have run since the heap last changed size, so every eden region has been written once and the
 *       faults that remain belong to the code itself;
 *   <li>the heap has stopped growing: if a young collection ran in every one of those windows (the code fills eden
 *       at least once a window, and HotSpot resizes the heap only at a collection), at least
 *       {@value #GROWTH_CYCLES} of them have run since the heap last changed size. A few quiet windows between two
 *       resizes are not a heap that stopped growing. Code that fills eden less often than once a window grows the
 *       heap too rarely to move its figures (the heap-growth caution weighs what growth there is) and is not held
 *       up: waiting for four of its collections would take many seconds.
 * </ol>
 * The second and third rules exist because a fresh JVM's young generation grows for seconds, and code that allocates
 * into never-touched memory runs many times slower while it does, at a perfectly steady pace that latency windows
 * alone take for steady. Not thread-safe: the leading warm-up thread owns it.
 */
public final class JvmSteadiness {

    /** How many consecutive windows must be steady. */
    public static final int WINDOWS = 3;
    /** Young collections since the heap last changed size after which faults count as the code's own. */
    static final int CYCLES = 2;
    /** Young collections without a resize after which a heap that is being collected counts as done growing. */
    static final int GROWTH_CYCLES = 4;

    private static final double JIT_SHARE = 0.01;

    private final JvmProbe probe;
    private final Deque<Window> last = new ArrayDeque<>();
    private JvmState previous;
    private JvmState sinceResize;

    /** Starts watching from now. */
    public JvmSteadiness(JvmProbe probe) {
        this.probe = probe;
        this.previous = probe.read();
        this.sinceResize = previous;
    }

    /** Ends a window of {@code calls} calls lasting {@code wallNanos}; returns whether the JVM is now steady. */
    public boolean window(long calls, long wallNanos) {
        JvmState now = probe.read();
        JvmActivity a = now.since(previous);
        if (a.heapResized()) {
            sinceResize = now;
        }
        last.addLast(new Window(a, calls, wallNanos));
        if (last.size() > WINDOWS) {
            last.removeFirst();
        }
        previous = now;
        return reasons().isEmpty();
    }

    /**
     * Why the JVM is not steady yet, as short phrases ({@code JIT compiling (14 ms in the last window)}, ...); empty
     * when it is.
     */
    public List<String> reasons() {
        List<String> out = new ArrayList<>();
        if (last.size() < WINDOWS) {
            out.add("fewer than " + WINDOWS + " windows");
            return out;
        }
        Window latest = last.peekLast();
        if (latest.activity.compiled(latest.wallNanos, JIT_SHARE)) {
            out.add("JIT compiling (" + latest.activity.jitMillis() + " ms in the last window)");
        }
        boolean resized = false;
        boolean faulting = false;
        boolean collecting = true;
        for (Window w : last) {
            resized |= w.activity.heapResized();
            faulting |= w.activity.faultingOnFreshHeap(w.calls, w.wallNanos);
            collecting &= w.activity.youngGcs() > 0;
        }
        long cycles = previous.youngGcs() - sinceResize.youngGcs();
        if (resized) {
            out.add("heap resizing");
        } else if (collecting && cycles < GROWTH_CYCLES) {
            out.add("heap may still grow (" + cycles + " young GC" + (cycles == 1 ? "" : "s") + " since it last grew; "
                    + GROWTH_CYCLES + " without growth count as done)");
        }
        if (faulting && cycles < CYCLES) {
            out.add("page faults on fresh heap (" + cycles + " young GC" + (cycles == 1 ? "" : "s")
                    + " since the heap last grew)");
        }
        return out;
    }

    private record Window(JvmActivity activity, long calls, long wallNanos) {}
}
