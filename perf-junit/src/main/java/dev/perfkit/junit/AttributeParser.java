package dev.perfkit.junit;

import dev.perfkit.Units;
import dev.perfkit.junit.metric.Rates;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * Validates annotation attributes and words the error: {@code @Budget(p99 = "2 sec") on OrderTests.parse(): expected a
 * duration: ..., got '2 sec'}. Immutable.
 *
 * @param annotation the annotation's simple name, such as {@code Budget}
 * @param test the test's name, such as {@code OrderTests.parse()}
 */
record AttributeParser(String annotation, String test) {

    /** The accepted forms of an allocation budget, for error messages. */
    static final String BYTES_PER_OP_FORMS = Units.BYTES_FORMS + ", optionally followed by /op (e.g. '1KB/op')";

    /** Parses a duration to nanoseconds. */
    long nanos(String name, String value) {
        return parse(name, value, Units::parseNanos);
    }

    /** Parses a duration that must be positive. */
    long positiveNanos(String name, String value) {
        long nanos = nanos(name, value);
        if (nanos <= 0) {
            throw invalid(
                    name, quoted(value), "must be at least 1 ns (a smaller limit rounds to 0 and can never be met)");
        }
        return nanos;
    }

    /** Parses a rate per second. */
    double rate(String name, String value) {
        try {
            return Rates.parse(value);
        } catch (IllegalArgumentException e) {
            throw invalid(name, quoted(value), e.getMessage());
        }
    }

    /** Parses a byte count, optionally followed by {@code /op}. */
    long bytesPerOp(String name, String value) {
        String bytes = value.strip();
        if (bytes.endsWith("/op")) {
            bytes = bytes.substring(0, bytes.length() - 3);
        }
        try {
            return Units.parseBytes(bytes);
        } catch (IllegalArgumentException e) {
            throw invalid(
                    name, quoted(value), "expected a byte count: " + BYTES_PER_OP_FORMS + ", got '" + value + "'");
        }
    }

    /** The accepted forms of a count per call, for error messages. */
    static final String PER_CALL_FORMS = "a number, 0 or more, optionally followed by /op (e.g. '1', '2.5/op')";

    /** Parses a count per call, such as {@code "1"} or {@code "2.5/op"}. */
    double perCall(String name, String value) {
        String number = value.strip();
        if (number.endsWith("/op")) {
            number = number.substring(0, number.length() - 3).strip();
        }
        if (!number.matches("[0-9]+(\\.[0-9]+)?")) {
            throw invalid(name, quoted(value), "expected " + PER_CALL_FORMS + ", got '" + value + "'");
        }
        return Double.parseDouble(number);
    }

    /** Fails unless {@code value} is {@code -1} (not set) or at least {@code min}. */
    long count(String name, int value, int min) {
        if (value != -1 && value < min) {
            throw invalid(
                    name, String.valueOf(value), "must be at least " + min + " (or -1, the default, for not set)");
        }
        return value;
    }

    /** An error naming this attribute, its value as written, and what is wrong. */
    ExtensionConfigurationException invalid(String name, String writtenValue, String problem) {
        return new ExtensionConfigurationException(
                "@" + annotation + "(" + name + " = " + writtenValue + ") on " + test + ": " + problem);
    }

    /** An error about this annotation as a whole. */
    ExtensionConfigurationException invalid(String problem) {
        return new ExtensionConfigurationException("@" + annotation + " on " + test + ": " + problem);
    }

    private long parse(String name, String value, ToLongFunction<String> parser) {
        try {
            return parser.applyAsLong(value);
        } catch (IllegalArgumentException e) {
            throw invalid(name, quoted(value), e.getMessage());
        }
    }

    static String quoted(String value) {
        return "\"" + value + "\"";
    }
}
