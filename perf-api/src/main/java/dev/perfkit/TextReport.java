package dev.perfkit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Formats timer snapshots and counters as a plain-text table in human units, so results are readable without writing
 * a formatter.
 *
 * <pre>
 * timer            count      mean       p50       p90       p99     p99.9       max
 * checkout        12,000  85.3 µs   81.0 µs   97.3 µs    141 µs    388 µs   1.02 ms
 * </pre>
 */
public final class TextReport {

  private static final String[] HEADER = {"timer", "count", "mean", "p50", "p90", "p99", "p99.9", "max"};

  private TextReport() {}

  /** Formats the cumulative snapshots of every timer and the counts of every counter in {@code registry}. */
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
      for (Counter c : counters) {
        rows.add(new String[] {c.name(), String.format(java.util.Locale.ROOT, "%,d", c.count())});
      }
      appendTable(out, rows);
    }
    if (registry.deniedRegistrations() > 0) {
      out.append("\n(").append(registry.deniedRegistrations())
          .append(" registrations denied: the registry reached its limit of ")
          .append(registry.config().maxMeters()).append(" names)\n");
    }
    return out.toString();
  }

  /** Formats the given snapshots, one row each, in the given order. */
  public static String timers(Collection<TimerSnapshot> snapshots) {
    List<String[]> rows = new ArrayList<>();
    rows.add(HEADER);
    for (TimerSnapshot s : snapshots) {
      if (s.isEmpty()) {
        rows.add(new String[] {s.name(), "0", "-", "-", "-", "-", "-", "-"});
        continue;
      }
      rows.add(new String[] {
        s.name() + (s.overflowCount() + s.rejectedCount() > 0
            ? " (" + s.overflowCount() + " clamped, " + s.rejectedCount() + " rejected)" : ""),
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
          out.append("  ").append(" ".repeat(width[c] - r[c].length())).append(r[c]);
        }
      }
      out.append('\n');
    }
  }
}
