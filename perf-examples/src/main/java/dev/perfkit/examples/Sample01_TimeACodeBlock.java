package dev.perfkit.examples;

import dev.perfkit.PerfRegistry;
import dev.perfkit.Timer;
import dev.perfkit.TimerSnapshot;
import dev.perfkit.Units;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Sample 01: time a block of code and read percentiles, not just an average.
 *
 * <p>The naive way sums {@code System.nanoTime()} differences and divides: one number that hides the slow calls users
 * actually feel, and a print per call that costs more than the work. The right way records every call into a
 * {@link Timer} (a few nanoseconds, no allocation, no lock) and reads count, mean and percentiles from a snapshot.
 *
 * <p>Run: {@code mvn -q -DskipTests -pl perf-examples -am package
 * exec:java -Dexec.mainClass=dev.perfkit.examples.Sample01_TimeACodeBlock}
 */
public final class Sample01_TimeACodeBlock {

    private Sample01_TimeACodeBlock() {}

    /**
     * Runs the sample.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        SplittableRandom random = new SplittableRandom(1);
        int[][] inputs = new int[2_000][];
        for (int i = 0; i < inputs.length; i++) {
            // most arrays are small, a few are large: the average hides them, p99 does not
            inputs[i] = random.ints(i % 100 == 0 ? 50_000 : 500).toArray();
        }

        // The naive way: an average.
        long sum = 0;
        for (int[] input : inputs) {
            long t0 = System.nanoTime();
            Arrays.sort(input.clone());
            sum += System.nanoTime() - t0;
        }
        System.out.println("naive: average " + Units.formatNanos(sum / inputs.length));

        // The right way: a timer, then percentiles.
        try (PerfRegistry registry = PerfRegistry.create()) {
            Timer sort = Timer.builder("sort").register(registry);
            for (int[] input : inputs) {
                sort.record(() -> Arrays.sort(input.clone()));
            }
            TimerSnapshot s = sort.snapshot();
            System.out.println("timer: " + s);
            System.out.print(registry.report());
        }
    }
}
