/**
 * JUnit 5 integration: {@link dev.perfkit.junit.PerfTest} runs a test method as a benchmark (warm-up, measurement) and
 * {@link dev.perfkit.junit.Budget} checks its figures against limits; {@link dev.perfkit.junit.Compare} measures a
 * {@link dev.perfkit.junit.Baseline} and a {@link dev.perfkit.junit.Candidate} side by side and judges
 * {@link dev.perfkit.junit.RelativeBudget}s with confidence intervals, writing the Performance Optimization Report.
 *
 * <p>Design: the junit-pioneer pattern. The public annotations carry {@code @ExtendWith} of one package-private
 * extension; every attribute is validated before the test's own {@code @BeforeEach} methods run; per-test state lives
 * in the test's {@code ExtensionContext.Store}, so JUnit's parallel execution is safe. The extension replaces the
 * single invocation of the test method with many calls through a method handle and skips the original invocation, as
 * an {@code InvocationInterceptor} may proceed only once. The measuring core ({@code dev.perfkit.junit.measure}, not
 * exported) reads time only through a {@link dev.perfkit.Ticker}, so its tests run on a scripted clock.
 *
 * <p>The module's README lists the attributes, the configuration keys, the exact lifecycle and the schema of the JSON
 * result files.
 */
package dev.perfkit.junit;
