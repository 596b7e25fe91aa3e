package dev.perfkit.core.internal;

import dev.perfkit.PerfRegistry;
import dev.perfkit.RegistryConfig;
import dev.perfkit.Timer;
import dev.perfkit.TimerSnapshot;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Where a read's time goes under many writers: {@code writers} threads record into one timer without pause while the
 * main thread takes {@code reads} snapshots (cumulative and interval in turn, 200 ms apart) and prints each read's
 * time split by the phases of {@code StripedTimer}'s read path. Needs the counters of {@code read-phases.patch}; see
 * {@code run.sh}. An experiment, not part of the build.
 */
public class ReadProbe {
  static volatile boolean stop;
  public static void main(String[] a) throws Exception {
    int writers = Integer.parseInt(a[0]);
    int reads = Integer.parseInt(a[1]);
    PerfRegistry r = PerfRegistry.create(RegistryConfig.defaults());
    Timer t = r.timer("t");
    Thread[] ws = new Thread[writers];
    for (int i = 0; i < writers; i++) {
      ws[i] = new Thread(() -> { var rnd = ThreadLocalRandom.current(); while (!stop) t.recordNanos(1000 + rnd.nextInt(1_000_000)); });
      ws[i].setDaemon(true); ws[i].start();
    }
    Thread.sleep(2000);
    String[] names = {"readerLock", "lanes", "stripeHolders", "spillWriters", "oldStripeBuffers", "handedOff", "narrowLane"};
    for (int k = 0; k < reads; k++) {
      long[] before = StripedTimer.PROBE.clone();
      long t0 = System.nanoTime();
      TimerSnapshot s = (k % 2 == 0) ? t.snapshot() : t.intervalSnapshot();
      long d = System.nanoTime() - t0;
      StringBuilder sb = new StringBuilder(String.format("read %d %s %.1f ms count=%d:", k, k % 2 == 0 ? "cum" : "int", d / 1e6, s.count()));
      for (int i = 0; i < names.length; i++) sb.append(String.format(" %s=%.1f", names[i], (StripedTimer.PROBE[i] - before[i]) / 1e6));
      System.out.println(sb);
      Thread.sleep(200);
    }
    stop = true;
  }
}
