package dev.perfkit.benchmarks.accuracy;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * JMH's factor for the accuracy fixtures' bodies, the ground truth their verdicts are checked against: run with
 * forks, and divide the baseline's score by the candidate's within one run.
 *
 * <p>Run: {@code java -jar perf-benchmarks/target/benchmarks.jar GroundTruthBenchmark -f 4 -wi 5 -i 5 -w 1s -r 1s}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class GroundTruthBenchmark {

    /** {@link Fixtures.RegexNearBudget}'s baseline. */
    @Benchmark
    public int regexCompilingEachCall() {
        return Work.matchCompilingEachCall();
    }

    /** {@link Fixtures.RegexNearBudget}'s candidate. */
    @Benchmark
    public int regexPrecompiled() {
        return Work.matchPrecompiled();
    }

    /** {@link Fixtures.AllocationFree13us}'s baseline. */
    @Benchmark
    public long mix28us() {
        return Work.mix(AllocationFree.BASELINE_ROUNDS);
    }

    /** {@link Fixtures.AllocationFree13us}'s candidate. */
    @Benchmark
    public long mix13us() {
        return Work.mix(AllocationFree.CANDIDATE_ROUNDS);
    }

    /** The rounds of {@link Work#mix} the allocation-free fixture's sides run. */
    static final class AllocationFree {
        static final int BASELINE_ROUNDS = 15_000;
        static final int CANDIDATE_ROUNDS = 7_000;

        private AllocationFree() {}
    }
}
