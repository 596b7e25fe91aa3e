package dev.perfkit.examples;

import dev.perfkit.junit.Budget;
import dev.perfkit.junit.PerfTest;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A budgeted test: the test method becomes a benchmark, and the build fails when it gets slower than its budget.
 *
 * <p>The naive way is to time one call with {@code System.nanoTime()} and assert on it: one call of cold code measures
 * class loading and the interpreter, and one number says nothing about the tail. {@link PerfTest} warms the code up,
 * calls it thousands of times, removes the cost of reading the clock, and {@link Budget} checks percentiles, mean,
 * throughput and allocation; a miss lists every budget with the measured value.
 *
 * <p>The budgets here are generous on purpose (this runs on shared CI machines); a real budget sits a margin above
 * what the code needs, and {@code perfkit.budgets.timeScale} stretches it for a slow machine. The figures land in
 * Surefire's report and in {@code target/perf-results/}. Run: {@code mvn -pl perf-examples -am verify
 * -Dtest=Sample05_PerformanceBudgetTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class Sample05_PerformanceBudgetTest {

    private String csv;

    @BeforeEach
    void prepare() { // runs once, outside the measured region
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            sb.append(i * 7919 % 1000).append(',');
        }
        csv = sb.toString();
    }

    @Test
    @PerfTest(warmup = "200ms", duration = "300ms")
    @Budget(p99 = "20ms", mean = "5ms", throughput = "200/s", allocation = "1MB/op")
    void sortParsedNumbers() {
        int[] numbers =
                Arrays.stream(csv.split(",")).mapToInt(Integer::parseInt).toArray();
        Arrays.sort(numbers);
        if (numbers.length != 200) {
            throw new AssertionError("parsed " + numbers.length + " numbers");
        }
    }
}
