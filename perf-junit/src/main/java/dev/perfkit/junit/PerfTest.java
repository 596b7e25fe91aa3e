package dev.perfkit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/**
 * Runs a test method as a benchmark: warm-up, then measurement, then the {@link Budget} of the method (if any) is
 * checked. Put it next to {@code @Test}, {@code @RepeatedTest} or {@code @ParameterizedTest}; on a class it applies to
 * every test method of the class that does not carry its own.
 *
 * <pre>{@code
 * @Test
 * @PerfTest(warmupIterations = 10_000, duration = "2s")
 * @Budget(p99 = "2ms", mean = "400us", throughput = "5000/s")
 * void parseOrder() {
 *   parser.parse(ORDER_JSON);
 * }
 * }</pre>
 *
 * <p><b>Warm-up</b> is one of: {@link #warmupIterations()} calls per thread, a fixed {@link #warmup()} duration, or
 * (when neither is set, the default) <em>until steady</em>: the body runs in windows of
 * {@code perfkit.warmup.window} (100 ms) until the median latency of the last three windows varies by at most
 * {@code perfkit.warmup.tolerance} (5 %), or until {@link #warmupCap()} ({@code perfkit.warmup.cap}, 10 s by default)
 * has passed, in which case the result says that the warm-up never settled.
 *
 * <p><b>Measurement</b> is {@link #iterations()} calls per thread or a {@link #duration()}; when neither is set it
 * lasts
 * {@code perfkit.measure.duration} (1 s). Every one of {@link #threads()} threads runs the body; latencies of all calls
 * go into one histogram. With a {@link #rate()} the calls are paced (open loop) and each latency is measured from the
 * moment the call was due, which corrects for coordinated omission.
 *
 * <p><b>Lifecycle:</b> {@code @BeforeAll}, {@code @BeforeEach} and their callbacks run once, before the warm-up;
 * {@code @AfterEach} and {@code @AfterAll} run once, after the measurement. Neither is inside the measured region and
 * neither runs between calls. The test method itself is called many times on the same test instance, with the same
 * arguments; the harness calls it directly, so other extensions' {@code InvocationInterceptor}s do not see these calls.
 *
 * <p>Durations accept {@code ns us µs ms s}, rates a number and {@code /s}. Invalid values fail the test before
 * anything runs, with an {@link org.junit.jupiter.api.extension.ExtensionConfigurationException} naming the test, the
 * attribute, the value and the accepted forms.
 *
 * <p><b>Parallel execution:</b> a performance test holds JUnit's global resource lock ({@code @ResourceLock(
 * Resources.GLOBAL)}), so under {@code junit.jupiter.execution.parallel.enabled = true} it runs alone, with no other
 * test running beside it, and the other tests of its class run on its thread; the log says so once per run.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@ExtendWith(PerfTestExtension.class)
@ResourceLock(Resources.GLOBAL) // measured alone under parallel execution
@SuppressWarnings("exports") // JUnit instantiates the package-private extension reflectively; users never name it
public @interface PerfTest {

    /**
     * {@return a fixed warm-up duration per thread, such as {@code "500ms"}; empty (the default) for no fixed duration}
     */
    String warmup() default "";

    /** {@return a fixed number of warm-up calls per thread, zero or more; negative (the default) for none} */
    int warmupIterations() default -1;

    /**
     * {@return the longest warm-up until steady, such as {@code "30s"}; empty means {@code perfkit.warmup.cap} (10 s)}
     */
    String warmupCap() default "";

    /** {@return how long each thread measures, such as {@code "2s"}; empty (the default) for none} */
    String duration() default "";

    /** {@return how many calls each thread measures, one or more; negative (the default) for none} */
    int iterations() default -1;

    /**
     * {@return how many threads run the body at once, one or more} With one, the body runs on the test's own thread.
     */
    int threads() default 1;

    /**
     * {@return a target rate over all threads, such as {@code "5000/s"}: calls are paced (open loop) and latencies are
     * measured from the moment each call was due} Empty (the default) runs calls back to back (closed loop).
     */
    String rate() default "";

    /**
     * {@return how many fresh JVMs (forks) measure the test, one after another, each warming up and measuring as
     * configured, 0 to measure in the test's own JVM, at most 20; -1 (the default) takes {@code perfkit.forks} (0
     * unless set)} The forks' histograms are merged, their window medians analysed together (forks that disagree show
     * as a trend), and the report gives each fork's median.
     */
    int forks() default -1;
}
