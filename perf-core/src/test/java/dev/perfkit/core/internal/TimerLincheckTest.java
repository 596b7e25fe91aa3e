package dev.perfkit.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.perfkit.TimerConfig;
import dev.perfkit.TimerSnapshot;
import org.jetbrains.lincheck.datastructures.LongGen;
import org.jetbrains.lincheck.datastructures.ManagedStrategyGuaranteeKt;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;
import org.jetbrains.lincheck.datastructures.StressOptions;
import org.junit.jupiter.api.Test;

/**
 * Lincheck checks that record, snapshot and interval snapshot are linearizable against the timer run sequentially:
 * every snapshot holds each sample whole (count, total, min, max, buckets) or not at all, and each interval holds
 * exactly the samples recorded since the previous one. Buffers of three slots put hand-offs, folds by writers and the
 * spill within reach of a few operations, and writers fold the spill's ring from its first sample on.
 */
class TimerLincheckTest {

    /** The operations Lincheck runs; subclasses choose the stripes. */
    @Param(name = "value", gen = LongGen.class, conf = "-1:5")
    public abstract static class Subject {
        private final StripedTimer timer;

        Subject(int maxStripes) {
            this(maxStripes, 2);
        }

        Subject(int maxStripes, int sparesPerStripe) {
            // a small range and precision keep each snapshot's bucket walk short under the model checker
            this.timer = new StripedTimer(
                    TimerConfig.builder("t")
                            .highestTrackableNanos(1024)
                            .precisionBits(3)
                            .build(),
                    new ScriptedTicker(),
                    maxStripes,
                    3,
                    Aggregate.NARROW_LIMIT,
                    sparesPerStripe,
                    1);
        }

        @Operation
        public void record(@Param(name = "value") long value) {
            timer.recordNanos(value * value * 7); // distinct totals per value set; -1 is rejected
        }

        @Operation
        public void recordCorrected(@Param(name = "value") long value) {
            timer.recordNanos(value * 10, 4); // 10 to 50 ns every 4 ns: one to eleven synthetic samples, as one step
        }

        @Operation
        public String snapshot() {
            return Reference.describe(timer.snapshot());
        }

        @Operation
        public String intervalSnapshot() {
            return Reference.describe(timer.intervalSnapshot());
        }
    }

    /** One stripe keeps the model checker's runs deterministic: no per-thread hash picks a stripe. */
    public static class OneStripe extends Subject {
        public OneStripe() {
            super(1);
        }
    }

    /**
     * One stripe and no spare buffers: a writer that finds both lanes taken adds its full buffer to the phase's
     * concurrent aggregate at once, so a few operations reach that path.
     */
    public static class NoSpares extends Subject {
        public NoSpares() {
            super(1, 0);
        }
    }

    /** Two stripes, for the stress run: writers move between stripes and the timer grows. */
    public static class TwoStripes extends Subject {
        public TwoStripes() {
            super(2);
        }
    }

    @Test
    void describeNamesEverySampleField() {
        TimerSnapshot s = TimerSnapshot.builder("t", 6, 2)
                .totalNanos(9)
                .minMaxNanos(2, 7)
                .overflowAndRejected(0, 1)
                .bucket(2, 1)
                .bucket(7, 1)
                .build();
        assertEquals("count=2 total=9 min=2 max=7 overflow=0 rejected=1 buckets=2x1 7x1 ", Reference.describe(s));
    }

    /** Scenarios per run: a few keep the suite fast; {@code -Dperfkit.lincheck.iterations=100} searches deeper. */
    private static final int ITERATIONS = Integer.getInteger("perfkit.lincheck.iterations", 5);

    @Test
    void stress() {
        new StressOptions()
                .iterations(ITERATIONS)
                .invocationsPerIteration(300)
                .threads(3)
                .actorsPerThread(3)
                .check(TwoStripes.class);
    }

    @Test
    void modelChecking() {
        modelCheck(OneStripe.class);
    }

    @Test
    void modelCheckingWithoutSpares() {
        modelCheck(NoSpares.class);
    }

    private static void modelCheck(Class<? extends Subject> subject) {
        new ModelCheckingOptions()
                .iterations(ITERATIONS)
                .invocationsPerIteration(200)
                .threads(3)
                .actorsPerThread(3)
                // the aggregate and the snapshot it builds are touched only under the fold lock: one step each
                .addGuarantee(ManagedStrategyGuaranteeKt.forClasses(
                                Aggregate.class.getName(),
                                Layout.class.getName(),
                                TimerSnapshot.class.getName(),
                                TimerSnapshot.Builder.class.getName())
                        .allMethods()
                        .treatAsAtomic())
                .check(subject);
    }
}
