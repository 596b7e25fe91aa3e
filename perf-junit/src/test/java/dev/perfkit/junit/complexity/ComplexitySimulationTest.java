package dev.perfkit.junit.complexity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfkit.junit.metric.Check;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The error rates of {@link ComplexityAnalysis} on 200 seeded simulated measurements per class and scenario (see
 * {@link Simulated}; no real timing), sizes 1,000 to 16,000 doubling. These bounds are the ones the package
 * documentation states.
 */
class ComplexitySimulationTest {

    static final long[] SIZES = {1_000, 2_000, 4_000, 8_000, 16_000};
    static final int RUNS = 200;

    /**
     * A typical measurement: 3 % noise per value, 3 % drift per round, 5 % outliers, a third of the smallest size's
     * time a fixed overhead, 30 rounds.
     */
    static final Simulated TYPICAL = new Simulated(SIZES, 30, 0.03, 0.03, 0.05, 0.5);
    /** A noisy one: 10 % noise per value, 5 % drift per round, 5 % outliers, the same overhead, 30 rounds. */
    static final Simulated NOISY = new Simulated(SIZES, 30, 0.10, 0.05, 0.05, 0.5);
    /** A large fixed overhead, twice the growing part at the smallest size, with typical noise. */
    static final Simulated OVERHEAD = new Simulated(SIZES, 30, 0.03, 0.03, 0.05, 2.0);

    /** Right, wrong and undecided counts of one class in one scenario. */
    record Counts(int right, int wrong, int undecided) {}

    static Counts count(Simulated scenario, GrowthClass truth) {
        @SuppressWarnings("EnumOrdinal") // a seed per class, stable as long as the order is
        SplittableRandom random = new SplittableRandom(31L * truth.ordinal() + 7);
        int right = 0;
        int wrong = 0;
        for (int run = 0; run < RUNS; run++) {
            GrowthFit r = ComplexityAnalysis.analyze(SIZES, scenario.times(truth, random));
            if (r.decided()) {
                if (r.best() == truth) {
                    right++;
                } else {
                    wrong++;
                }
            }
        }
        return new Counts(right, wrong, RUNS - right - wrong);
    }

    @ParameterizedTest
    @EnumSource(GrowthClass.class)
    void typicalNoiseFindsTheClassInAtLeast95PercentAndIsWrongInAtMost1Percent(GrowthClass truth) {
        Counts c = count(TYPICAL, truth);
        assertTrue(c.right() >= 190, c::toString);
        assertTrue(c.wrong() <= 2, c::toString);
    }

    @ParameterizedTest
    @EnumSource(GrowthClass.class)
    void heavyNoiseIsMoreOftenUndecidedButStillWrongInAtMost1Percent(GrowthClass truth) {
        Counts c = count(NOISY, truth);
        assertTrue(c.wrong() <= 2, c::toString);
        // n, log n and n log n lie close together at 10 % noise: undecided up to 45 %, never wrong more than 1 %
        assertTrue(c.right() >= 110, c::toString);
    }

    @ParameterizedTest
    @EnumSource(GrowthClass.class)
    void aLargeFixedOverheadIsNotMistakenForASlowerGrowingClass(GrowthClass truth) {
        Counts c = count(OVERHEAD, truth);
        assertTrue(c.wrong() <= 2, c::toString);
        assertTrue(c.right() >= 170, c::toString);
    }

    /**
     * A time between two classes, n times the square root of log n, is undecided between O(n) and O(n log n) or called
     * one of them (10 % noise), never anything else; against an expected O(n log n) it passes every time, against O(log
     * n) it fails every time.
     */
    @org.junit.jupiter.api.Test
    void aTimeBetweenTwoClassesIsUndecidedOrOneOfThem() {
        SplittableRandom random = new SplittableRandom(99);
        int undecided = 0;
        for (int run = 0; run < RUNS; run++) {
            double[][] t = new double[SIZES.length][30];
            for (int i = 0; i < SIZES.length; i++) {
                for (int r = 0; r < 30; r++) {
                    t[i][r] = SIZES[i]
                            * Math.sqrt(Math.log((double) SIZES[i]))
                            * Math.exp(0.10 * (random.nextDouble() - 0.5) * 3.46);
                }
            }
            GrowthFit r = ComplexityAnalysis.analyze(SIZES, t);
            assertTrue(
                    r.contenders().stream().allMatch(c -> c == GrowthClass.LINEAR || c == GrowthClass.LINEARITHMIC),
                    r::toString);
            assertEquals(Check.PASS, r.check(GrowthClass.LINEARITHMIC), r::toString);
            assertEquals(Check.FAIL, r.check(GrowthClass.LOGARITHMIC), r::toString);
            undecided += r.decided() ? 0 : 1;
        }
        assertTrue(undecided >= 1, "never undecided: " + undecided);
    }
}
