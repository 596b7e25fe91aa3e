package dev.perfkit.junit.measure.jvm;

/**
 * The CPU time that measuring threads used over a stretch of wall time: summed over the threads, as is the stretch
 * (so {@code n} threads measuring for 1 s give a span of {@code n} s). CPU per call is the on-CPU share of the span
 * times the wall time per call over the same span, so that the harness's own work between timed samples counts in
 * neither. Immutable.
 *
 * @param cpuNanos CPU time of the measuring threads over the span; -1 when not measured
 * @param spanNanos wall time of the span, summed over threads
 * @param readyNanos time the threads spent runnable, waiting for a core (Linux run delay); -1 when unknown
 * @param unsupported why CPU time was not measured; empty when it was
 */
public record CpuUse(long cpuNanos, long spanNanos, long readyNanos, String unsupported) {

    /** No CPU time, for the reason given. */
    public static CpuUse unsupported(String reason) {
        return new CpuUse(-1, 0, -1, reason);
    }

    /** Whether CPU time was measured. */
    public boolean isMeasured() {
        return unsupported.isEmpty() && cpuNanos >= 0;
    }

    /** The share of the span spent on a CPU, from 0 to 1; NaN when not measured or the span is empty. */
    public double onCpuShare() {
        return !isMeasured() || spanNanos <= 0 ? Double.NaN : Math.min(1, (double) cpuNanos / spanNanos);
    }

    /** The share of the span spent off CPU (blocked, sleeping or waiting for a core), from 0 to 1; NaN as above. */
    public double offCpuShare() {
        return 1 - onCpuShare();
    }

    /**
     * The share of the span spent runnable but waiting for a core (other load on the machine), at most the off-CPU
     * share; NaN when unknown.
     */
    public double readyShare() {
        return readyNanos < 0 || Double.isNaN(onCpuShare())
                ? Double.NaN
                : Math.min(offCpuShare(), (double) readyNanos / spanNanos);
    }

    /** The CPU time of one call whose wall time over the same span was {@code wallNanosPerCall}; NaN as above. */
    public double perCall(double wallNanosPerCall) {
        return onCpuShare() * wallNanosPerCall;
    }

    /** Both stretches together (threads of one run, or forks): times added; unknown when either is. */
    public CpuUse plus(CpuUse other) {
        if (!isMeasured() || !other.isMeasured()) {
            return isMeasured() ? other : this;
        }
        return new CpuUse(
                cpuNanos + other.cpuNanos,
                spanNanos + other.spanNanos,
                readyNanos < 0 || other.readyNanos < 0 ? -1 : readyNanos + other.readyNanos,
                "");
    }
}
