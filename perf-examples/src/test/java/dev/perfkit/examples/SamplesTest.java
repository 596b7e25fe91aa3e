package dev.perfkit.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Every sample and the demo run to completion and print what they promise. */
class SamplesTest {

  interface Main {
    void run() throws Exception;
  }

  private static String capture(Main main) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      main.run();
    } finally {
      System.setOut(original);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void demoPrintsTheReport() throws Exception {
    String out = capture(() -> Demo.main(new String[] {"2000"}));
    assertTrue(out.contains("order.parse") && out.contains("p99.9") && out.contains("orders.invalid"), out);
    assertTrue(out.contains("round 3: parsed 2,000 lines"), out);
    assertTrue(out.contains("customer.discount.load") && out.contains("customer.discount.hits"), out);
    assertTrue(out.contains("order.parse allocates "), out);
  }

  @Test
  void sample01PrintsPercentiles() throws Exception {
    String out = capture(() -> Sample01_TimeACodeBlock.main(new String[0]));
    assertTrue(out.contains("naive: average") && out.contains("sort: count=2000"), out);
  }

  @Test
  void sample02ShowsTheCorrectedTail() throws Exception {
    String out = capture(() -> Sample02_CoordinatedOmission.main(new String[0]));
    // 10,000 real samples + 499 synthetic ones (499 ms .. 1 ms): p99 lands among the synthetic ones
    // 200 µs is reported as the top of its bucket, 201 µs (within 1/64); the corrected p99 is among the 499
    // synthetic samples of the stall: 104 of them lie above rank 10,395, so p99 is about 396 ms
    assertTrue(out.contains("naive     p99 = 201 µs"), out);
    assertTrue(out.contains("corrected p99 = 398 ms"), out);
  }

  @Test
  void sample03MeasuresAllocationAndFindsTheLeak() throws Exception {
    String out = capture(() -> Sample03_AllocationPerOp.main(new String[0]));
    assertTrue(out.contains("naive: ") && out.contains("probe: ") && out.contains("/op ("), out);
    assertTrue(out.contains("leak check: LEAK") || out.contains("unsupported"), out);
  }

  @Test
  void sample04ShowsTheRecursiveUpdateTrapAndTheMemoStats() throws Exception {
    String out = capture(() -> Sample04_MemoizeAHotFunction.main(new String[0]));
    assertTrue(out.contains("naive: java.lang.IllegalStateException: Recursive update"), out);
    assertTrue(out.contains("loadSuccesses=50001"), out);
    assertTrue(out.contains("tribonacci.load") && out.contains("tribonacci.hits"), out);
  }
}
