package dev.perfkit.maven.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Parses the goal's parameters; a bad value fails naming the parameter and the form it accepts. */
public final class Inputs {
    private static final Pattern DECIMAL = Pattern.compile("\\d{1,9}(\\.\\d{1,9})?");
    private static final Pattern TEST = Pattern.compile("[\\p{L}_$][\\p{L}\\p{N}_$.]*");

    private Inputs() {}

    /**
     * The largest slowdown that passes, as a fraction: {@code "5%"} and {@code "0.05"} are both 0.05. A bare number
     * must be a fraction below 1, so that {@code 5} is not read as 500% when 5% was meant.
     *
     * @return a fraction from 0 to 10
     */
    public static double maxSlowdown(String value) throws CompareException {
        String text = value == null ? "" : value.strip();
        boolean percent = text.endsWith("%");
        String number = percent ? text.substring(0, text.length() - 1).strip() : text;
        if (DECIMAL.matcher(number).matches()) {
            double fraction = Double.parseDouble(number) / (percent ? 100 : 1);
            if (percent ? fraction <= 10 : fraction < 1) {
                return fraction;
            }
        }
        throw new CompareException("perfkit.maxSlowdown=" + value + " is not a slowdown: give a percentage such as 5%"
                + " or 2.5% (at most 1000%), or a fraction below 1 such as 0.05");
    }

    /**
     * The percentile of the time per call that is compared.
     *
     * @return a percentile above 0, at most 100
     */
    public static double percentile(String value) throws CompareException {
        String text = value == null ? "" : value.strip();
        if (DECIMAL.matcher(text).matches()) {
            double percentile = Double.parseDouble(text);
            if (percentile > 0 && percentile <= 100) {
                return percentile;
            }
        }
        throw new CompareException("perfkit.percentile=" + value + " is not a percentile: give a number above 0, at"
                + " most 100, such as 50 (the median), 90 or 99.9");
    }

    /**
     * The tests to compare, from a comma-separated list of {@code Class.method} or {@code Class}; empty for all.
     *
     * @return the names in the order given, without blanks
     */
    public static List<String> tests(String value) throws CompareException {
        List<String> tests = new ArrayList<>();
        if (value == null) {
            return tests;
        }
        for (String part : value.split(",", -1)) {
            String test = part.strip();
            if (test.isEmpty()) {
                continue;
            }
            if (!TEST.matcher(test).matches() || test.endsWith(".")) {
                throw new CompareException("perfkit.tests=" + value + ": '" + test + "' is not a test name: give"
                        + " Class.method or Class (simple or qualified class name), separated by commas");
            }
            tests.add(test);
        }
        return tests;
    }
}
