package dev.perfkit.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfkit.Tags;
import dev.perfkit.TimerConfig;
import dev.perfkit.TimerSnapshot;
import java.util.SplittableRandom;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The second lane: a thread that prefers it folds into its narrow aggregate, which must never hold more than its limit
 * (it is emptied into the wide lane when full) nor any correction, and every read must empty it.
 */
class LaneTest {

  private static final long LIMIT = 40;

  @Test
  void narrowAggregateCountsUpToItsLimitAndAddsIntoAWideOne() {
    Layout layout = new Layout(6, TimerProperties.HIGHEST);
    Aggregate narrow = new Aggregate(layout, LIMIT);
    Aggregate wide = new Aggregate(layout);
    Reference ref = new Reference(TimerProperties.HIGHEST);
    for (long v : new long[] {5, 5, 1_000, -3, 70_000_000_000L, 123_456}) {
      narrow.record(v);
      ref.record(v);
    }
    assertEquals(LIMIT - 5, narrow.narrowRoom(), "five values counted, the rejected one not");
    assertEquals(Long.MAX_VALUE, wide.narrowRoom());
    wide.addAll(narrow);
    ref.assertAgrees(Aggregate.snapshot("t", Tags.empty(), wide, null, 0, 1));
    narrow.clear();
    assertEquals(LIMIT, narrow.narrowRoom());
    assertThrows(IllegalArgumentException.class, () -> new Aggregate(layout, Aggregate.NARROW_LIMIT + 1));
  }

  @Test
  void aThreadOnTheNarrowLaneLosesNothingWhenItFillsUp() throws Exception {
    StripedTimer timer = new StripedTimer(
        TimerConfig.builder("t").highestTrackableNanos(TimerProperties.HIGHEST).precisionBits(6).build(),
        new ScriptedTicker(), 1, 4, LIMIT);
    Reference ref = new Reference(TimerProperties.HIGHEST);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Aggregate narrow = TestAccess.lanes(timer)[1].aggregate;
    long[] seenInNarrow = new long[1];
    Thread writer = onLane(1, () -> {
      SplittableRandom random = new SplittableRandom(7);
      for (int i = 0; i < 1_000; i++) {
        long v = random.nextLong(-5, 5_000_000);
        long interval = i % 97 == 0 ? 10_000 : 0; // a few corrections: never into the narrow lane
        timer.recordNanos(v, interval);
        ref.recordWithInterval(v, interval);
        seenInNarrow[0] = Math.max(seenInNarrow[0], narrow.samples);
        assertTrue(narrow.samples <= LIMIT, "narrow lane over its limit: " + narrow.samples);
      }
    }, failure, true);
    writer.join();
    assertEquals(null, failure.get());
    assertTrue(seenInNarrow[0] > 0, "the writer folded into the narrow lane");
    TimerSnapshot s = timer.snapshot();
    ref.assertAgrees(s);
    assertEquals(0, narrow.samples, "a read empties the narrow lane");
  }

  /**
   * Two threads that start on the same lane and fold one after the other, round after round (as two threads on two
   * cores do, minus the timing), end up preferring different lanes, and both lanes fill: each thread then keeps its
   * aggregate to itself.
   */
  @Test
  void twoThreadsTakingTurnsSettleOnDifferentLanes() throws Exception {
    StripedTimer timer = TimerProperties.timer(6, 1, 16);
    int rounds = 1_000;
    Semaphore[] turn = {new Semaphore(1), new Semaphore(0)};
    int[] lane = new int[2];
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread[] threads = new Thread[2];
    for (int w = 0; w < 2; w++) {
      int me = w;
      threads[w] = onLane(0, () -> {
        try {
          for (int r = 0; r < rounds; r++) {
            turn[me].acquire();
            for (int i = 0; i < 16; i++) { // one buffer: one fold per turn
              timer.recordNanos(1_000 + me);
            }
            turn[1 - me].release();
          }
          lane[me] = Probe.current().lane();
        } catch (InterruptedException e) {
          failure.set(e);
        }
      }, failure, false);
    }
    for (Thread t : threads) {
      t.join();
    }
    assertEquals(null, failure.get());
    assertTrue(lane[0] != lane[1], "the threads prefer different lanes: " + lane[0] + ", " + lane[1]);
    Lane[] lanes = TestAccess.lanes(timer);
    assertTrue(lanes[0].aggregate.samples > 0 && lanes[1].aggregate.samples > 0, "both lanes were folded into");
    TimerSnapshot s = timer.snapshot();
    assertEquals(2L * rounds * 16, s.count());
    assertEquals(rounds * 16L * (1_000 + 1_001), s.totalNanos());
  }

  /**
   * Starts {@code body} on a thread whose probe prefers {@code lane} at first (thread ids decide, so a few tries do);
   * waits for it to end if {@code join}.
   */
  private static Thread onLane(int lane, Runnable body, AtomicReference<Throwable> failure, boolean join)
      throws Exception {
    for (int attempt = 0; attempt < 64; attempt++) {
      Semaphore checked = new Semaphore(0);
      boolean[] fits = new boolean[1];
      Thread t = new Thread(() -> {
        fits[0] = Probe.current().lane() == lane;
        checked.release();
        if (fits[0]) {
          try {
            body.run();
          } catch (Throwable e) {
            failure.set(e);
          }
        }
      });
      t.start();
      checked.acquire();
      if (fits[0]) {
        if (join) {
          t.join();
        }
        return t;
      }
      t.join();
    }
    throw new AssertionError("no thread preferred lane " + lane + " in 64 tries");
  }
}
