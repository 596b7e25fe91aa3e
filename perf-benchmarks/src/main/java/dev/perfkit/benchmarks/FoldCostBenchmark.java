package dev.perfkit.benchmarks;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The pieces of a timer's record path, each alone, to tell where the cost of recording from several threads goes:
 * claiming a stripe and writing a value into its 16-slot buffer, and folding a full buffer into a histogram that all
 * threads share (the engine v2 design) or into one the thread does not share. The structures are stand-ins written
 * here (perfkit's own are internal): a padded sequence number claimed with one compare-and-set, a {@code long[16]}
 * buffer, and a 1,536-bucket {@code long[]} histogram in HdrHistogram's layout (6 bits) behind a try-lock.
 *
 * <p>Run with one and two threads: {@code java -jar perf-benchmarks/target/benchmarks.jar FoldCostBenchmark -t 1}
 * (then {@code -t 2}). The shared histogram's counts race with two threads (plain increments under a lock per fold is
 * what the engine does; here the lock is the same, so they do not): only the time is of interest.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FoldCostBenchmark {

    private static final VarHandle SEQ;
    private static final VarHandle LOCK;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            SEQ = lookup.findVarHandle(Slot.class, "seq", long.class);
            LOCK = lookup.findVarHandle(Histogram.class, "lock", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** A stripe stand-in: a claim and a buffer, padded so that threads' slots share no cache line. */
    public static class Slot {
        long p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13, p14, p15;
        volatile long seq;
        final long[] buffer = new long[16];
        int size;
        long q0, q1, q2, q3, q4, q5, q6, q7, q8, q9, q10, q11, q12, q13, q14, q15;
    }

    /** An aggregate stand-in: HdrHistogram's layout at 6 bits, exact total, min and max, and a try-lock. */
    public static class Histogram {
        long p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13, p14, p15;
        volatile int lock;
        final long[] counts = new long[64 * 24];
        long total;
        long min = Long.MAX_VALUE;
        long max;
        long q0, q1, q2, q3, q4, q5, q6, q7, q8, q9, q10, q11, q12, q13, q14, q15;

        void fold(long[] values, int n) {
            if (!LOCK.compareAndSet(this, 0, 1)) {
                return; // the engine hands the buffer off here; counted as no work
            }
            for (int i = 0; i < n; i++) {
                long v = values[i];
                int bucket = 57 - Long.numberOfLeadingZeros(v | 127);
                int index = ((bucket + 1) << 6) + (int) (v >>> bucket) - 64;
                counts[Math.min(index, counts.length - 1)]++;
                total += v;
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            LOCK.setRelease(this, 0);
        }
    }

    /** The histogram every thread folds into. */
    @State(Scope.Benchmark)
    public static class Shared {
        final Histogram histogram = new Histogram();
    }

    /** Each thread's own stripe and histogram. */
    @State(Scope.Thread)
    public static class Own {
        final Slot slot = new Slot();
        final Histogram histogram = new Histogram();
    }

    /**
     * Claim, write one value, publish, release; a full buffer is emptied without folding.
     *
     * @param o this thread's stripe and histogram
     * @param l this thread's latencies
     */
    @Benchmark
    public void bufferWriteOnly(Own o, TimerRecordBenchmark.Latencies l) {
        append(o.slot, l.next());
        if (o.slot.size == 16) {
            o.slot.size = 0;
        }
    }

    /**
     * The same, folding each full buffer into the histogram all threads share.
     *
     * @param o this thread's stripe and histogram
     * @param s the histogram every thread folds into
     * @param l this thread's latencies
     */
    @Benchmark
    public void bufferAndSharedFold(Own o, Shared s, TimerRecordBenchmark.Latencies l) {
        append(o.slot, l.next());
        if (o.slot.size == 16) {
            s.histogram.fold(o.slot.buffer, 16);
            o.slot.size = 0;
        }
    }

    /**
     * The same, folding each full buffer into the thread's own histogram.
     *
     * @param o this thread's stripe and histogram
     * @param l this thread's latencies
     */
    @Benchmark
    public void bufferAndOwnFold(Own o, TimerRecordBenchmark.Latencies l) {
        append(o.slot, l.next());
        if (o.slot.size == 16) {
            o.histogram.fold(o.slot.buffer, 16);
            o.slot.size = 0;
        }
    }

    private static void append(Slot s, long value) {
        long seq = (long) SEQ.getOpaque(s);
        if ((seq & 1) == 0 && SEQ.compareAndSet(s, seq, seq + 1)) {
            s.buffer[s.size++] = value;
            SEQ.setRelease(s, seq + 2);
        }
    }
}
