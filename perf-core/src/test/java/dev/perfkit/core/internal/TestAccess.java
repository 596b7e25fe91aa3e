package dev.perfkit.core.internal;

import java.lang.reflect.Field;
import java.lang.reflect.Method;

/** Reads (and for a thread's lane, sets) private state for tests that must reach a particular path. */
final class TestAccess {
    private TestAccess() {}

    static Stripe[] stripes(StripedTimer t) {
        return (Stripe[]) field(t, "stripes");
    }

    static Lane[] lanes(StripedTimer t) {
        return (Lane[]) field(t, "lanes");
    }

    /** Makes the calling thread prefer {@code lane} of every timer, as meeting another thread's fold may. */
    static void preferLane(int lane) {
        try {
            Field f = ThreadStripeHash.class.getDeclaredField("lane");
            f.setAccessible(true);
            f.setInt(ThreadStripeHash.current(), lane);
        } catch (ReflectiveOperationException e) {
            throw new LinkageError("the test reaches a member that is gone: " + e.getMessage(), e);
        }
    }

    /** Doubles a timer's stripes (within its bound), as contention would. */
    static void grow(StripedTimer t) {
        try {
            Method m = StripedTimer.class.getDeclaredMethod("grow");
            m.setAccessible(true);
            m.invoke(t);
        } catch (ReflectiveOperationException e) {
            throw new LinkageError("the test reaches a member that is gone: " + e.getMessage(), e);
        }
    }

    private static Object field(StripedTimer t, String name) {
        try {
            Field f = StripedTimer.class.getDeclaredField(name);
            f.setAccessible(true);
            return f.get(t);
        } catch (ReflectiveOperationException e) {
            throw new LinkageError("the test reaches a member that is gone: " + e.getMessage(), e);
        }
    }
}
