package dev.perfkit.core.internal.memo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.perfkit.memo.Memo;
import dev.perfkit.memo.MemoFunction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;

/**
 * Many virtual threads on one hot key: one computation, and no carrier pinned while the others wait for it (JFR's
 * {@code jdk.VirtualThreadPinned} with a zero threshold records every pinned park). Runs on JDK 21+; the code is
 * compiled for 17, so virtual threads are reached by reflection.
 */
@EnabledForJreRange(min = JRE.JAVA_21)
class VirtualThreadTest {

  private static final int CALLERS = 1_000;

  @Test
  void waitingForAHotKeyNeitherRecomputesNorPins() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    AtomicReference<MemoFunction<String, Integer>> memo = new AtomicReference<>();
    memo.set(Memo.builder().recordStats().function(key -> {
      calls.incrementAndGet();
      while (memo.get().stats().missCount() < CALLERS) { // until every caller waits for this computation
        Thread.yield();
      }
      return 42;
    }));
    List<RecordedEvent> pinned;
    Path file = Files.createTempFile("memo-pinning", ".jfr");
    try (Recording recording = new Recording();
        ExecutorService virtual = (ExecutorService) Executors.class.getMethod("newVirtualThreadPerTaskExecutor")
            .invoke(null)) {
      recording.enable("jdk.VirtualThreadPinned").withThreshold(Duration.ZERO);
      recording.start();
      List<Future<Integer>> results = new ArrayList<>();
      for (int i = 0; i < CALLERS; i++) {
        results.add(virtual.submit(() -> memo.get().apply("hot")));
      }
      for (Future<Integer> r : results) {
        assertEquals(42, r.get(120, TimeUnit.SECONDS)); // the timeout only turns a hang into a failure
      }
      recording.stop();
      recording.dump(file);
      pinned = RecordingFile.readAllEvents(file);
    } finally {
      Files.deleteIfExists(file);
    }
    assertEquals(1, calls.get());
    assertEquals(List.of(), pinned);
  }
}
