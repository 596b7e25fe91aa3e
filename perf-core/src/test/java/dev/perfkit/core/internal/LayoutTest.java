package dev.perfkit.core.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class LayoutTest {

    private static final long HOUR = 3_600_000_000_000L;

    @Test
    void everyValueLiesInItsBucketAndBucketsAreNarrow() {
        qt().withExamples(1_000)
                .forAll(longs().between(0, HOUR), integers().between(3, 10))
                .checkAssert(LayoutTest::valueLiesInItsNarrowBucket);
    }

    private static void valueLiesInItsNarrowBucket(long value, int bits) {
        Layout layout = new Layout(bits, HOUR);
        int index = layout.indexOf(value);
        assertTrue(index >= 0 && index < layout.length(), "index " + index + " within length " + layout.length());
        long lo = layout.lowestValueAt(index);
        long hi = layout.highestValueAt(index);
        assertTrue(lo <= value && value <= hi, lo + " <= " + value + " <= " + hi);
        assertTrue(hi - lo <= (lo >> bits), "bucket [" + lo + ", " + hi + "] wider than 2^-" + bits + " of its start");
        assertEquals(index, layout.indexOf(lo));
        assertEquals(index, layout.indexOf(hi));
    }

    @Test
    void sevenBitsMatchHdrHistogramTwoSignificantDigits() {
        Layout layout = new Layout(7, HOUR);
        Histogram hdr = HDR_TWO_DIGITS;
        qt().withExamples(1_000).forAll(longs().between(0, HOUR)).checkAssert(value -> {
            int index = layout.indexOf(value);
            assertEquals(hdr.lowestEquivalentValue(value), layout.lowestValueAt(index));
            assertEquals(hdr.highestEquivalentValue(value), layout.highestValueAt(index));
        });
    }

    private static final Histogram HDR_TWO_DIGITS = new Histogram(HOUR, 2);

    @Test
    void smallValuesAreExact() {
        Layout layout = new Layout(6, HOUR);
        for (long v = 0; v < 128; v++) {
            assertEquals(v, layout.lowestValueAt(layout.indexOf(v)));
            assertEquals(v, layout.highestValueAt(layout.indexOf(v)));
        }
    }

    @Test
    void defaultLayoutHasThirtySevenChunksOfSixtyFour() {
        Layout layout = new Layout(6, HOUR);
        assertEquals(37, layout.chunkCount);
        assertEquals(37 * 64, layout.length());
        assertEquals(layout.chunkCount - 1, layout.indexOf(HOUR) >>> 6);
    }

    @Test
    void sequenceBucketsMatchOneByOne() {
        qt().withExamples(1_000)
                .forAll(longs().between(1, 5_000_000), longs().between(1, 100_000))
                .checkAssert(LayoutTest::sequenceBucketsMatchOneByOne);
    }

    private static void sequenceBucketsMatchOneByOne(long v, long step) {
        Layout layout = new Layout(6, HOUR);
        long n = Layout.missedSamples(v, step);
        long[] byBucket = new long[layout.length()];
        long[] oneByOne = new long[layout.length()];
        long sum = 0;
        if (n > 0) {
            layout.addSequence(v, step, n, (index, count) -> byBucket[index] += count);
        }
        for (long m = v - step; m >= step; m -= step) {
            oneByOne[layout.indexOf(m)]++;
            sum += m;
        }
        assertArrayEquals(oneByOne, byBucket);
        assertEquals(sum, n == 0 ? 0 : Layout.sequenceSum(v, step, n));
    }
}
