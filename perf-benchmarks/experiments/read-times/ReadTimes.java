import dev.perfkit.PerfRegistry;
import dev.perfkit.Timer;
import dev.perfkit.TimerSnapshot;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How long reads take while {@code writers} threads record into one timer without pause: the main thread takes
 * {@code reads} snapshots, cumulative and interval in turn, {@code pauseMs} apart, and prints each read's time, then
 * the median and the maximum. Unlike the JMH benchmark, reads come at a steady pace, as a reporter's do, so a backlog
 * that one read leaves to the next shows as reads that grow. Run with the benchmarks jar on the class path:
 * {@code java -cp perf-benchmarks/target/benchmarks.jar perf-benchmarks/experiments/read-times/ReadTimes.java 64 20}
 */
public class ReadTimes {
  static volatile boolean stop;

  static long heapUsed() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** Heap in use right after the last collection of each pool: what survived, without forcing a collection. */
  static long heapAfterGc() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      MemoryUsage u = pool.getCollectionUsage();
      if (pool.getType() == MemoryType.HEAP && u != null) {
        sum += u.getUsed();
      }
    }
    return sum;
  }

  public static void main(String[] a) throws Exception {
    int writers = Integer.parseInt(a[0]);
    int reads = Integer.parseInt(a[1]);
    long pauseMs = a.length > 2 ? Long.parseLong(a[2]) : 200;
    PerfRegistry registry = PerfRegistry.create();
    Timer t = registry.timer("t");
    long[] recorded = new long[writers * 16]; // one padded counter per writer
    for (int i = 0; i < writers; i++) {
      int me = i * 16;
      Thread w = new Thread(() -> {
        ThreadLocalRandom rnd = ThreadLocalRandom.current();
        long n = 0;
        while (!stop) {
          t.recordNanos(1000 + rnd.nextInt(1_000_000));
          n++;
        }
        recorded[me] = n;
      });
      w.setDaemon(true);
      w.start();
    }
    Thread.sleep(2000);
    double[] ms = new double[reads];
    long seen = 0;
    for (int k = 0; k < reads; k++) {
      long t0 = System.nanoTime();
      TimerSnapshot s = k % 2 == 0 ? t.snapshot() : t.intervalSnapshot();
      ms[k] = (System.nanoTime() - t0) / 1e6;
      System.out.printf("read %d %s %.1f ms count=%d heap used %d MB, after the last collection %d MB%n", k,
          k % 2 == 0 ? "cumulative" : "interval", ms[k], s.count(), heapUsed() >> 20, heapAfterGc() >> 20);
      Thread.sleep(pauseMs);
    }
    stop = true;
    double[] sorted = ms.clone();
    Arrays.sort(sorted);
    System.out.printf("writers=%d reads=%d median=%.1f ms max=%.1f ms%n", writers, reads, sorted[reads / 2],
        sorted[reads - 1]);
    registry.close();
  }
}
