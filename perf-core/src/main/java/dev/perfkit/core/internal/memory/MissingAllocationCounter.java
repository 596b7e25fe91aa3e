package dev.perfkit.core.internal.memory;

/** The counter of a JVM without allocation accounting: every figure is missing, for one reason. */
final class MissingAllocationCounter implements AllocationCounter {

    private final String reason;

    MissingAllocationCounter(String reason) {
        this.reason = reason;
    }

    @Override
    public long currentThreadBytes() {
        return -1;
    }

    @Override
    public long threadBytes(Thread t) {
        return -1;
    }

    @Override
    public long allThreadsBytes() {
        return -1;
    }

    @Override
    public String reasonForMissing(Thread t) {
        return reason;
    }
}
