package dev.perfkit.junit.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SignedRankTest {

    /** Published two-sided critical values of the signed-rank test (reject when T {@literal <=} value), plus one. */
    @ParameterizedTest(name = "n={0}, alpha={1}: k={2}")
    @CsvSource({
        "6, 0.05, 1",
        "8, 0.05, 4",
        "10, 0.05, 9",
        "10, 0.01, 4",
        "15, 0.05, 26",
        "20, 0.05, 53",
        "20, 0.01, 38",
        "5, 0.05, 0"
    })
    void criticalRanksMatchTheTables(int n, double alpha, int k) {
        assertEquals(k, SignedRank.criticalRank(n, alpha));
    }

    @Test
    void intervalOfAKnownSampleIsTheTextbookOne() {
        // n = 10 at 95 %: k = 9, so the 9th smallest and 9th largest of the 55 Walsh averages
        double[] d = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        double[] ci = SignedRank.interval(d, 0.05);
        assertArrayEquals(new double[] {3.0, 5.5, 8.0}, ci, 1e-12);
    }

    @Test
    void tooFewPairsGiveAnUnboundedInterval() {
        double[] ci = SignedRank.interval(new double[] {1, 2, 3}, 0.05);
        assertEquals(Double.NEGATIVE_INFINITY, ci[0]);
        assertEquals(2.0, ci[1]);
        assertEquals(Double.POSITIVE_INFINITY, ci[2]);
    }
}
