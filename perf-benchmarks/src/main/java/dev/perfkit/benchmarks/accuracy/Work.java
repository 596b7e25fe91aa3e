package dev.perfkit.benchmarks.accuracy;

/** Bodies with a known cost for the accuracy fixtures. */
final class Work {

    private static final int[] SOURCE = new int[16_384];

    static {
        for (int i = 0; i < SOURCE.length; i++) {
            SOURCE[i] = i * 31;
        }
    }

    private Work() {}

    /** Copies 64 KiB into a fresh array and sums it: about 64 KiB allocated per call. */
    static long copyAndSum() {
        int[] copy = SOURCE.clone();
        long sum = 0;
        for (int v : copy) {
            sum += v;
        }
        return sum;
    }

    /** {@code n} rounds of an integer mix: CPU only, nothing allocated. */
    static long mix(int n) {
        long h = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < n; i++) {
            h ^= h >>> 31;
            h *= 0xBF58476D1CE4E5B9L;
            h += i;
        }
        return h;
    }
}
