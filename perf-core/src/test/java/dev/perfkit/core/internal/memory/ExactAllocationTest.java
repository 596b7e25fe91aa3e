package dev.perfkit.core.internal.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.perfkit.memory.AllocationResult;
import dev.perfkit.memory.MemoryProbe;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Exact byte counts for known shapes on 64-bit HotSpot with compressed oops (12-byte headers, 8-byte alignment);
 * skipped on other layouts. Each op is measured once to warm up, then again for the figure.
 */
class ExactAllocationTest {

    record Point(int x, int y) {}

    private final MemoryProbe probe = MemoryProbe.create();

    @BeforeEach
    void requireKnownLayout() {
        assumeTrue(probe.allocation(() -> {}, 1).isSupported(), "allocation accounting unsupported here");
        assumeTrue(
                JvmLayout.isCompressedHotSpot(),
                "object layout differs from compressed-oops HotSpot: " + JvmLayout.describe());
    }

    private AllocationResult warmAndMeasure(Supplier<?> op, long iterations) {
        probe.allocation(op, iterations);
        return probe.allocation(op, iterations);
    }

    @Test
    void byteArrayOf1024Is1040BytesPerOp() {
        AllocationResult r = warmAndMeasure(() -> new byte[1024], 1_000);
        assertEquals(1_040_000, r.totalBytes(), r::toString);
        assertEquals(1040.0, r.bytesPerOp());
    }

    @Test
    void arraysOfOtherShapes() {
        assertEquals(16, warmAndMeasure(() -> new int[0], 100).bytesPerOp());
        assertEquals(40, warmAndMeasure(() -> new long[3], 100).bytesPerOp());
        assertEquals(56, warmAndMeasure(() -> new Object[10], 100).bytesPerOp());
        assertEquals(1L << 20 | 16, warmAndMeasure(() -> new byte[1 << 20], 5).bytesPerOp());
    }

    @Test
    void smallObjects() {
        assertEquals(16, warmAndMeasure(Object::new, 1_000).bytesPerOp());
        assertEquals(24, warmAndMeasure(() -> new Point(1, 2), 1_000).bytesPerOp());
    }

    @Test
    void arrayListGrowingPastItsDefaultCapacity() {
        // 24 (ArrayList) + 56 (Object[10] on the first add) + 80 (Object[15] on the 11th); small Integers are cached.
        AllocationResult r = warmAndMeasure(
                () -> {
                    List<Integer> list = new ArrayList<>();
                    for (int i = 0; i < 11; i++) {
                        list.add(i);
                    }
                    return list;
                },
                100);
        assertEquals(160, r.bytesPerOp(), r::toString);
    }

    @Test
    void allocationFreeOpIsZero() {
        int[] counter = new int[1];
        Runnable op = () -> counter[0]++;
        probe.allocation(op, 10_000);
        AllocationResult r = probe.allocation(op, 10_000);
        assertEquals(0, r.totalBytes(), r::toString);
        assertTrue(r.toString().startsWith("0 B/op"), r::toString);
    }

    @Test
    void runnableMeasurementCountsWhatEscapes() {
        List<byte[]> kept = new ArrayList<>(2_000);
        Runnable op = () -> kept.add(new byte[1024]);
        probe.allocation(op, 1_000);
        kept.clear();
        AllocationResult r = probe.allocation(op, 1_000);
        assertEquals(1_040_000, r.totalBytes(), r::toString);
    }
}
