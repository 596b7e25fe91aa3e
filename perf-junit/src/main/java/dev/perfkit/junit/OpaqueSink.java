package dev.perfkit.junit;

/**
 * The {@link Sink} tests receive. Primitive values are compared with two volatile fields that hold different values,
 * so a value can never equal both, but the JIT must read them and cannot prove it; an object is stored, on a
 * pseudo-random call whose chance halves each time it happens, in a field the JIT must treat as escaping. Public so
 * that code calling test methods outside JUnit (the engine comparing commits) gives them the same sink; tests declare
 * a {@link Sink} parameter rather than create one.
 */
public final class OpaqueSink implements Sink {

    private volatile long long1 = 0x5EED_0001L;
    private volatile long long2 = 0x5EED_0002L;
    private volatile double double1 = 0.25;
    private volatile double double2 = 0.5;
    private int seed = 0x2545_F491;
    private int mask = 1;
    private Object kept;

    /** A sink that has kept nothing yet. */
    public OpaqueSink() {}

    @Override
    public void consume(Object value) {
        int s = seed * 1_664_525 + 1_013_904_223;
        seed = s;
        if ((s & mask) == 0) {
            kept = value;
            mask = (mask << 1) + 1;
        }
    }

    @Override
    @SuppressWarnings("ShortCircuitBoolean") // both fields must be read on every call, so that the JIT keeps the value
    public void consume(long value) {
        if (value == long1 & value == long2) {
            kept = this; // never: long1 != long2
        }
    }

    @Override
    @SuppressWarnings("ShortCircuitBoolean") // both fields must be read on every call, so that the JIT keeps the value
    public void consume(double value) {
        if (value == double1 & value == double2) {
            kept = this; // never: double1 != double2
        }
    }

    @Override
    public void consume(boolean value) {
        consume(value ? 1L : 0L);
    }

    /** Whether anything was ever kept (for tests). */
    boolean keptAny() {
        return kept != null;
    }
}
