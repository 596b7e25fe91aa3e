package dev.perfkit.core.internal.profile;

import dev.perfkit.profile.Frame;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How recorded stacks are collapsed before they are counted: JDK plumbing is dropped, and the frames below the
 * profiled code are cut off.
 *
 * <p>Dropped frames: hidden lambda classes ({@code $$Lambda$}), {@code java.lang.invoke} (lambda forms, method
 * handle holders) and reflection ({@code jdk.internal.reflect}, {@code sun.reflect}, {@code Method.invoke}); they
 * appear between any two frames of code that calls through a lambda or reflectively, and name nothing to change.
 *
 * <p>Cuts, scanning from the top: {@link #BLOCK_ENTRY} (the engine's call of a profiled block) and frames of
 * perf-junit's measuring harness ({@code dev.perfkit.junit.internal}) end the stack there: what lies below is the
 * caller, not the profiled code. Any other frame of this engine means the sample was taken while the profiler itself
 * ran (starting or stopping a recording on a tracked thread): the sample is dropped. Engine frames are told by
 * class, not by package, so that code in the package (its tests) is profiled like any other.
 */
final class Stacks {

    /** The method that runs a profiled block; the frames below it are the caller's. */
    static final String BLOCK_ENTRY = JfrProfiler.class.getName() + ".runBlock";
    /** The classes that start, stop and read recordings (named, not by package: tests live in the package too). */
    private static final Set<String> ENGINE = Set.of(
            JfrProfiler.class.getName(),
            JfrSession.class.getName(),
            JfrReader.class.getName(),
            Aggregation.class.getName(),
            Stacks.class.getName(),
            JfrSettings.class.getName(),
            JfrProfilerProvider.class.getName());

    private static final String HARNESS = "dev.perfkit.junit.internal.";
    private static final String[] JDK = {"java.", "javax.", "jdk.", "sun.", "com.sun."};

    private Stacks() {}

    /**
     * The stack to count: plumbing dropped, cut at the profiled code's caller; empty when the sample belongs to the
     * profiler itself or nothing is left.
     */
    static List<Frame> collapse(List<Frame> topFirst) {
        List<Frame> kept = new ArrayList<>(topFirst.size());
        for (Frame f : topFirst) {
            String c = f.className();
            if (c.startsWith(HARNESS) || f.qualifiedMethodName().equals(BLOCK_ENTRY)) {
                return kept;
            }
            if (isEngine(c)) {
                return List.of();
            }
            if (!isPlumbing(f)) {
                kept.add(f);
            }
        }
        return kept;
    }

    private static boolean isEngine(String className) {
        int nested = className.indexOf('$');
        return ENGINE.contains(nested < 0 ? className : className.substring(0, nested));
    }

    /** True for frames that only pass a call on: hidden lambda classes, method handles, reflection. */
    static boolean isPlumbing(Frame f) {
        String c = f.className();
        return c.contains("$$Lambda")
                || c.startsWith("java.lang.invoke.")
                || c.startsWith("jdk.internal.reflect.")
                || c.startsWith("sun.reflect.")
                || (c.equals("java.lang.reflect.Method") && f.methodName().equals("invoke"));
    }

    /** True for classes of the JDK's own packages. */
    static boolean isJdk(String className) {
        for (String prefix : JDK) {
            if (className.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** The first frame outside the JDK, or the top frame when there is none; {@code stack} must not be empty. */
    static Frame applicationFrame(List<Frame> stack) {
        for (Frame f : stack) {
            if (!isJdk(f.className())) {
                return f;
            }
        }
        return stack.get(0);
    }
}
