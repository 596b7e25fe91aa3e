package dev.perfkit.memory;

/** Argument checks shared by the value classes of this package, with messages that name the argument. */
final class MemoryArgumentChecks {

    private MemoryArgumentChecks() {}

    static long positive(long value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, got " + value);
        }
        return value;
    }

    static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("an unsupported result needs a reason");
        }
        return reason;
    }
}
