package dev.perfkit.junit.report.format;

import dev.perfkit.junit.metric.MetricChange;
import dev.perfkit.junit.metric.MetricKind;
import dev.perfkit.junit.metric.TestOutcome;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The run's summary of every comparison as Markdown: one table of all rows, then each test's outcome. Stateless. */
public final class SummaryMarkdown {

    /**
     * One comparison of the run.
     *
     * @param test the test's name
     * @param rows the report's rows
     * @param outcome what the test made of them
     * @param report the comparison's report file
     * @param markdown the report itself, for the CI summary; empty when not given
     */
    public record Item(String test, List<MetricChange> rows, TestOutcome outcome, Path report, String markdown) {

        /** Copies the rows. */
        public Item {
            rows = List.copyOf(rows);
        }

        /** An item without its report's text. */
        public Item(String test, List<MetricChange> rows, TestOutcome outcome, Path report) {
            this(test, rows, outcome, report, "");
        }
    }

    private SummaryMarkdown() {}

    /** Renders the summary of {@code items}, in their order. */
    public static String render(Collection<Item> items) {
        List<String[]> cells = new ArrayList<>();
        cells.add(new String[] {"Test", "Metric", "Before", "After", "Improvement", "Verdict"});
        StringBuilder outcomes = new StringBuilder();
        for (Item e : items) {
            for (MetricChange r : e.rows()) {
                MetricKind kind = r.metric().kind();
                cells.add(new String[] {
                    e.test(),
                    r.metric().label(),
                    kind.cell(r.before()),
                    kind.cell(r.after()),
                    Phrases.improvement(r),
                    r.check() == null ? "-" : r.check().name()
                });
            }
            outcomes.append("- ")
                    .append(e.test())
                    .append(": ")
                    .append(e.outcome())
                    .append(" ([report](")
                    .append(e.report().getFileName())
                    .append("))\n");
        }
        return "# Comparisons\n\n" + items.size() + (items.size() == 1 ? " comparison" : " comparisons")
                + " in this run.\n\n" + MarkdownTable.render(cells) + "\n" + outcomes;
    }
}
