package dev.perfkit.junit;

/**
 * Where a performance test's body puts the values it computes, so that the JIT cannot drop the computation as dead
 * code. A test method returns {@code void}; a body whose result is never used may be compiled to nothing and measure
 * as free. Declare a parameter of this type and pass every result to {@link #consume}:
 *
 * <pre>{@code
 * @Test
 * @PerfTest
 * void parse(Sink sink) {
 *   sink.consume(parser.parse(ORDER_JSON));
 * }
 * }</pre>
 *
 * <p>{@link PerfTest} resolves the parameter. A call costs about a nanosecond or less (two volatile reads and a
 * comparison that is never true, which the JIT cannot prove; measured in {@code perf-benchmarks}, {@code
 * SinkBenchmark}) and never allocates. An object passed in is kept, now and then, where the JIT must assume it
 * escapes; at most one object is held at a time. One sink per test; not thread-safe, but safe to share between the
 * threads of {@code @PerfTest(threads = n)} (the values it keeps are never read).
 */
public interface Sink {

    /**
     * Consumes an object.
     *
     * @param value the value to keep from dead-code elimination; may be null
     */
    void consume(Object value);

    /**
     * Consumes a long (and, widened, an int, short, byte or char).
     *
     * @param value the value to keep from dead-code elimination
     */
    void consume(long value);

    /**
     * Consumes a double (and, widened, a float).
     *
     * @param value the value to keep from dead-code elimination
     */
    void consume(double value);

    /**
     * Consumes a boolean.
     *
     * @param value the value to keep from dead-code elimination
     */
    void consume(boolean value);
}
