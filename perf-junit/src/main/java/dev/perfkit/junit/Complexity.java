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
 * Measures how the test method's time grows with the size of its input, fits the times to the growth classes
 * {@code O(1)}, {@code O(log n)}, {@code O(n)}, {@code O(n log n)}, {@code O(n^2)} and {@code O(n^3)}, and fails the
 * test when the best fit grows faster than {@link #expect()}. Put it next to {@code @Test} on a method taking the
 * input (and, optionally, a {@link Sink} for its results); the method's body is what is measured, one call per
 * measured call:
 *
 * <pre>{@code
 * @Test
 * @Complexity(sizes = {1_000, 2_000, 4_000, 8_000, 16_000}, inputs = "idsOfSize", expect = "O(n)")
 * void hashDedup(List<Integer> ids, Sink sink) {
 *   sink.consume(Dedup.hashSet(ids));
 * }
 *
 * static List<Integer> idsOfSize(int n) { ... }   // called once per size, before anything is measured
 * }</pre>
 *
 * <p><b>Measurement:</b> every size's input is made first; then all sizes warm up together, one window each in turn,
 * until every size and the JVM are steady (the rules of {@link PerfTest}'s warm-up until steady; at most
 * {@code perfkit.complexity.warmupCap}, 30 s); then {@code perfkit.complexity.rounds} (30) rounds each measure every
 * size for {@code perfkit.complexity.round} (20 ms), the order rotating by one size per round, and a round during
 * which the heap grew, the JIT compiled or fresh pages faulted is measured again. Each round gives each size its
 * median time per call.
 *
 * <p><b>Verdict:</b> the best fit, its R², the runner-up, and whether the fit is decided: a bootstrap over the rounds
 * must pick the same class in 90 % of resamples, otherwise the fit is undecided between the classes that win at least
 * 5 %. The test passes when every such class grows no faster than expected, fails when every one grows faster, and is
 * otherwise undecided: failed, or skipped with {@code perfkit.complexity.undecided = skip}. {@code perfkit.budgets =
 * warn} or {@code off} only report.
 *
 * <p><b>The input is made once per size and reused by every call.</b> A body that changes its input (sorting it in
 * place, say) must work on a copy. And the same input again and again lets the CPU's branch predictor learn it at
 * small sizes, which makes small sizes unrealistically fast and the growth look steeper: sorting a copy of the same
 * 1,000 random ints ran at 1.2 ns per element and level, of 16,000 at 3.2 ns, and fitted {@code O(n^2)}. Give such a
 * body a pool of inputs and take the next one per call:
 *
 * <pre>{@code
 * @Complexity(sizes = {1_000, 2_000, 4_000, 8_000, 16_000}, inputs = "pool", expect = "O(n log n)")
 * void sort(int[][] pool, Sink sink) {
 *   int[] copy = pool[next++ & 31].clone();   // 32 different arrays of the size
 *   Arrays.sort(copy);
 *   sink.consume(copy);
 * }
 * }</pre>
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
@ExtendWith(ComplexityExtension.class)
@ResourceLock(Resources.GLOBAL) // measured alone under parallel execution
@SuppressWarnings("exports") // JUnit instantiates the package-private extension reflectively; users never name it
public @interface Complexity {

    /**
     * {@return the input sizes n, at least 3 distinct positive sizes in ascending order} A wide range (16x or more)
     * tells {@code n} from {@code n log n}.
     */
    int[] sizes();

    /**
     * {@return the expected class, one of {@code "O(1)"}, {@code "O(log n)"}, {@code "O(n)"}, {@code "O(n log n)"},
     * {@code "O(n^2)"} (or {@code "O(n²)"}) and {@code "O(n^3)"} (or {@code "O(n³)"})} The test fails when the time
     * grows faster. Empty (the default): the fit is reported, never judged.
     */
    String expect() default "";

    /**
     * {@return the name of a method of the test class (static or not) taking the size, an {@code int} or a
     * {@code long}, and returning the test method's input of that size} Empty (the default): the test method's input
     * parameter is the size itself, an {@code int} or {@code long}.
     */
    String inputs() default "";
}
