package dev.perfkit.junit.report;

import dev.perfkit.junit.baseline.BaselineCheck;
import dev.perfkit.junit.compare.CompareResult;
import dev.perfkit.junit.complexity.ComplexityResult;
import dev.perfkit.junit.perftest.PerfTestResult;
import java.io.IOException;

/**
 * One way results leave the extension: a file format, the console, JUnit's report entries or the run's summary. Each
 * writer takes the finished result of a test and writes what it owns; it never judges the test. A writer that has
 * nothing to say of a kind of test keeps the default, which writes nothing. Implementations are stateless and
 * thread-safe: tests running in parallel write at the same time.
 */
public interface ResultWriter {

    /**
     * Writes a finished {@code @PerfTest}.
     *
     * @param kept what the kept baseline made of its figures
     */
    default void perfTest(PerfTestResult result, BaselineCheck kept, Outputs out) throws IOException {}

    /** Writes a finished {@code @Compare} test. */
    default void comparison(CompareResult result, Outputs out) throws IOException {}

    /** Writes a finished {@code @Complexity} test. */
    default void complexity(ComplexityResult result, Outputs out) throws IOException {}
}
