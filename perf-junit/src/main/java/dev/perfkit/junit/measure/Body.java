package dev.perfkit.junit.measure;

/** The code a benchmark calls over and over: a test method bound to its instance and arguments. */
@FunctionalInterface
public interface Body {

    /** A body that does nothing, the default baseline for measuring the harness's own overhead. */
    Body NOOP = () -> {};

    /** Calls the code once; whatever it throws ends the benchmark. */
    void invoke() throws Throwable;
}
