package dev.perfkit.junit.perftest;

import dev.perfkit.junit.metric.Check;
import dev.perfkit.junit.metric.Statistic;

/**
 * One budget after the measurement: the measured value, the limit in effect (time scale applied) and the verdict.
 * Immutable.
 *
 * @param spec the budget
 * @param measured the measured value in the metric's base unit; NaN when it could not be measured
 * @param limit the limit in effect
 * @param check the verdict: {@link Check#PASS}, {@link Check#FAIL}, {@link Check#UNSUPPORTED} or
 *     {@link Check#NOT_CHECKED}
 */
public record JudgedBudget(BudgetSpec spec, double measured, double limit, Check check) {

    /**
     * Bytes a measurement may allocate once, whatever the number of calls, and still meet an allocation budget: the
     * JVM itself can allocate a few hundred bytes while the measured loop first runs or is compiled or deoptimized.
     * No object is smaller than 16 bytes, so code that allocates on every call exceeds this after 128 calls.
     */
    static final long ONE_TIME_BYTES = 2048;

    /**
     * Judges one budget against a measurement. An allocation budget is met when the bytes allocated while measuring
     * are at most the limit per call times the calls, plus {@link #ONE_TIME_BYTES}.
     */
    static JudgedBudget judge(BudgetSpec spec, Measurement m, double timeScale, boolean checked) {
        double measured = measure(spec, m);
        double limit = spec.effectiveLimit(timeScale);
        Check check;
        if (!checked) {
            check = Check.NOT_CHECKED;
        } else if (Double.isNaN(measured)) {
            check = Check.UNSUPPORTED;
        } else {
            boolean met = spec.metric().kind().isMinimum()
                    ? measured >= limit
                    : spec.metric().statistic() == Statistic.ALLOCATION
                            ? m.allocatedBytes() <= limit * m.operations() + ONE_TIME_BYTES
                            : measured <= limit;
            check = met ? Check.PASS : Check.FAIL;
        }
        return new JudgedBudget(spec, measured, limit, check);
    }

    private static double measure(BudgetSpec spec, Measurement m) {
        boolean empty = m.latency().isEmpty();
        return switch (spec.metric().statistic()) {
            case PERCENTILE ->
                empty ? Double.NaN : m.latency().valueAtPercentile(spec.metric().percentile());
            case MEAN -> m.meanNanos();
            case MAX -> empty ? Double.NaN : m.latency().maxNanos();
            case THROUGHPUT -> m.throughputPerSecond();
            case ALLOCATION -> m.allocatedBytesPerOp();
            case EVENTS -> m.eventsPerOp(spec.name());
            case CPU -> m.cpuNanosPerOp();
        };
    }
}
