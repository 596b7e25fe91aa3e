package dev.perfkit.examples;

import dev.perfkit.Counter;
import dev.perfkit.PerfRegistry;
import dev.perfkit.Timer;
import dev.perfkit.TimerSnapshot;
import dev.perfkit.Units;
import dev.perfkit.memo.Memo;
import dev.perfkit.memo.MemoFunction;
import dev.perfkit.memo.MemoStats;
import dev.perfkit.memory.AllocationResult;
import dev.perfkit.memory.MemoryProbe;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The demo: an order pipeline (parse, validate, price, aggregate, render) timed stage by stage, a memoized pricing
 * lookup whose hits and load times land in the same report, the bytes one parse allocates, then the registry's report,
 * how its numbers relate to each other, and which sample to try next.
 *
 * <p>Run it with {@code mvn -q -DskipTests -pl perf-examples -am package exec:java}. Pass a number of orders as the
 * first argument to change the workload (default 200,000).
 */
public final class Demo {

    private static final Pattern SKU = Pattern.compile("[A-Z]{3}-\\d{4}");
    private static final int ROUNDS = 3;

    private Demo() {}

    /**
     * Runs the demo.
     *
     * @param args not used
     */
    @SuppressWarnings("StringSplitter") // the demo times the split users write; fields never end empty here
    public static void main(String[] args) {
        int orders = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        List<String> lines = generate(orders, new SplittableRandom(2026));

        try (PerfRegistry registry = PerfRegistry.create()) {
            Timer parse = Timer.builder("order.parse").register(registry);
            Timer validate = Timer.builder("order.validate").register(registry);
            Timer aggregate = Timer.builder("order.aggregate").register(registry);
            Timer render = Timer.builder("report.render").register(registry);
            Counter invalid = Counter.builder("orders.invalid").register(registry);
            // a slow lookup, memoized: 5,000 customers, so after the first round nearly every call is a hit
            MemoFunction<String, Long> discount = Memo.builder()
                    .maximumSize(10_000)
                    .recordStats(registry, "customer.discount")
                    .function(Demo::discountBasisPoints);

            Map<String, long[]> byCustomer = new HashMap<>();
            for (int round = 1; round <= ROUNDS; round++) {
                for (String line : lines) {
                    long t0 = parse.tick();
                    String[] fields = line.split(",");
                    parse.recordSince(t0);

                    boolean ok = validate.recordSupplier(
                            () -> fields.length == 4 && SKU.matcher(fields[1]).matches());
                    if (!ok) {
                        invalid.increment();
                        continue;
                    }
                    aggregate.record(() -> {
                        long[] sums = byCustomer.computeIfAbsent(fields[0], k -> new long[2]);
                        long cents = Long.parseLong(fields[2]) * Long.parseLong(fields[3]);
                        sums[0] += cents - cents * discount.apply(fields[0]) / 10_000;
                        sums[1]++;
                    });
                }
                String report = render.recordSupplier(() -> render(byCustomer));
                TimerSnapshot interval = parse.intervalSnapshot();
                System.out.printf(
                        "round %d: parsed %,d lines, p99 %s, rendered %s of report%n",
                        round,
                        interval.count(),
                        Units.formatNanos(interval.valueAtPercentile(99)),
                        Units.formatBytes(report.length()));
            }

            AllocationResult parseBytes =
                    MemoryProbe.create().allocation(() -> lines.get(0).split(","), 10_000);
            System.out.println();
            System.out.println("order.parse allocates "
                    + (parseBytes.isSupported()
                            ? parseBytes.toString()
                            : "(not measurable here: " + parseBytes.unsupportedReason() + ")"));
            System.out.printf(
                    "customer.discount: hit rate %.1f%%%n", discount.stats().hitRate() * 100);
            System.out.println();
            System.out.println("Timers and counters (cumulative over all rounds):");
            System.out.print(registry.report());
            TimerSnapshot p = parse.snapshot();
            MemoStats d = discount.stats();
            System.out.printf("%nHow to read it:%n");
            System.out.printf(
                    "- %,d lines = %d rounds x %,d: each parsed and validated once (order.parse, "
                            + "order.validate).%n",
                    p.count(), ROUNDS, orders);
            System.out.printf(
                    "- %,d failed validation (orders.invalid) and were skipped, so order.aggregate ran "
                            + "%,d - %,d = %,d times.%n",
                    invalid.count(),
                    p.count(),
                    invalid.count(),
                    aggregate.snapshot().count());
            System.out.printf(
                    "- Each aggregation asked customer.discount once: %,d hits + %,d misses.%n  Each miss "
                            + "computed one customer's discount (customer.discount.load, %,d customers);"
                            + " later calls for that "
                            + "customer hit.%n",
                    d.hitCount(), d.missCount(), d.loadCount());
            System.out.printf(
                    "- Mean and count are exact; percentiles are within %.1f%% (order.parse p99.9 %s, mean %s)." + "%n",
                    100.0 / (1 << p.precisionBits()),
                    Units.formatNanos(p.valueAtPercentile(99.9)),
                    Units.formatNanos(p.meanNanos()));
        }
        printNextSteps();
    }

