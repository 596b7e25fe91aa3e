package dev.perfkit;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Human units for durations and byte counts: formatting ({@code 85.3 ms}, {@code 1.5 KiB}) and parsing
 * ({@code "250us"}, {@code "1KB"}).
 *
 * <p>Accepted duration units: {@code ns us µs ms s}. Accepted byte units: {@code B}, decimal {@code KB MB GB}
 * (powers of 1000) and binary {@code KiB MiB GiB} (powers of 1024). A number may have a fraction ({@code 1.5ms}) and
 * a space before its unit. Thread-safe; stateless.
 */
public final class Units {

    /** The accepted forms of a duration, for error messages. */
    public static final String DURATION_FORMS =
            "a number and a unit, one of ns, us, µs, ms, s (e.g. '250us', '1.5 ms', '2s')";
    /** The accepted forms of a byte count, for error messages. */
    public static final String BYTES_FORMS =
            "a number and a unit, one of B, KB, KiB, MB, MiB, GB, GiB (e.g. '512B', '1KB', '1.5 MiB')";

    private Units() {}

    /**
     * Formats nanoseconds with three significant digits in the largest fitting unit: {@code 512 ns, 1.50 µs, 85.3 ms,
     * 1.20 s}.
     *
     * @param nanos a duration in nanoseconds; negative ones get a minus sign
     * @return the formatted duration
     */
    public static String formatNanos(long nanos) {
        if (nanos < 0) {
            return "-" + formatNanos(nanos == Long.MIN_VALUE ? Long.MAX_VALUE : -nanos);
        }
        if (nanos < 1_000) {
            return nanos + " ns";
        }
        if (nanos < 1_000_000) {
            return threeDigits(nanos / 1e3) + " µs";
        }
        if (nanos < 1_000_000_000) {
            return threeDigits(nanos / 1e6) + " ms";
        }
        return threeDigits(nanos / 1e9) + " s";
    }

    /**
     * Formats nanoseconds given as a double (a mean, say), like {@link #formatNanos(long)}.
     *
     * @param nanos a duration in nanoseconds
     * @return the formatted duration
     */
    public static String formatNanos(double nanos) {
        if (Double.isNaN(nanos)) {
            return "n/a";
        }
        if (Math.abs(nanos) < 1_000 && nanos != Math.rint(nanos)) {
            return threeDigits(nanos) + " ns";
        }
        return formatNanos(Math.round(nanos));
    }

    /**
     * Formats a byte count in binary units with three significant digits: {@code 0 B, 1040 B, 1.50 KiB, 10.0 MiB}.
     *
     * @param bytes a byte count; negative ones get a minus sign
     * @return the formatted byte count
     */
    public static String formatBytes(long bytes) {
        if (bytes < 0) {
            return "-" + formatBytes(bytes == Long.MIN_VALUE ? Long.MAX_VALUE : -bytes);
        }
        return formatBytes((double) bytes);
    }

    /**
     * Formats a (possibly fractional) byte count, such as a per-operation average, in binary units.
     *
     * @param bytes a byte count
     * @return the formatted byte count
     */
    public static String formatBytes(double bytes) {
        if (Double.isNaN(bytes)) {
            return "n/a";
        }
        if (bytes < 0) {
            return "-" + formatBytes(-bytes);
        }
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
        int u = 0;
        double v = bytes;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        if (u == 0) {
            return (v == Math.rint(v) ? String.valueOf((long) v) : threeDigits(v)) + " B";
        }
        return threeDigits(v) + " " + units[u];
    }

    /**
     * Parses a duration such as {@code "250us"} or {@code "1.5 ms"} to nanoseconds (rounded to the nearest).
     *
     * @param text a number and a unit, as {@link #DURATION_FORMS} lists them
     * @return the duration in nanoseconds
     * @throws IllegalArgumentException naming the bad value and {@link #DURATION_FORMS}
     */
    public static long parseNanos(String text) {
        return parse(text, "duration", DURATION_FORMS, true);
    }

    /**
     * Parses a byte count such as {@code "1KB"} (1000 bytes) or {@code "1.5 MiB"} to bytes (rounded to the nearest).
     *
     * @param text a number and a unit, as {@link #BYTES_FORMS} lists them
     * @return the byte count
     * @throws IllegalArgumentException naming the bad value and {@link #BYTES_FORMS}
     */
    public static long parseBytes(String text) {
        return parse(text, "byte count", BYTES_FORMS, false);
    }

    private static long parse(String text, String what, String forms, boolean duration) {
        if (text == null) {
            throw new IllegalArgumentException("expected a " + what + ": " + forms + ", got null");
        }
        String t = text.strip();
        int i = 0;
        while (i < t.length() && ((t.charAt(i) >= '0' && t.charAt(i) <= '9') || t.charAt(i) == '.')) {
            i++;
        }
        String number = t.substring(0, i);
        String unit = t.substring(i).strip();
        long factor = duration ? durationFactor(unit) : bytesFactor(unit);
        // one grammar for numbers everywhere: digits, optionally a point and digits (no ".5", no "1.")
        if (!number.matches("[0-9]+(\\.[0-9]+)?") || factor < 0) {
            throw new IllegalArgumentException("expected a " + what + ": " + forms + ", got '" + text + "'");
        }
        try {
            BigDecimal value = new BigDecimal(number).multiply(BigDecimal.valueOf(factor));
            return value.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("expected a " + what + ": " + forms + ", got '" + text + "'", e);
        }
    }

    private static long durationFactor(String unit) {
        return switch (unit) {
            case "ns" -> 1L;
            case "us", "µs", "μs" -> 1_000L;
            case "ms" -> 1_000_000L;
            case "s" -> 1_000_000_000L;
            default -> -1;
        };
    }

    private static long bytesFactor(String unit) {
        return switch (unit) {
            case "B" -> 1L;
            case "KB" -> 1_000L;
            case "KiB" -> 1L << 10;
            case "MB" -> 1_000_000L;
            case "MiB" -> 1L << 20;
            case "GB" -> 1_000_000_000L;
            case "GiB" -> 1L << 30;
            default -> -1;
        };
    }

    private static String threeDigits(double v) {
        double a = Math.abs(v);
        String pattern = a >= 100 ? "%.0f" : a >= 10 ? "%.1f" : "%.2f";
        return String.format(Locale.ROOT, pattern, v);
    }
}
