package dev.perfkit.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfkit.TimerConfig;
import dev.perfkit.TimerSnapshot;
import org.jetbrains.lincheck.datastructures.LongGen;
import org.jetbrains.lincheck.datastructures.ManagedStrategyGuaranteeKt;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;
import org.jetbrains.lincheck.datastructures.StressOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
            this(maxStripes, sparesPerStripe, 3, StripedTimer.IDLE_READS_BEFORE_HAND_OVER, PlantedBug.NONE);
        }

        Subject(int maxStripes, int sparesPerStripe, int ownerCapacity, int idleReads, PlantedBug bug) {
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
                    1,
                    ownerCapacity,
                    idleReads,
                    bug);
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

    /**
     * The first thread to record owns a pair of two-slot buffers: every second record of the owner folds, or records
     * through the stripe when a reader holds the lanes, and records that overlap a read publish late samples.
     */
    public static class Owner extends Subject {
        public Owner() {
            this(PlantedBug.NONE);
        }

        Owner(PlantedBug bug) {
            super(1, 2, 2, StripedTimer.IDLE_READS_BEFORE_HAND_OVER, bug);
        }
    }

    /** {@link Owner} whose readers forget the late samples. */
    public static class OwnerSkipsLateSamples extends Owner {
        public OwnerSkipsLateSamples() {
            super(PlantedBug.OWNER_LATE_SAMPLES_SKIPPED);
        }
    }

    /** {@link Owner} that folds its full buffer without the lane's lock. */
    public static class OwnerFoldsWithoutLane extends Owner {
        public OwnerFoldsWithoutLane() {
            super(PlantedBug.OWNER_FOLD_WITHOUT_LANE);
        }
    }

    /** {@link Owner} that drops a sample when its buffer is full and both lanes are taken. */
    public static class OwnerDropsSpill extends Owner {
        public OwnerDropsSpill() {
            super(PlantedBug.OWNER_SPILL_DROPPED);
        }
    }

    /**
     * Every read hands the timer over (as if the owner were idle), while the owner may be inside a record: one-slot
     * buffers, so the owner folds at every record after its first.
     */
    public static class HandOverEveryRead extends Subject {
        public HandOverEveryRead() {
            this(PlantedBug.NONE);
        }

        HandOverEveryRead(PlantedBug bug) {
            super(1, 2, 1, 0, bug);
        }
    }

    /** {@link HandOverEveryRead} that gives the next thread the old owner's buffers. */
    public static class HandOverKeepsBuffers extends HandOverEveryRead {
        public HandOverKeepsBuffers() {
            super(PlantedBug.HAND_OVER_KEEPS_BUFFERS);
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

    @Test
    void modelCheckingTheOwner() {
        modelCheck(Owner.class);
    }

    @Test
    void modelCheckingHandOvers() {
        modelCheck(HandOverEveryRead.class);
    }

    @ParameterizedTest
    @ValueSource(
            classes = {
                OwnerSkipsLateSamples.class,
                OwnerFoldsWithoutLane.class,
                OwnerDropsSpill.class,
                HandOverKeepsBuffers.class
            })
    void theModelCheckerCatchesAPlantedBug(Class<? extends Subject> broken) {
        // deeper than the passing runs: a failure must be found whatever the seed; the search stops at the first one
        AssertionError e = assertThrows(AssertionError.class, () -> modelCheck(broken, 50, 500));
        assertTrue(e.getMessage().contains("Invalid execution results"), e.getMessage());
    }

    private static void modelCheck(Class<? extends Subject> subject) {
        modelCheck(subject, ITERATIONS, 200);
    }

    private static void modelCheck(Class<? extends Subject> subject, int iterations, int invocations) {
        new ModelCheckingOptions()
                .minimizeFailedScenario(false) // a planted bug's failure is reported as found, without shrinking it
                .iterations(iterations)
                .invocationsPerIteration(invocations)
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
