package dev.perfkit.junit.baseline;

import java.util.Map;
import java.util.TreeMap;

/**
 * One recording of a kept baseline, as its history keeps it: when, from which commit, where, and the figures of every
 * test it recorded. Immutable.
 *
 * @param recorded when the run was recorded, ISO-8601
 * @param commit the commit the figures were measured on; empty when it was not known
 * @param environment where the figures were measured
 * @param tests the figures the run recorded, by test, sorted by name
 */
public record BaselineRun(String recorded, String commit, Environment environment, Map<String, KeptFigures> tests) {

    /** Copies the tests, sorted by name. */
    public BaselineRun {
        tests = java.util.Collections.unmodifiableMap(new TreeMap<>(tests));
    }
}
