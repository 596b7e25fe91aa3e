package dev.perfkit.examples;

import dev.perfkit.Units;
import dev.perfkit.profile.Profile;
import dev.perfkit.profile.Profiler;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Sample 07: find where the time goes by profiling the block, instead of guessing from a number.
 *
 * <p>The naive way times the block: "1.2 s" says it is slow, not why, and guessing (the parsing? the I/O?) sends you
 * to the wrong line. The right way runs the same block under {@link Profiler#profile(Runnable)}: a JFR recording of
 * just this thread, read back as hot methods (self: on top of the stack; total: anywhere on it), allocation sites and
 * waits. Here it names {@code ArrayList.indexOfRange} (what {@code contains} runs) under {@code uniqueCustomers}: an
 * O(n^2) dedup. After the fix, the side-by-side profile shows the share moving: "ArrayList.indexOfRange 60 % -> 0 %".
 * Profiles are samples (at most one per millisecond of running code), so profile a second or more, not one call.
 *
 * <p>Run: {@code mvn -q -DskipTests -pl perf-examples -am package
 * exec:java -Dexec.mainClass=dev.perfkit.examples.Sample07_ProfileABlock}
 */
public final class Sample07_ProfileABlock {

    @SuppressWarnings("unused") // written so that the JIT cannot drop the work; never read
    private static volatile List<Integer> sink;

    private Sample07_ProfileABlock() {}

    /** The slow dedup: {@code contains} scans the output list for every id. */
    static List<Integer> uniqueCustomers(List<Integer> orders) {
        List<Integer> unique = new ArrayList<>();
        for (Integer customer : orders) {
            if (!unique.contains(customer)) {
                unique.add(customer);
            }
        }
        return unique;
    }

    /** The fix: remember the ids seen in a set. */
    static List<Integer> uniqueCustomersFast(List<Integer> orders) {
        Set<Integer> seen = new HashSet<>();
        List<Integer> unique = new ArrayList<>();
        for (Integer customer : orders) {
            if (seen.add(customer)) {
                unique.add(customer);
            }
        }
        return unique;
    }

    /** Calls {@code dedup} on the orders for about {@code millis}, as a busy service would. */
    private static int serve(List<Integer> orders, boolean fast, long millis) {
        long end = System.nanoTime() + millis * 1_000_000;
        int calls = 0;
        while (System.nanoTime() < end) {
            sink = fast ? uniqueCustomersFast(orders) : uniqueCustomers(orders);
            calls++;
        }
        return calls;
    }

    /**
     * Runs the sample.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        SplittableRandom random = new SplittableRandom(7);
        List<Integer> orders = new ArrayList<>();
        for (int i = 0; i < 8_000; i++) {
            orders.add(random.nextInt(5_000));
        }

        // The naive way: a number, and a guess.
        long t0 = System.nanoTime();
        sink = uniqueCustomers(orders);
        System.out.println("naive: one call took " + Units.formatNanos(System.nanoTime() - t0) + " (but where?)");

        // The right way: profile the block, then read the top 5.
        Profiler profiler = Profiler.create();
        Profile slow = profiler.profile(() -> serve(orders, false, 1_000));
        System.out.print(slow.toText(5));

        // After the fix: the same block, side by side with the first profile.
        Profile fast = profiler.profile(() -> serve(orders, true, 1_000));
        System.out.print("\nafter the fix:\n" + fast.diffFrom(slow).toText(5));
    }
}
