package dev.perfkit.junit.perftest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfkit.TimerSnapshot;
import dev.perfkit.junit.measure.Stationarity;
import dev.perfkit.junit.measure.WarmupOutcome;
import dev.perfkit.junit.measure.jvm.CpuUse;
import dev.perfkit.junit.measure.jvm.JvmActivity;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Cautions by size: on measurements of 1 s with known window medians and JVM activity, what moves the figures by more
 * than 5 % is a caution, and what is merely significant is not.
 */
class CautionsTest {

    private static final long SECOND = 1_000_000_000L;
    private static final long[] QUIET = {1000, 1010, 995, 1005, 1002, 998, 1001, 999, 1003, 997};
    private static final JvmActivity IDLE = jvm(0, 0, 0);

    private static JvmActivity jvm(long heapGrowthBytes, long jitMillis, long minorFaults) {
        return new JvmActivity(3, 0, heapGrowthBytes, 0, jitMillis, minorFaults, 900_000_000, 1L << 30);
    }

    private static Measurement measurement(long[] windowMedians, JvmActivity jvm) {
        WarmupOutcome warmup = new WarmupOutcome(0, 0, 0, true, false, List.of(), new long[0], new long[0]);
        TimerSnapshot latency = TimerSnapshot.of(
                "t", 1_000_000_000L, 1, 1000, 0, 0, 0, 0, 8, new long[] {1000}, new long[] {1_000_000});
        return new Measurement(
                Plans.iterations(0, 1_000_000, 1),
                latency,
                1_000_000,
                SECOND,
                SECOND,
                1,
                0,
                20,
                warmup,
                -1,
                "off",
                Map.of(),
                jvm,
                windowMedians,
                List.of(),
                new CpuUse(900_000_000, SECOND, 0, ""));
    }

    @Test
    void aQuietRunHasNoCaution() {
        assertEquals(List.of(), measurement(QUIET, jvm(1 << 20, 2, 40)).cautions());
    }

    @Test
    void aDriftOfOnePointThreePercentIsNoCautionThoughItIsSignificant() {
        long[] drift = new long[20];
        for (int i = 0; i < drift.length; i++) {
            drift[i] = 1500 - Math.round(20.0 * i / (drift.length - 1));
        }
        assertFalse(Stationarity.test(toDoubles(drift), 0.01).stationary(), "the drift is significant");
        assertEquals(List.of(), measurement(drift, IDLE).cautions());
    }

    @Test
    void aFortyPercentStepBetweenWindowsIsACautionWithItsSize() {
        long[] step = {1000, 1000, 1000, 1000, 1000, 1400, 1400, 1400, 1400, 1400};
        String expected =
                "latency shifted +40 % between windows: median 1.00 µs in windows 1-5, 1.40 µs in windows 6-10";
        assertEquals(List.of(expected), measurement(step, IDLE).cautions());
    }

    @Test
    void aStepTooShortToBeSignificantIsStillACaution() {
        long[] step = {1400, 1400, 1000, 1000, 1000};
        assertTrue(Stationarity.test(toDoubles(step), 0.01).stationary(), "five windows cannot be significant");
        assertEquals(
                List.of("latency shifted -29 % between windows: median 1.40 µs in windows 1-2, 1.00 µs in windows 3-5"),
                measurement(step, IDLE).cautions());
    }

    @Test
    void oneSlowWindowShiftsNoLevel() {
        long[] spike = QUIET.clone();
        spike[4] = 1400;
        assertEquals(List.of(), measurement(spike, IDLE).cautions());
        spike = QUIET.clone();
        spike[9] = 1400;
        assertEquals(List.of(), measurement(spike, IDLE).cautions());
    }

    @Test
    void theStepThresholdIsFivePercentOfTheSmallerLevel() {
        assertEquals(
                1,
                measurement(new long[] {1000, 1000, 1051, 1051}, IDLE)
                        .cautions()
                        .size());
        assertEquals(
                List.of(),
                measurement(new long[] {1000, 1000, 1049, 1049}, IDLE).cautions());
        assertEquals(0.4, Cautions.step(new long[] {1400, 1400, 1000, 1000}).size(), 1e-12);
    }

    @Test
    void jitCompilingForElevenMillisecondsOfASecondIsNoCautionAHundredIs() {
        assertEquals(List.of(), measurement(QUIET, jvm(0, 11, 0)).cautions());
        assertEquals(
                List.of("JIT 100 ms (10 % of the time)"),
                measurement(QUIET, jvm(0, 100, 0)).cautions());
    }

    @Test
    void heapGrowthCountsByTheTimeItsPagesTakeToTouch() {
        // 2 MB: 512 pages at 10 µs, 5 ms of 1 s
        assertEquals(List.of(), measurement(QUIET, jvm(2 << 20, 0, 0)).cautions());
        // 112 MB: 28,672 pages, 287 ms
        assertEquals(
                List.of("heap grew 112 MB (touching it takes about 29 % of the time)"),
                measurement(QUIET, jvm(112 << 20, 0, 0)).cautions());
    }

    @Test
    void pageFaultsCountByTheTimeTheyTake() {
        // 3,000 faults at 10 µs: 3 % of the second
        assertEquals(List.of(), measurement(QUIET, jvm(0, 0, 3_000)).cautions());
        assertEquals(
                List.of("page faults 0.01/call (about 10 % of the time)"),
                measurement(QUIET, jvm(0, 0, 10_000)).cautions());
    }

    private static double[] toDoubles(long[] values) {
        return Arrays.stream(values).asDoubleStream().toArray();
    }
}
