package it;

/** A CPU-bound body of a few microseconds: no allocation, no I/O. */
public final class Work {
    /** How many steps make the result. */
    static final int STEPS = 2_000;

    /** How many times as many steps one call takes: more work, the same result. */
    static final int REPEAT = 1;

    /** The last state reached, kept so that no step can be left out as unused. */
    static long last;

    private Work() {}

    /** Mixes {@code seed} {@link #STEPS} times (xorshift), and goes on to {@code STEPS * REPEAT}. */
    public static long mix(long seed) {
        long x = seed | 1;
        long result = 0;
        for (int i = 0; i < STEPS * REPEAT; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
            if (i == STEPS - 1) {
                result = x;
            }
        }
        last = x;
        return result;
    }
}
