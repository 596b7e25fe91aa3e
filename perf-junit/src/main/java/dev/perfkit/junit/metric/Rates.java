package dev.perfkit.junit.metric;

import java.math.BigDecimal;
import java.util.Locale;

/** Rates per second: parsing {@code "5000/s"} and formatting {@code 5210/s}, {@code 12.5/s}. Stateless. */
public final class Rates {

    /** The accepted forms of a rate, for error messages. */
    public static final String FORMS = "a positive number followed by /s (e.g. '5000/s', '2.5/s')";

    private Rates() {}

    /**
     * Parses a positive rate such as {@code "5000/s"} or {@code "2.5 /s"}.
     *
     * @throws IllegalArgumentException naming the bad value and {@link #FORMS}
     */
    public static double parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.endsWith("/s")) {
            String number = t.substring(0, t.length() - 2).strip();
            if (number.matches("[0-9]+(\\.[0-9]+)?")) {
                try {
                    double value = new BigDecimal(number).doubleValue();
                    if (value > 0 && Double.isFinite(value)) {
                        return value;
                    }
                } catch (NumberFormatException e) {
                    // falls through to the message below
                }
            }
        }
        throw new IllegalArgumentException("expected a rate: " + FORMS + ", got '" + text + "'");
    }

    /** Formats a rate with three significant digits (whole numbers from 1000 up): {@code 5210/s}, {@code 12.5/s}. */
    public static String format(double perSecond) {
        return number(perSecond) + "/s";
    }

    /** Formats a non-negative number with three significant digits, whole from 1000 up: {@code 5210}, {@code 0.250}. */
    public static String number(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        double a = Math.abs(v);
        String pattern = a == 0 || a >= 100 ? "%.0f" : a >= 10 ? "%.1f" : a >= 1 ? "%.2f" : "%.3g";
        return String.format(Locale.ROOT, pattern, v);
    }
}
