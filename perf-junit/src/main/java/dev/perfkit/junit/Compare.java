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
 * Compares the test class's {@link Baseline} method (the old implementation) with its {@link Candidate} method (the
 * new one), measured side by side in interleaved rounds, and writes the Performance Optimization Report. Put it next
 * to {@code @Test}; the test method's own body is not called, so leave it empty. A {@link RelativeBudget} next to it
 * says how much better the candidate must be.
 *
 * <pre>{@code
 * @Test
 * @Compare(bottleneck = "dedup scans a list for every element: O(n^2)",
 *     change = "remember seen elements in a HashSet: O(n)", inputs = "orders")
 * @RelativeBudget(p50 = "2x faster")
 * void dedup() {}
 *
 * @Baseline
 * List<Order> scanList(List<Order> orders) { ... }
 *
 * @Candidate
 * List<Order> hashSet(List<Order> orders) { ... }
 * }</pre>
 *
 * <p><b>Correctness first:</b> before anything is measured, baseline and candidate are called on every input (and on
 * every {@link #generated()} input) and must return equal results ({@link java.util.Objects#deepEquals}); a faster
 * wrong answer fails the test naming the input and both results.
 *
 * <p><b>Measurement:</b> both sides warm up together until they and the JVM are steady ({@code perfkit.compare.warmup},
 * at most {@code perfkit.compare.warmupCap}), then run in rounds of {@code perfkit.compare.round} (50 ms) per side,
 * the order alternating (A B, B A, ...). One call measured is one pass over all inputs. After 20 rounds, then every 10,
 * the per-round factors are examined with a signed-rank confidence interval; the comparison stops at the first look
 * where every relative budget has a verdict, after {@code perfkit.compare.maxRounds} (40), or when
 * {@code perfkit.compare.cap} (3 s measured per side) is reached.
 *
 * <p>Attributes are validated before the test's {@code @BeforeEach} methods run; invalid ones fail the test with an
 * {@link org.junit.jupiter.api.extension.ExtensionConfigurationException} naming the test, the attribute, the value
 * and the accepted forms.
 *
 * <p><b>Parallel execution:</b> a performance test holds JUnit's global resource lock ({@code @ResourceLock(
 * Resources.GLOBAL)}), so under {@code junit.jupiter.execution.parallel.enabled = true} it runs alone, with no other
 * test running beside it, and the other tests of its class run on its thread; the log says so once per run.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@ExtendWith(CompareExtension.class)
@ResourceLock(Resources.GLOBAL) // measured alone under parallel execution
@SuppressWarnings("exports") // JUnit instantiates the package-private extension reflectively; users never name it
public @interface Compare {

    /** {@return what made the baseline slow, for the report's "Bottleneck Identified" section} */
    String bottleneck() default "";

    /** {@return what the candidate does differently, for the report's "Change Applied" section} */
    String change() default "";

    /**
     * {@return the name of a method of the test class, without parameters, returning the inputs as an {@link Iterable},
     * a {@link java.util.stream.Stream} or an array; baseline and candidate then take one parameter and are called once
     * per input} Empty (the default): they take no parameters.
     */
    String inputs() default "";

    /**
     * {@return the name of a method like {@link #inputs()} whose inputs are only checked for equal results, not
     * measured, such as generated ones} Any generator will do, since the method returns an {@link Iterable}, a
     * {@link java.util.stream.Stream} or an array, at most 100,000 inputs; a seeded one gives the same inputs every
     * run:
     * {@code SplittableRandom random = new SplittableRandom(7); return Stream.generate(() ->
     * random.ints(random.nextInt(31), 0, 21).boxed().toList()).limit(200);}
     */
    String generated() default "";

    /**
     * {@return how many fresh JVMs (forks) measure the comparison, each warming up and measuring both sides, 0 to
     * measure in the test's own JVM, at most 20; -1 (the default) takes {@code perfkit.forks} (0 unless
     * set)} Forks cost a JVM start and a warm-up each, and are the only remedy for profile pollution: library code that
     * both sides call is compiled for whichever side ran it first. The rounds of all forks are analysed together, so
     * forks that disagree end the comparison unstable, and the report gives each fork's factor.
     */
    int forks() default -1;
}
