package dev.perfkit.core.internal.memo;

import dev.perfkit.Ticker;
import java.util.function.Function;

/** Runs one computation for a memo or a lazy value: times it, counts it, and turns exceptions into outcomes. */
final class Load {

    private Load() {}

    /**
     * Calls {@code body.apply(arg)} and returns its outcome ({@link Outcome#of} the result, or a
     * {@link Outcome.Failure}).
     *
     * @throws Trampoline.Restart if the computation is being unwound by the trampoline, even when the body caught the
     *     restart and returned or threw something else
     */
    static Object run(Function<Object, ?> body, Object arg, Stats stats, Ticker ticker, Trampoline.Context ctx) {
        long start = stats.enabled ? ticker.nanos() : 0;
        Object outcome;
        ctx.depth++;
        try {
            outcome = Outcome.of(body.apply(arg));
        } catch (Throwable error) {
            outcome = new Outcome.Failure(error);
        } finally {
            ctx.depth--;
        }
        if (ctx.unwinding != null) {
            throw ctx.unwinding;
        }
        if (stats.enabled) {
            stats.loaded(outcome, ticker.nanos() - start);
        }
        return outcome;
    }
}
