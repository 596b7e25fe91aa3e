package dev.perfkit.internal;

import dev.perfkit.memory.AllocationResult;
import dev.perfkit.memory.AllocationScope;
import dev.perfkit.memory.LeakOptions;
import dev.perfkit.memory.LeakReport;
import dev.perfkit.memory.MemoryProbe;
import dev.perfkit.memory.RetainedResult;
import java.util.Objects;
import java.util.function.Supplier;

/** A probe that runs operations as asked and answers every measurement with "unsupported" and one reason. */
final class UnsupportedMemoryProbe implements MemoryProbe {

    private final String reason;

    UnsupportedMemoryProbe(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("an unsupported probe needs a reason");
        }
        this.reason = reason;
    }

    @Override
    public AllocationResult allocation(Runnable op, long iterations) {
        return allocation(AllocationScope.currentThread(), op, iterations);
    }

    @Override
    @SuppressWarnings("ReturnValueIgnored") // op runs for its effects, as on a real probe; its result is not kept
    public AllocationResult allocation(Supplier<?> op, long iterations) {
        Objects.requireNonNull(op, "op");
        return allocation(AllocationScope.currentThread(), op::get, iterations);
    }

    @Override
    public AllocationResult allocation(AllocationScope scope, Runnable op, long iterations) {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(op, "op");
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be at least 1, got " + iterations);
        }
        for (long i = 0; i < iterations; i++) {
            op.run();
        }
        return AllocationResult.unsupported(reason, iterations, scope);
    }

    @Override
    public RetainedResult retained(Runnable op) {
        Objects.requireNonNull(op, "op").run();
        return RetainedResult.unsupported(reason);
    }

    @Override
    @SuppressWarnings("ReturnValueIgnored") // op runs for its effects, as on a real probe; its result is not kept
    public RetainedResult retained(Supplier<?> op) {
        Objects.requireNonNull(op, "op").get();
        return RetainedResult.unsupported(reason);
    }

    @Override
    public LeakReport leak(Runnable op, LeakOptions options) {
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(options, "options");
        long runs = (options.warmupRounds() + (long) options.rounds()) * options.opsPerRound();
        for (long i = 0; i < runs; i++) {
            op.run();
        }
        return LeakReport.unsupported(reason, options);
    }

    @Override
    public String toString() {
        return "unsupported memory probe: " + reason;
    }
}
