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
 * <p>This package holds the entry points only: the annotations, {@link dev.perfkit.junit.Sink}, the three extensions,
 * the parsers that validate annotations into plans, and {@code Outcomes}, the one place that turns a finished test's
 * outcome into pass, fail or skip after the writers ran. A test's way runs through its feature's package
 * ({@code perftest}, {@code compare}, {@code complexity}, with {@code baseline}), which uses the shared {@code measure}
 * packages, and ends in {@code report}. The user guide ({@code docs/}) lists the attributes, the configuration keys,
 * the lifecycle and the JSON schemas; {@code docs/design.md} maps the packages.
 */
package dev.perfkit.junit;