    /** What to try next: each sample teaches one idea, with the command that runs it. */
    private static void printNextSteps() {
        String run =
                "mvn -q -DskipTests -pl perf-examples -am package exec:java -Dexec.mainClass=dev.perfkit.examples.";
        String test = "mvn -pl perf-examples -am verify -Dsurefire.failIfNoSpecifiedTests=false -Dtest=";
        String[][] samples = {
            {"Sample01_TimeACodeBlock", "percentiles, not averages", run},
            {"Sample02_CoordinatedOmission", "a load generator that waits for responses hides stalls", run},
            {"Sample03_AllocationPerOp", "exact bytes per operation, and a leak check", run},
            {"Sample04_MemoizeAHotFunction", "memoized recursion and its hit rate", run},
            {"Sample05_PerformanceBudgetTest", "a JUnit test with @PerfTest and a @Budget", test},
            {"Sample06_CompareBeforeAfterTest", "before and after with @Compare, and the optimization report", test},
            {"Sample07_ProfileABlock", "where the time goes: hot methods, allocations, waits (JFR)", run},
            {"Sample08_CpuVsWallTest", "CPU time against wall time: waiting or burning a core", test},
            {"Sample09_NPlusOneQueriesTest", "SQL statements per call, the N+1 named, a budget on statements", test},
            {
                "Sample10_EmpiricalComplexityTest",
                "how the time grows with the input: O(n^2) or not, with @Complexity",
                test
            },
            {"Sample11_TaggedTimersToMicrometer", "tagged timers, exported to Micrometer at perfkit's cost", run},
            {"Sample12_ProfileOnFailureTest", "a missed budget names the hot method (JFR profile on failure)", test},
        };
        System.out.printf("%nTry next (each sample teaches one idea; README.md has the list):%n");
        int width = 0;
        for (String[] sample : samples) {
            width = Math.max(width, sample[0].length());
        }
        for (String[] sample : samples) {
            System.out.printf("  %-" + width + "s %s%n      %s%s%n", sample[0], sample[1], sample[2], sample[0]);
        }
    }

    /** A deliberately slow pricing rule: 0 to 15 % off, from a hash of the customer id worked 2,000 times. */
    private static long discountBasisPoints(String customer) {
        long h = customer.hashCode();
        for (int i = 0; i < 2_000; i++) {
            h = h * 6364136223846793005L + 1442695040888963407L;
        }
        return Math.floorMod(h, 1_501);
    }

    private static List<String> generate(int n, SplittableRandom random) {
        List<String> lines = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String customer = "customer-" + random.nextInt(5_000);
            String sku = random.nextInt(100) == 0
                    ? "bad-sku"
                    : String.format(
                            "%c%c%c-%04d",
                            'A' + random.nextInt(26),
                            'A' + random.nextInt(26),
                            'A' + random.nextInt(26),
                            random.nextInt(10_000));
            lines.add(customer + "," + sku + "," + (1 + random.nextInt(10)) + "," + (100 + random.nextInt(100_000)));
        }
        return lines;
    }

    private static String render(Map<String, long[]> byCustomer) {
        StringBuilder out = new StringBuilder("{\"customers\":[");
        new TreeMap<>(byCustomer)
                .forEach((customer, sums) -> out.append("{\"id\":\"")
                        .append(customer)
                        .append("\",\"cents\":")
                        .append(sums[0])
                        .append(",\"orders\":")
                        .append(sums[1])
                        .append("},"));
        out.setLength(out.length() - 1);
        return out.append("]}").toString();
    }
}
