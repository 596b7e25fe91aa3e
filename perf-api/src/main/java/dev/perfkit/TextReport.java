package dev.perfkit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Formats timer snapshots and counters as a plain-text table in human units, so results are readable without writing
 * a formatter.
 *
 * <pre>
 * timer                        count      mean       p50       p90       p99     p99.9       max
 * checkout                    12,000  85.3 µs   81.0 µs   97.3 µs    141 µs    388 µs   1.02 ms
 * http.server
 *   method=GET status=200      9,100   812 µs    780 µs    1.21 ms   2.05 ms   4.10 ms   9.80 ms
 *   method=POST status=500        12  1.40 ms   1.38 ms   2.01 ms   2.01 ms   2.01 ms   2.01 ms
 * </pre>
 *
 * <p>Meters with tags are grouped under their name (a name row, then one indented row per set of tags); the rows come
 * in the order given, which for a registry is by name, then by tags.
 */
public final class TextReport {

    private static final String[] HEADER = {"timer", "count", "mean", "p50", "p90", "p99", "p99.9", "max"};

    private TextReport() {}

    /**
     * Formats the cumulative snapshots of every timer and the counts of every counter in {@code registry}, followed by
     * a note when registrations were denied or tag values clamped.
     *
     * @param registry the registry to report on
     * @return the report, one line per row, each ending with a newline
     */
    public static String format(PerfRegistry registry) {
        List<TimerSnapshot> snapshots = new ArrayList<>();
        for (Timer t : registry.timers()) {
            snapshots.add(t.snapshot());
        }
        StringBuilder out = new StringBuilder(timers(snapshots));
        List<Counter> counters = registry.counters();
        if (!counters.isEmpty()) {
            out.append('\n');
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"counter", "count"});
            String group = null;
            for (Counter c : counters) {
                group = groupRow(rows, group, c.name(), c.tags(), 2);
                rows.add(new String[] {label(c.name(), c.tags()), String.format(java.util.Locale.ROOT, "%,d", c.count())
                });
            }
            appendTable(out, rows);
        }
        if (registry.deniedRegistrations() > 0) {
            out.append("\n(")
                    .append(registry.deniedRegistrations())
                    .append(" registrations denied: the registry reached its limit of ")
                    .append(registry.config().maxMeters())
                    .append(" meters)\n");
        }
        if (registry.clampedTagValues() > 0) {
            out.append("\n(")
                    .append(registry.clampedTagValues())
                    .append(" tag values clamped: null, or longer than ")
                    .append(Tags.MAX_VALUE_LENGTH)
                    .append(" characters)\n");
        }
        return out.toString();
    }

    /**
     * Formats the given snapshots, one row each, in the given order.
     *
     * @param snapshots the snapshots to format
     * @return the table, a header row and one line per row, each ending with a newline
     */
    public static String timers(Collection<TimerSnapshot> snapshots) {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        String group = null;
        for (TimerSnapshot s : snapshots) {
            group = groupRow(rows, group, s.name(), s.tags(), HEADER.length);
            if (s.isEmpty()) {
                rows.add(new String[] {label(s.name(), s.tags()), "0", "-", "-", "-", "-", "-", "-"});
                continue;
            }
            rows.add(new String[] {
                label(s.name(), s.tags())
                        + (s.overflowCount() + s.rejectedCount() > 0
                                ? " (" + s.overflowCount() + " clamped, " + s.rejectedCount() + " rejected)"
                                : ""),
                String.format(java.util.Locale.ROOT, "%,d", s.count()),
                Units.formatNanos(s.meanNanos()),
                Units.formatNanos(s.valueAtPercentile(50)),
                Units.formatNanos(s.valueAtPercentile(90)),
                Units.formatNanos(s.valueAtPercentile(99)),
                Units.formatNanos(s.valueAtPercentile(99.9)),
                Units.formatNanos(s.maxNanos())
            });
        }
        StringBuilder out = new StringBuilder();
        appendTable(out, rows);
        return out.toString();
    }

    /**
     * Adds the name row of a group when a tagged meter starts a new name (an untagged meter of that name is its own
     * name row); returns the name of the current group.
     */
    private static String groupRow(List<String[]> rows, String group, String name, Tags tags, int cols) {
        if (!tags.isEmpty() && !name.equals(group)) {
            String[] row = new String[cols];
            java.util.Arrays.fill(row, "");
            row[0] = name;
            rows.add(row);
        }
        return name;
    }

    /** The first cell of a meter's row: its name, or its tags indented under the name row. */
    private static String label(String name, Tags tags) {
        if (tags.isEmpty()) {
            return name;
        }
        StringBuilder sb = new StringBuilder(" ");
        for (int i = 0; i < tags.size(); i++) {
            sb.append(' ').append(tags.key(i)).append('=').append(tags.value(i));
        }
        return sb.toString();
    }

    private static void appendTable(StringBuilder out, List<String[]> rows) {
        int cols = rows.get(0).length;
        int[] width = new int[cols];
        for (String[] r : rows) {
            for (int c = 0; c < cols; c++) {
                width[c] = Math.max(width[c], r[c].length());
            }
        }
        for (String[] r : rows) {
            for (int c = 0; c < cols; c++) {
                if (c == 0) {
                    out.append(r[c]).append(" ".repeat(width[c] - r[c].length()));
                } else {
                    out.append("  ")
                            .append(" ".repeat(width[c] - r[c].length()))
                            .append(r[c]);
                }
            }
            int end = out.length();
            while (end > 0 && out.charAt(end - 1) == ' ') {
                end--; // a group's name row has no numbers: no trailing blanks
            }
            out.setLength(end);
            out.append('\n');
        }
    }
}
