package dev.perfkit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Performance budgets of a {@link PerfTest}: limits the measured figures must meet. Every attribute left empty is not
 * checked. A missed budget fails the test with an {@link org.opentest4j.AssertionFailedError} whose message lists
 * every budget (metric, measured value, limit, verdict) and the percentile table.
 *
 * <pre>{@code
 * @Budget(p99 = "2ms", mean = "400us", cpu = "200us", allocation = "1KB/op", throughput = "5000/s",
 *     events = @Budget.Events(counter = "db.queries", maxPerOp = 1))
 * }</pre>
 *
 * <p>Time limits (latencies and CPU time) are multiplied by {@code perfkit.budgets.timeScale} (1 by default), the
 * throughput limit divided by it; {@code perfkit.budgets} chooses whether missed budgets fail the test
 * ({@code enforce}, the default), are only reported ({@code warn}) or are not checked ({@code off}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@ExtendWith(PerfTestExtension.class)
@SuppressWarnings("exports") // JUnit instantiates the package-private extension reflectively; users never name it
public @interface Budget {

    /** {@return the highest median latency, such as {@code "200us"}} */
    String p50() default "";

    /** {@return the highest 90th percentile latency} */
    String p90() default "";

    /** {@return the highest 99th percentile latency} */
    String p99() default "";

    /** {@return the highest 99.9th percentile latency} */
    String p999() default "";

    /** {@return limits at any other percentile} */
    Percentile[] percentiles() default {};

    /** {@return the highest mean latency} */
    String mean() default "";

    /** {@return the highest single latency} */
    String max() default "";

    /** {@return the lowest throughput over all threads, such as {@code "5000/s"}} */
    String throughput() default "";

    /**
     * {@return the most CPU time per call, such as {@code "200us"}} It is the measuring threads' CPU time over the
     * measurement, as a share of its wall time, times the mean call, and tells code that burns CPU from code that waits
     * (I/O, locks, sleep). Where the JVM cannot measure thread CPU time the budget's verdict is "unsupported" and the
     * test does not fail on it; a paced run ({@link PerfTest#rate()}) does not measure CPU time and rejects this
     * budget.
     */
    String cpu() default "";

    /**
     * {@return the most bytes allocated per call, such as {@code "1KB/op"} or {@code "0B"} (the {@code /op} is
     * optional)} Where the JVM cannot measure allocation the budget's verdict is "unsupported" and the test does not
     * fail on it.
     */
    String allocation() default "";

    /** {@return limits on events per call counted by named counters of {@link dev.perfkit.Perf#registry()}} */
    Events[] events() default {};

    /**
     * {@return the most SQL statements per call, such as {@code "1"} or {@code "1/op"}} They are executions counted by
     * perf-jdbc's {@code SqlCounter} (a batch counts once). Shorthand for {@code events = @Events(counter =
     * "sql.statements", maxPerOp = 1)}; when the budget is missed and perf-jdbc is present, the failure names the
     * statement that ran too often and shows every statement per call.
     */
    String sql() default "";

    /** A latency limit at one percentile. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({})
    @interface Percentile {

        /** {@return the percentile, greater than 0 and at most 100, such as {@code 99.99}} */
        double value();

        /** {@return the highest latency at that percentile, such as {@code "5ms"}} */
        String max();
    }

    /**
     * A limit on events per call for a counter of {@link dev.perfkit.Perf#registry()}, such as at most one
     * {@code db.queries} per call, which catches N+1 queries. The counter is read before and after the measurement;
     * other code that increments it meanwhile (tests running in parallel) counts too.
     */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({})
    @interface Events {

        /** {@return the counter's name in {@link dev.perfkit.Perf#registry()}} */
        String counter();

        /** {@return the most events per call, zero or more} */
        double maxPerOp();
    }
}
