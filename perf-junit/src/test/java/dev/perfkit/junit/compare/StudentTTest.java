package dev.perfkit.junit.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Student's t quantiles against published tables. */
class StudentTTest {

    @Test
    void quantilesMatchTheTables() {
        assertEquals(12.7062, StudentT.quantile(0.975, 1), 1e-4);
        assertEquals(63.6567, StudentT.quantile(0.995, 1), 1e-3);
        assertEquals(4.3027, StudentT.quantile(0.975, 2), 1e-4);
        assertEquals(3.1824, StudentT.quantile(0.975, 3), 1e-4);
        assertEquals(5.8409, StudentT.quantile(0.995, 3), 1e-4);
        assertEquals(3.1693, StudentT.quantile(0.995, 10), 1e-4);
        assertEquals(1.9600, StudentT.quantile(0.975, 10_000), 1e-3);
        assertEquals(-3.1824, StudentT.quantile(0.025, 3), 1e-4);
    }

    @Test
    void theDistributionFunctionIsSymmetricAndInvertsTheQuantile() {
        assertEquals(0.5, StudentT.cdf(0, 5), 1e-12);
        for (int df : new int[] {1, 2, 3, 7, 30}) {
            for (double p : new double[] {0.6, 0.9, 0.975, 0.999}) {
                assertEquals(p, StudentT.cdf(StudentT.quantile(p, df), df), 1e-9);
                assertEquals(1 - p, StudentT.cdf(-StudentT.quantile(p, df), df), 1e-9);
            }
        }
    }
}
