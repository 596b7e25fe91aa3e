package dev.perfkit.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.perfkit.Tags;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/**
 * The concurrent and the compact aggregates against the plain one: the same values, corrections, rejections and
 * overflows give the same snapshot, whether one thread or many add them, and counts that pass the carry threshold
 * lose nothing.
 */
class ConcurrentAggregateTest {

  private static final Layout LAYOUT = new Layout(6, TimerProperties.HIGHEST);

  @Test
  void oneThreadAgreesWithThePlainAggregate() {
    for (int carryAt : new int[] {ConcurrentAggregate.CARRY, 3}) {
      ConcurrentAggregate concurrent = new ConcurrentAggregate(LAYOUT, carryAt);
      Aggregate plain = new Aggregate(LAYOUT);
      SplittableRandom random = new SplittableRandom(5);
      long[] run = new long[16];
      for (int i = 0; i < 20_000; i++) {
        long v = random.nextLong(-10, TimerProperties.HIGHEST + 1_000);
        switch (i % 3) {
          case 0 -> {
            concurrent.record(v);
            plain.record(v);
          }
          case 1 -> { // a correction: few synthetic values, or a long run added per bucket
            long value = random.nextLong(-2, 10_000_000);
            long interval = random.nextBoolean() ? 1_000 : 7;
            concurrent.record(value, interval);
            plain.record(value, interval);
          }
          default -> {
            int n = random.nextInt(run.length + 1);
            for (int k = 0; k < n; k++) {
              run[k] = random.nextLong(-3, TimerProperties.HIGHEST + 1_000);
              plain.record(run[k]);
            }
            concurrent.recordAll(run, 0, n);
          }
        }
      }
      assertSame(plain, concurrent, "carry at " + carryAt);
    }
  }

  @Test
  void manyThreadsLoseNothingAcrossTheCarry() throws Exception {
    ConcurrentAggregate concurrent = new ConcurrentAggregate(LAYOUT, 5);
    Aggregate plain = new Aggregate(LAYOUT);
    int threads = 4;
    int perThread = 50_000;
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> ts = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      long seed = t;
      Thread thread = new Thread(() -> {
        try {
          start.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        SplittableRandom random = new SplittableRandom(seed);
        long[] run = new long[8];
        for (int i = 0; i < perThread; i += run.length) {
          for (int k = 0; k < run.length; k++) {
            run[k] = 1_000 + random.nextInt(8); // few buckets: every thread crosses the carry often
          }
          concurrent.recordAll(run, 0, run.length);
        }
      });
      ts.add(thread);
      thread.start();
    }
    for (int t = 0; t < threads; t++) {
      SplittableRandom random = new SplittableRandom(t);
      for (int i = 0; i < perThread; i++) {
        plain.record(1_000 + random.nextInt(8));
      }
    }
    start.countDown();
    for (Thread t : ts) {
      t.join();
    }
    assertSame(plain, concurrent, "four threads");
  }

  /**
   * The compact aggregate (a timer's earlier intervals) against the wide one: counts past 2^30 move into the carry and
   * still add up, in snapshots with a wide aggregate and when added to another aggregate.
   */
  @Test
  void compactAggregateAgreesWithTheWideOneAcrossTheCarry() {
    Aggregate compact = Aggregate.compact(LAYOUT);
    Aggregate wide = new Aggregate(LAYOUT);
    SplittableRandom random = new SplittableRandom(3);
    for (int i = 0; i < 5_000; i++) {
      int index = LAYOUT.indexOf(random.nextLong(0, 1 << 20));
      long count = i % 50 == 0 ? ConcurrentAggregate.CARRY + random.nextLong(1, 1 << 20) : random.nextLong(1, 1 << 22);
      compact.add(index, count);
      wide.add(index, count);
    }
    compact.record(12_345, 1_000); // a correction: the scalars as well
    wide.record(12_345, 1_000);
    Aggregate current = new Aggregate(LAYOUT);
    current.record(777);
    assertEquals(Reference.describe(Aggregate.snapshot("t", Tags.empty(), current, wide, 0, 1)),
        Reference.describe(Aggregate.snapshot("t", Tags.empty(), current, compact, 0, 1)));
    Aggregate sum = new Aggregate(LAYOUT);
    sum.addAll(compact);
    assertEquals(Reference.describe(Aggregate.snapshot("t", Tags.empty(), wide, null, 0, 1)),
        Reference.describe(Aggregate.snapshot("t", Tags.empty(), sum, null, 0, 1)));
    assertEquals(wide.samples, compact.samples);
    compact.clear();
    assertEquals(1, Aggregate.snapshot("t", Tags.empty(), current, compact, 0, 1).count(), "only current's value");
  }

  private static void assertSame(Aggregate plain, ConcurrentAggregate concurrent, String what) {
    Aggregate folded = new Aggregate(LAYOUT);
    concurrent.addTo(folded);
    assertEquals(Reference.describe(Aggregate.snapshot("t", Tags.empty(), plain, null, 0, 1)),
        Reference.describe(Aggregate.snapshot("t", Tags.empty(), folded, null, 0, 1)), what);
    assertEquals(plain.samples, folded.samples, what);
  }
}
