package it;

/** A CPU-bound body of a few microseconds: no allocation, no I/O. */
public final class Work {
    /** How many steps one call takes. */
    static final int STEPS = 2_000;

    private Work() {}

    /** Mixes {@code seed} {@link #STEPS} times (xorshift). */
    public static long mix(long seed) {
        long x = seed | 1;
        for (int i = 0; i < STEPS; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
        }
        return x;
    }
}
