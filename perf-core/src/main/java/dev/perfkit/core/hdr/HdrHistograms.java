package dev.perfkit.core.hdr;

import dev.perfkit.SnapshotSink;
import dev.perfkit.TimerSnapshot;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.HdrHistogram.Histogram;

/** Converts timer snapshots to HdrHistogram's encoding. Stateless and thread-safe. */
public final class HdrHistograms {

    private HdrHistograms() {}

    /**
     * {@return {@code snapshot} in HdrHistogram's compressed encoding (the form {@code encodeIntoCompressedByteBuffer}
     * writes and {@code Histogram.decodeFromCompressedByteBuffer} reads), with the snapshot's ticks as the histogram's
     * start and end timestamps and its name as the tag}
     *
     * @param snapshot the snapshot to encode
     */
    public static byte[] toCompressedBytes(TimerSnapshot snapshot) {
        Filler filler = new Filler();
        snapshot.writeTo(filler);
        Histogram h = filler.histogram;
        ByteBuffer buffer = ByteBuffer.allocate(h.getNeededByteBufferCapacity());
        int length = h.encodeIntoCompressedByteBuffer(buffer);
        return Arrays.copyOf(buffer.array(), length);
    }

    /** HdrHistogram's significant digits that hold {@code precisionBits} of precision. */
    static int digitsFor(int precisionBits) {
        return precisionBits <= 4 ? 1 : precisionBits <= 7 ? 2 : 3;
    }

    /** A tag HdrHistogram's log format accepts: no whitespace, commas or equals signs. */
    static String tagOf(String name) {
        return name.replaceAll("[\\s,=]", "_");
    }

    /** A sink that fills an HdrHistogram, reusing it from one snapshot to the next when the precision stays. */
    static final class Filler implements SnapshotSink {
        Histogram histogram;
        long startTick;
        long endTick;

        @Override
        public void begin(
                String name,
                int precisionBits,
                long startTick,
                long endTick,
                long count,
                long totalNanos,
                long minNanos,
                long maxNanos,
                long overflowCount,
                long rejectedCount) {
            int digits = digitsFor(precisionBits);
            if (histogram == null || histogram.getNumberOfSignificantValueDigits() != digits) {
                histogram = new Histogram(digits);
            } else {
                histogram.reset();
            }
            histogram.setTag(tagOf(name));
            histogram.setStartTimeStamp(startTick);
            histogram.setEndTimeStamp(endTick);
            this.startTick = startTick;
            this.endTick = endTick;
        }

        @Override
        public void bucket(long highestValue, long count) {
            histogram.recordValueWithCount(highestValue, count);
        }
    }
}
