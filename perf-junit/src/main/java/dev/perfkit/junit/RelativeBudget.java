package dev.perfkit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * How much better the {@link Candidate} of a {@link Compare} test must be than its {@link Baseline}: each value is a
 * factor and the metric's word for better, such as {@code p50 = "2x faster"}, {@code allocation = "2x less"} (at most
 * half the bytes per call), {@code cpu = "2x less"} (at most half the CPU time per call) or
 * {@code throughput = "3x higher"}. Factors below 1 allow a bounded loss:
 * {@code p99 = "0.9x faster"} accepts a candidate at most about 11 % slower.
 *
 * <p>The verdict uses a confidence interval on the factor: the budget passes when the whole interval meets it, fails
 * when the whole interval misses it, and is inconclusive otherwise. An inconclusive comparison takes more rounds up
 * to its limits, then fails the test ({@code perfkit.compare.inconclusive = fail}, the default) or skips it
 * ({@code skip}); it never passes. Attributes left empty are not checked but still reported.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@ExtendWith(CompareExtension.class)
@SuppressWarnings("exports") // JUnit instantiates the package-private extension reflectively; users never name it
public @interface RelativeBudget {

    /** {@return how much faster the candidate's median latency must be, such as {@code "2x faster"}} */
    String p50() default "";

    /** {@return how much faster the candidate's 90th percentile latency must be} */
    String p90() default "";

    /** {@return how much faster the candidate's 99th percentile latency must be} */
    String p99() default "";

    /** {@return how much less the candidate must allocate per call, such as {@code "2x less"}} */
    String allocation() default "";

    /** {@return how much less CPU time per call the candidate must use, such as {@code "2x less"}} */
    String cpu() default "";

    /** {@return how much higher the candidate's throughput must be, such as {@code "3x higher"}} */
    String throughput() default "";

    /**
     * {@return how many fewer SQL statements per call the candidate must run, such as {@code "10x fewer"}} They are
     * executions counted by perf-jdbc's {@code SqlCounter}. A side with no statement counts as 0.01 per call for the
     * factor.
     */
    String sql() default "";
}
