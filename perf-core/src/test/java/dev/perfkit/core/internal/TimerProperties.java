package dev.perfkit.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.perfkit.TimerConfig;
import dev.perfkit.TimerSnapshot;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class TimerProperties {

  static final long HIGHEST = 10_000_000_000L;

  static StripedTimer timer(int bits, int maxStripes) {
    return timer(bits, maxStripes, ValueBuffer.DEFAULT_CAPACITY);
  }

  static StripedTimer timer(int bits, int maxStripes, int bufferCapacity) {
    TimerConfig config = TimerConfig.builder("t").highestTrackableNanos(HIGHEST).precisionBits(bits).build();
    return new StripedTimer(config, new ScriptedTicker(), maxStripes, bufferCapacity);
  }

  @Provide
  Arbitrary<List<Long>> samples() {
    Arbitrary<Long> value = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(70, Arbitraries.longs().between(0, 1_000_000)),
        net.jqwik.api.Tuple.of(20, Arbitraries.longs().between(0, HIGHEST)),
        net.jqwik.api.Tuple.of(5, Arbitraries.longs().between(HIGHEST + 1, Long.MAX_VALUE)),
        net.jqwik.api.Tuple.of(5, Arbitraries.longs().between(Long.MIN_VALUE, -1)));
    return value.list().ofMaxSize(400);
  }

  @Property
  void snapshotAgreesWithSortedList(@ForAll("samples") List<Long> values, @ForAll @IntRange(min = 3, max = 10) int bits) {
    StripedTimer t = timer(bits, 4);
    Reference ref = new Reference(HIGHEST);
    for (long v : values) {
      t.recordNanos(v);
      ref.record(v);
    }
    ref.assertAgrees(t.snapshot());
  }

  @Property
  void intervalsPartitionTheSamples(@ForAll("samples") List<Long> values,
      @ForAll @Size(max = 6) List<@IntRange(min = 0, max = 400) Integer> cuts) {
    StripedTimer t = timer(6, 4);
    Reference all = new Reference(HIGHEST);
    Reference current = new Reference(HIGHEST);
    long count = 0;
    long total = 0;
    long overflow = 0;
    long rejected = 0;
    for (int i = 0; i <= values.size(); i++) {
      if (cuts.contains(i) || i == values.size()) {
        TimerSnapshot interval = t.intervalSnapshot();
        current.assertAgrees(interval);
        count += interval.count();
        total += interval.totalNanos();
        overflow += interval.overflowCount();
        rejected += interval.rejectedCount();
        current = new Reference(HIGHEST);
      }
      if (i < values.size()) {
        t.recordNanos(values.get(i));
        all.record(values.get(i));
        current.record(values.get(i));
      }
    }
    TimerSnapshot cumulative = t.snapshot();
    all.assertAgrees(cumulative);
    assertEquals(cumulative.count(), count);
    assertEquals(cumulative.totalNanos(), total);
    assertEquals(cumulative.overflowCount(), overflow);
    assertEquals(cumulative.rejectedCount(), rejected);
  }

  @Property
  void coordinatedOmissionCorrectionMatchesTheLoop(
      @ForAll @Size(max = 20) List<@LongRange(min = -10, max = 20_000_000) Long> values,
      @ForAll @LongRange(min = -1, max = 200_000) long interval) {
    Assume.that(interval <= 0 || interval >= 1_000); // keeps the reference list small; n still reaches 20,000
    StripedTimer t = timer(6, 4);
    Reference ref = new Reference(HIGHEST);
    for (long v : values) {
      t.recordNanos(v, interval);
      ref.recordWithInterval(v, interval);
    }
    ref.assertAgrees(t.snapshot());
  }

  @Property(tries = 200)
  void contendedPathAndSpillKeepEverything(@ForAll("samples") List<Long> values) {
    StripedTimer t = timer(6, 1, 4); // small buffers: hand-offs and folds every few samples
    Reference ref = new Reference(HIGHEST);
    Stripe only = TestAccess.stripes(t)[0];
    for (int i = 0; i < values.size(); i++) {
      long v = values.get(i);
      boolean block = i % 3 == 0;
      if (block) {
        assertEquals(true, only.tryClaim()); // every attempt finds the stripe taken: the value goes to the spill
      }
      long interval = i % 5 == 0 && v < 10_000_000 ? 1000 : 0;
      t.recordNanos(v, interval);
      if (block) {
        only.release();
      }
      ref.recordWithInterval(v, interval);
    }
    ref.assertAgrees(t.snapshot());
    assertEquals(true, values.isEmpty() || t.spillUses() > 0, "the spill was used");
  }
}
