package dev.perfkit.junit.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The stationarity test on generated series with known answers. */
class StationarityTest {

    private static double[] noise(SplittableRandom random, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = random.nextGaussian();
        }
        return x;
    }

    @Test
    void independentRoundsAreRarelyCalledUnstable() {
        SplittableRandom random = new SplittableRandom(11);
        int rejected = 0;
        for (int run = 0; run < 1_000; run++) {
            rejected += Stationarity.test(noise(random, 20), 0.01).stationary() ? 0 : 1;
        }
        // the level is 1 %: about 10 of 1,000; 25 would be more than 4 standard deviations above it
        assertTrue(rejected <= 25, rejected + " of 1000 stationary series called unstable");
        assertTrue(rejected >= 1, "a test at 1 % that never rejects has no power");
    }

    @Test
    void aLevelShiftIsFoundAndLocated() {
        SplittableRandom random = new SplittableRandom(12);
        int found = 0;
        for (int run = 0; run < 200; run++) {
            double[] x = noise(random, 20);
            for (int i = 7; i < 20; i++) {
                x[i] += 6;
            }
            Stationarity.Result r = Stationarity.test(x, 0.01);
            if (!r.stationary() && r.changePoint() >= 6 && r.changePoint() <= 8) {
                found++;
            }
        }
        assertTrue(found >= 199, found + " of 200 shifts found at round 7 (+-1)");
    }

    @Test
    void aTrendIsFound() {
        SplittableRandom random = new SplittableRandom(13);
        int found = 0;
        for (int run = 0; run < 200; run++) {
            double[] x = noise(random, 20);
            for (int i = 0; i < 20; i++) {
                x[i] += 0.5 * i;
            }
            found += Stationarity.test(x, 0.01).stationary() ? 0 : 1;
        }
        assertTrue(found >= 199, found + " of 200 trends found");
    }

    @Test
    void shortOrConstantSeriesAreStationary() {
        assertTrue(Stationarity.test(new double[] {1, 2, 3}, 0.01).stationary());
        assertTrue(
                Stationarity.test(new double[] {5, 5, 5, 5, 5, 5, 5, 5}, 0.01).stationary());
    }

    @Test
    void theVerdictDependsOnTheValuesAlone() {
        double[] x = noise(new SplittableRandom(14), 30);
        assertEquals(Stationarity.test(x, 0.01), Stationarity.test(x.clone(), 0.01));
    }

    @Test
    void theRatioIsSmallForNeighboursAlikeAndAboutTwoForNoise() {
        assertEquals(0.5, Stationarity.ratio(new double[] {1, 1, 1, 1, 5, 5, 5, 5}), 1e-12);
        assertFalse(Stationarity.ratio(new double[] {1, 5, 1, 5, 1, 5, 1, 5}) < 2);
    }

    @Test
    void ranksShareTies() {
        double[] r = Stationarity.ranks(new double[] {3, 1, 3, 2});
        assertEquals(3.5, r[0]);
        assertEquals(1, r[1]);
        assertEquals(3.5, r[2]);
        assertEquals(2, r[3]);
    }
}
