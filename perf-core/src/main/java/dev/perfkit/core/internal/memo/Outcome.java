package dev.perfkit.core.internal.memo;

import dev.perfkit.memo.MemoCycleException;

/**
 * The outcome of one computation as the memos store it: the result itself, {@link #NULL} for a {@code null} result,
 * or a {@link Failure}. {@link #RETRY} is what a cell's waiters get when its computation was abandoned by the
 * trampoline and must be looked up again.
 */
final class Outcome {

    /** A {@code null} result. */
    static final Internal NULL = new Internal.Marker("null");
    /** An abandoned computation: look the key up again. */
    static final Internal RETRY = new Internal.Marker("retry");

    private Outcome() {}

    /** A thrown exception, kept as the outcome of a computation. */
    static final class Failure extends Internal {
        final Throwable error;

        Failure(Throwable error) {
            this.error = error;
        }
    }

    /** Wraps a result for storage. */
    static Object of(Object result) {
        return result == null ? NULL : result;
    }

    /** Returns the result an outcome stands for, or throws its exception (the same instance). */
    // TypeParameterUnusedInFormals: the one unchecked cast of a cached value to the memo's value type
    @SuppressWarnings({"unchecked", "TypeParameterUnusedInFormals"})
    static <V> V unwrap(Object outcome) {
        if (outcome == NULL) {
            return null;
        }
        if (outcome instanceof Failure failure) {
            throw Outcome.<RuntimeException>sneaky(failure.error);
        }
        return (V) outcome;
    }

    /** Returns the result an outcome stands for, {@code null} for a failure: for weighers. */
    static Object peek(Object outcome) {
        return outcome instanceof Internal ? null : outcome;
    }

    /** Whether an outcome may stay cached: results always; exceptions if asked, never errors or cycles. */
    static boolean cacheable(Object outcome, boolean cacheExceptions) {
        if (!(outcome instanceof Failure failure)) {
            return true;
        }
        Throwable error = failure.error;
        return cacheExceptions && error instanceof Exception && !(error instanceof MemoCycleException);
    }

    /** Rethrows {@code error} unchanged, checked or not. */
    @SuppressWarnings(
            "TypeParameterUnusedInFormals") // rethrowing a checked exception unchanged needs the inferred type
    static <E extends Throwable> E rethrow(Throwable error) throws E {
        throw Outcome.<E>sneaky(error);
    }

    // TypeParameterUnusedInFormals: rethrows a checked exception unchanged, which needs the inferred type
    @SuppressWarnings({"unchecked", "TypeParameterUnusedInFormals"})
    private static <E extends Throwable> E sneaky(Throwable error) throws E {
        throw (E) error;
    }
}
