package dev.perfkit.junit.report.format;

import dev.perfkit.junit.commits.result.CommitChange;
import dev.perfkit.junit.commits.result.CommitsResult;
import dev.perfkit.junit.commits.result.MeasuredTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of a comparison of commits: the table (test, metric, base, head, factor [interval], verdict) for the
 * console and, as Markdown, for the CI step summary, and the lists of tests added, removed, differing and skipped.
 * Stateless.
 */
public final class CommitsText {

    private CommitsText() {}

    /** The table's rows, the header first. */
    static List<String[]> table(CommitsResult r) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"test", "metric", "base", "head", "factor [interval]", "verdict", "detectable"});
        for (CommitChange c : r.rows()) {
            rows.add(new String[] {
                c.test(),
                c.metricName(),
                c.metric().kind().cell(c.base()),
                c.metric().kind().cell(c.head()),
                factor(c),
                c.verdict().name() + (c.beyond() ? " (beyond " + percent(r.maxSlowdown()) + ")" : ""),
                Double.isFinite(c.detectable()) ? "±" + percent(c.detectable()) : "n/a"
            });
        }
        return rows;
    }

    /** {@code 1.052x [1.031x, 1.074x]}: head over base with the interval. */
    public static String factor(CommitChange c) {
        return String.format(
                Locale.ROOT,
                "%.3fx [%.3fx, %.3fx]",
                c.factor().estimate(),
                c.factor().low(),
                c.factor().high());
    }

    /** {@code 5 %}, {@code 2.5 %}; below 1 %, to two decimals: {@code 0.04 %}. */
    public static String percent(double fraction) {
        double p = fraction * 100;
        return (p > 0 && p < 1 ? String.format(Locale.ROOT, "%.2f", p) : Phrases.trim(Math.round(p * 10) / 10.0))
                + " %";
    }

    /** The console text: the sides, the table, the lists and what the run decided. */
    public static String console(CommitsResult r) {
        StringBuilder out = new StringBuilder();
        out.append("Did this commit make it slower? base: ")
                .append(r.baseLabel())
                .append(", head: ")
                .append(r.headLabel())
                .append(", ")
                .append(dev.perfkit.junit.metric.Metric.percentileName(r.percentile()))
                .append(" time per call, threshold ")
                .append(percent(r.maxSlowdown()))
                .append("\n\n");
        if (r.rows().isEmpty()) {
            out.append("No test was measured on both sides.\n");
        } else {
            out.append(MarkdownTable.render(table(r)));
            out.append('\n');
            r.tests().forEach(t -> out.append(how(t)).append('\n'));
        }
        lists(r, out, "");
        out.append('\n').append(decision(r)).append('\n');
        return out.toString();
    }

    /** The step summary: a heading, the table, the lists and the decision. */
    public static String markdown(CommitsResult r) {
        StringBuilder out = new StringBuilder("## Did this commit make it slower?\n\n");
        out.append("Base: ")
                .append(r.baseLabel())
                .append(" · head: ")
                .append(r.headLabel())
                .append(" · threshold ")
                .append(percent(r.maxSlowdown()))
                .append("\n\n");
        if (!r.rows().isEmpty()) {
            out.append(MarkdownTable.render(table(r))).append('\n');
        }
        lists(r, out, "- ");
        out.append("\n**").append(decision(r)).append("**\n");
        return out.toString();
    }

    /** What the run decided: which tests are slower beyond the threshold, or that none is. */
    public static String decision(CommitsResult r) {
        List<CommitChange> slower = r.slowerBeyond();
        if (slower.isEmpty()) {
            return "No test is slower beyond " + percent(r.maxSlowdown()) + ".";
        }
        StringBuilder out = new StringBuilder(slower.size() == 1 ? "1 test is" : slower.size() + " tests are")
                .append(" slower beyond ")
                .append(percent(r.maxSlowdown()))
                .append(':');
        for (CommitChange c : slower) {
            out.append(' ').append(c.test()).append(' ').append(factor(c)).append(';');
        }
        out.setLength(out.length() - 1);
        return out.toString();
    }

    /** How each test was measured, one line each: rounds, stop, in this JVM or across JVMs. */
    public static String how(MeasuredTest t) {
        return String.format(Locale.ROOT, "%s: %s (%.1f s)", t.test(), t.how(), t.seconds());
    }

    private static void lists(CommitsResult r, StringBuilder out, String bullet) {
        boolean any = false;
        if (!r.added().isEmpty()) {
            out.append('\n')
                    .append(bullet)
                    .append("Added (only in the head, not compared): ")
                    .append(String.join(", ", r.added()));
            any = true;
        }
        if (!r.removed().isEmpty()) {
            out.append('\n')
                    .append(bullet)
                    .append("Removed (only in the base, not compared): ")
                    .append(String.join(", ", r.removed()));
            any = true;
        }
        for (CommitsResult.Differing d : r.differing()) {
            out.append('\n')
                    .append(bullet)
                    .append("Differing results, not measured: ")
                    .append(d.test())
                    .append(": base ")
                    .append(d.base())
                    .append(", head ")
                    .append(d.head());
            any = true;
        }
        for (CommitsResult.Skipped s : r.skipped()) {
            out.append('\n')
                    .append(bullet)
                    .append("Skipped: ")
                    .append(s.test())
                    .append(": ")
                    .append(s.reason());
            any = true;
        }
        for (String n : r.notes()) {
            out.append('\n').append(bullet).append("Note: ").append(n);
            any = true;
        }
        if (any) {
            out.append('\n');
        }
    }
}
