package dev.perfkit.benchmarks.accuracy;

import java.util.regex.Pattern;

/** Bodies with a known cost for the accuracy fixtures. */
final class Work {

    /** An address check of the kind services write; both sides run the JDK's regular-expression code. */
    static final String ADDRESS = "[a-z0-9._%+-]+@[a-z0-9.-]+\\.[a-z]{2,}";

    private static final Pattern COMPILED = Pattern.compile(ADDRESS);

    private static final String[] ADDRESSES = {
        "ada@example.org",
        "grace.hopper@navy.mil",
        "not an address",
        "linus@kernel.org",
        "x@y",
        "ken+unix@bell-labs.com"
    };

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

    /** Compiles {@link #ADDRESS} and matches six strings five times against it. */
    static int matchCompilingEachCall() {
        return matchAll(Pattern.compile(ADDRESS));
    }

    /** Matches the same strings against the pattern compiled once. */
    static int matchPrecompiled() {
        return matchAll(COMPILED);
    }

    private static int matchAll(Pattern pattern) {
        int matched = 0;
        for (int i = 0; i < 5; i++) {
            for (String a : ADDRESSES) {
                matched += pattern.matcher(a).matches() ? 1 : 0;
            }
        }
        return matched;
    }
}
