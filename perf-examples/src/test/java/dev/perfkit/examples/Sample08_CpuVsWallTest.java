package dev.perfkit.examples;

import dev.perfkit.junit.Baseline;
import dev.perfkit.junit.Budget;
import dev.perfkit.junit.Candidate;
import dev.perfkit.junit.Compare;
import dev.perfkit.junit.PerfTest;
import dev.perfkit.junit.RelativeBudget;
import java.security.MessageDigest;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * CPU time against wall time: a call that waits (for I/O, a lock, a sleep) and a call that computes can take the same
 * wall time, and only the CPU time tells them apart.
 *
 * <p>The naive way is a latency budget alone. {@code @Budget(p50 = "5ms")} passes for a call that waits 2 ms for a
 * reply and for one that burns 2 ms of CPU polling for it, yet the second takes a core away from everything else on
 * the machine, and a faster CPU would not help the first at all. The right way reads the CPU time beside the wall
 * time: every {@link PerfTest} and {@link Compare} reports CPU time per call and the share of the time spent waiting,
 * split on Linux into blocked (I/O, locks, sleep) and waiting for a core (other load on the machine), as in
 * {@code cpu 41.7 µs/op (98 % waiting)} for the sleeping call below. {@code @Budget(cpu = "500us")} limits the CPU time
 * per call, and {@code @RelativeBudget(cpu = "5x less")} asks a change to use less CPU for the same work.
 *
 * <p>The CPU time is read once per measuring thread at the start and the end of the measurement (once per side and
 * round in a comparison), never per call: one read is a system call, some 20 times a {@code System.nanoTime()} (see
 * {@code perf-benchmarks/RESULTS.md}). The budgets here are generous on purpose (this runs on shared CI machines).
 * The figures are in the console line, in the {@code perf.cpu} report entry and in {@code target/perf-results/}. Run:
 * {@code mvn -pl perf-examples -am verify -Dtest=Sample08_CpuVsWallTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class Sample08_CpuVsWallTest {

    private final byte[] payload = new byte[64 * 1024];
    private MessageDigest sha256;

    @BeforeEach
    void prepare() throws Exception { // runs once, outside the measured region
        sha256 = MessageDigest.getInstance("SHA-256");
        for (int i = 0; i < payload.length; i++) {
            payload[i] = (byte) (i * 31);
        }
    }

    /** A blocking call: 2 ms of wall time, almost none of it on CPU. The sleep stands in for a remote round trip. */
    @Test
    @PerfTest(warmup = "200ms", duration = "500ms")
    @Budget(p50 = "50ms", cpu = "500us")
    void waitsForAReply() throws InterruptedException {
        Thread.sleep(2);
    }

    /** A CPU-bound call: hashing 64 KB spends all of its wall time on CPU, unless other load takes the core away. */
    @Test
    @PerfTest(warmup = "200ms", duration = "500ms")
    @Budget(p50 = "20ms", cpu = "20ms")
    void hashesAPayload() {
        sha256.update(payload);
        if (sha256.digest().length != 32) {
            throw new AssertionError("SHA-256 gives 32 bytes");
        }
    }

    /**
     * Polling for a reply and blocking for it take the same wall time, 1 ms each; the CPU time per call differs by far
     * more than 5x, and the report shows it in the row "CPU time (per call)".
     */
    @Test
    @Compare(
            bottleneck = "Waits for the reply by polling the clock in a loop: the thread burns a core while it waits.",
            change = "Parks the thread until the reply is due: the same wait, off CPU.")
    @RelativeBudget(cpu = "5x less")
    void waitForTheReply() {}

    @Baseline
    static int spinUntilDue() {
        long due = System.nanoTime() + 1_000_000;
        while (System.nanoTime() < due) {
            Thread.onSpinWait();
        }
        return 1;
    }

    @Candidate
    static int parkUntilDue() {
        long due = System.nanoTime() + 1_000_000;
        for (long left = due - System.nanoTime(); left > 0; left = due - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
        return 1;
    }
}
