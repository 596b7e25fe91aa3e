package dev.perfkit.core.internal.profile;

import dev.perfkit.profile.BlockingKind;
import dev.perfkit.profile.Frame;
import java.util.List;

/**
 * The events a profile is built from, independent of JFR: the reader turns recorded events into these, and
 * {@link Aggregation} sums them, so aggregation is tested on made-up events. Stacks list the top frame first, as
 * recorded (no frame dropped yet).
 */
sealed interface ProfileEvent {

    /** A stack sample of a thread running Java code. */
    record Execution(long threadId, List<Frame> stack) implements ProfileEvent {}

    /**
     * A sampled allocation of {@code weightBytes}: JFR's count of the bytes the thread allocated since its previous
     * sample, which for a thread's first sample in a recording may lie before the recording. {@code startNanos} orders
     * a thread's samples (JFR's clock, any origin).
     */
    record Allocation(long threadId, List<Frame> stack, String objectClass, long weightBytes, long startNanos)
            implements ProfileEvent {

        /** A sample whose time is unknown: samples of a thread then count in the order they are added. */
        Allocation(long threadId, List<Frame> stack, String objectClass, long weightBytes) {
            this(threadId, stack, objectClass, weightBytes, 0);
        }
    }

    /** A wait of {@code nanos} on {@code detail} (a class name, {@code host:port}, a path, or empty). */
    record Blocking(long threadId, List<Frame> stack, BlockingKind kind, String detail, long nanos)
            implements ProfileEvent {}

    /** One garbage collection, with its summed pauses. */
    record GcPause(long pauseNanos) implements ProfileEvent {}
}
