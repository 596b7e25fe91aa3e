package dev.perfkit.profile;

import java.util.Objects;

/** Argument checks shared by the value classes of this package, with messages that name the argument. */
final class ProfileArgumentChecks {

    private ProfileArgumentChecks() {}

    static long notNegative(long value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative, got " + value);
        }
        return value;
    }

    static double share(double value, String name) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be a share from 0 to 1, got " + value);
        }
        return value;
    }

    static String text(String value, String name) {
        return Objects.requireNonNull(value, name);
    }

    static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("an unavailable profile needs a reason");
        }
        return reason;
    }
}
