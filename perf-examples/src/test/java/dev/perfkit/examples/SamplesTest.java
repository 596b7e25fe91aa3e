package dev.perfkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every documented run command does what it says: the demo command runs the demo, each sample command runs that
 * sample (resolved through this module's {@code pom.xml} as {@code exec:java} resolves it, see {@link RunCommands}),
 * and each prints its own output, not another's.
 */
class SamplesTest {

    /** A line only the demo prints. */
    private static final String DEMO_ONLY = "round 1: parsed";

    @Test
    void theReadmeListsEveryRunnableSampleAndThisTestRunsEachOne() throws Exception {
        Set<String> inReadme = new TreeSet<>(RunCommands.readmeSamples());
        Set<String> runnable = new TreeSet<>(RunCommands.mainSamples());
        List<String> missing = new ArrayList<>(runnable);
        missing.removeAll(inReadme);
        assertEquals(List.of(), missing, "samples in src/main without a row in README.md's samples table");
        for (String name : inReadme) {
            Class.forName(RunCommands.PACKAGE + name); // a row names a class that exists, in src/main or src/test
        }
        Set<String> tested = new TreeSet<>();
        for (var m : SamplesTest.class.getDeclaredMethods()) {
            if (m.getName().startsWith("sample") && m.isAnnotationPresent(Test.class)) {
                tested.add("Sample" + m.getName().substring("sample".length(), "sample".length() + 2));
            }
        }
        Set<String> runnablePrefixes = new TreeSet<>();
        runnable.forEach(n -> runnablePrefixes.add(n.substring(0, "SampleNN".length())));
        assertEquals(runnablePrefixes, tested, "every runnable sample needs a test here that runs its command");
    }

    @Test
    void demoCommandRunsTheDemo() throws Exception {
        String out = RunCommands.runDemoCommand("2000");
        assertTrue(out.contains("order.parse") && out.contains("p99.9") && out.contains("orders.invalid"), out);
        assertTrue(out.contains("round 3: parsed 2,000 lines"), out);
        assertTrue(out.contains("customer.discount.load") && out.contains("customer.discount.hits"), out);
        assertTrue(out.contains("order.parse allocates "), out);
        // the explanation's arithmetic: lines - invalid = aggregated, and aggregated = the timer's count in the report
        Matcher ran = Pattern.compile("order.aggregate ran ([\\d,]+) - ([\\d,]+) = ([\\d,]+) times")
                .matcher(out);
        assertTrue(ran.find(), out);
        long lines = number(ran.group(1));
        long invalid = number(ran.group(2));
        long aggregated = number(ran.group(3));
        assertEquals(6_000, lines);
        assertEquals(lines - invalid, aggregated);
        assertTrue(out.matches("(?s).*orders\\.invalid +" + ran.group(2) + "\n.*"), out);
        assertTrue(out.matches("(?s).*order\\.aggregate +" + ran.group(3) + " .*"), out);
        Matcher asked = Pattern.compile("asked customer.discount once: ([\\d,]+) hits \\+ ([\\d,]+) misses")
                .matcher(out);
        assertTrue(asked.find(), out);
        assertEquals(aggregated, number(asked.group(1)) + number(asked.group(2)));
        // and where to go next: every sample in the README, with its command
        String next = out.substring(out.indexOf("Try next"));
        for (String sample : RunCommands.readmeSamples()) {
            assertTrue(next.contains(sample), sample + " missing from the demo's list of what to try next:\n" + next);
        }
        for (String sample : RunCommands.mainSamples()) {
            assertTrue(next.contains(RunCommands.SAMPLE_COMMAND + sample), next);
        }
    }

    private static long number(String digits) {
        return Long.parseLong(digits.replace(",", ""));
    }

    @Test
    void sample01PrintsPercentiles() throws Exception {
        String out = RunCommands.runSampleCommand("Sample01_TimeACodeBlock");
        assertFalse(out.contains(DEMO_ONLY), out);
        assertTrue(out.contains("naive: average") && out.contains("sort: count=2000"), out);
    }

    @Test
    void sample02ShowsTheCorrectedTail() throws Exception {
        String out = RunCommands.runSampleCommand("Sample02_CoordinatedOmission");
        assertFalse(out.contains(DEMO_ONLY), out);
        // 200 µs is reported as the top of its bucket, 201 µs (within 1/64); the corrected p99 is among the 499
        // synthetic samples of the stall: 104 of them lie above rank 10,395, so p99 is about 396 ms
        assertTrue(out.contains("naive     p99 = 201 µs"), out);
        assertTrue(out.contains("corrected p99 = 398 ms"), out);
    }

    @Test
    void sample03MeasuresAllocationAndFindsTheLeak() throws Exception {
        String out = RunCommands.runSampleCommand("Sample03_AllocationPerOp");
        assertFalse(out.contains(DEMO_ONLY), out);
        assertTrue(out.contains("naive: ") && out.contains("probe: ") && out.contains("/op ("), out);
        assertTrue(out.contains("leak check: LEAK") || out.contains("unsupported"), out);
    }

    @Test
    void sample04ShowsTheRecursiveUpdateTrapAndTheMemoStats() throws Exception {
        String out = RunCommands.runSampleCommand("Sample04_MemoizeAHotFunction");
        assertFalse(out.contains(DEMO_ONLY), out);
        assertTrue(out.contains("naive: java.lang.IllegalStateException: Recursive update"), out);
        assertTrue(out.contains("loadSuccesses=50001"), out);
        assertTrue(out.contains("tribonacci.load") && out.contains("tribonacci.hits"), out);
    }

    @Test
    void sample07NamesTheHotSpotAndShowsItsShareMove() throws Exception {
        String out = RunCommands.runSampleCommand("Sample07_ProfileABlock");
        assertFalse(out.contains(DEMO_ONLY), out);
        assertTrue(out.contains("naive: one call took "), out);
        if (out.contains("profile unavailable: ")) {
            return; // a runtime without JFR: the sample says why, and there is nothing more to check
        }
        String slow = out.substring(0, out.indexOf("after the fix:"));
        String fixed = out.substring(out.indexOf("after the fix:"));
        // the O(n^2) dedup's hot spot is named among the top 5, with the method that calls it among the callers
        assertTrue(slow.contains("hot methods") && slow.contains("ArrayList.indexOf"), slow);
        assertTrue(slow.contains("Sample07_ProfileABlock.uniqueCustomers"), slow);
        // and after the fix the scan lost its share (JFR credits the inlined Integer.equals or indexOfRange itself)
        assertTrue(fixed.matches("(?s).*(ArrayList\\.indexOfRange|Integer\\.equals) +self +\\d+ % -> 0 % .*"), fixed);
    }

    @Test
    void sample11TagsTimersAndShowsThemInMicrometer() throws Exception {
        String out = RunCommands.runSampleCommand("Sample11_TaggedTimersToMicrometer");
        assertFalse(out.contains(DEMO_ONLY), out);
        assertTrue(out.contains("naive: 3 unrelated names, e.g. http.server.GET.200"), out);
        assertTrue(out.matches("(?s).*\nhttp\\.server\n  method=GET status=200 +6,000 .*"), out);
        assertTrue(out.matches("(?s).*\n  method=POST status=201 +2,000 .*"), out);
        assertTrue(out.contains("the same timers in Micrometer:"), out);
        assertTrue(out.matches("(?s).*  http\\.server method=GET status=200 count=6000 p99=\\d+ us\n.*"), out);
        assertTrue(out.matches("(?s).*  http\\.server method=GET status=404 count=2000 p99=\\d+ us\n.*"), out);
    }
}
