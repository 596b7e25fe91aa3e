package dev.perfkit.junit.report.html;

import dev.perfkit.junit.metric.TestOutcome;

/**
 * One page of the run's HTML report as the index lists it: its kind (the index's section), the test, the page's file
 * name beside the index, the outcome and a one-line summary. Immutable.
 *
 * @param kind the section of the index: {@link #PERFORMANCE_TEST}, {@link #COMPARISON}, or a new kind's own heading
 * @param test the test's name, as the reports write it
 * @param file the page's file name, in the results folder
 * @param outcome what the test made of its figures
 * @param summary one line: the key figures or the verdict
 */
public record PageLink(String kind, String test, String file, TestOutcome outcome, String summary) {

    /** The kind of a {@code @PerfTest}'s page. */
    public static final String PERFORMANCE_TEST = "Performance tests";
    /** The kind of a {@code @Compare} page. */
    public static final String COMPARISON = "Comparisons";
    /** The kind of a {@code @Complexity} page. */
    public static final String COMPLEXITY = "Complexity";
}
