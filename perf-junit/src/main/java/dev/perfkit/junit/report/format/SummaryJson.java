package dev.perfkit.junit.report.format;

import dev.perfkit.junit.json.Json;
import dev.perfkit.junit.metric.MetricChange;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The run's summary as JSON, schema {@value #SCHEMA}, written as {@value #FILE}: the same tests, comparisons and
 * complexity tests as the Markdown summary, as values. {@code docs/reports.md} documents every field. Stateless.
 */
public final class SummaryJson {

    /** The schema name and version. */
    public static final String SCHEMA = "perfkit-junit-summary/1";
    /** The file name, in the results folder. */
    public static final String FILE = "summary.json";

    private SummaryJson() {}

    /** The summary as JSON text. */
    public static String render(
            Collection<CiSummary.Test> tests,
            Collection<SummaryMarkdown.Item> comparisons,
            Collection<CiSummary.Test> complexityTests) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schema", SCHEMA);
        root.put("performanceTests", lines(tests));
        List<Object> c = new ArrayList<>();
        for (SummaryMarkdown.Item item : comparisons) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("test", item.test());
            m.put("outcome", item.outcome().label());
            m.put("report", item.report().getFileName().toString());
            List<Object> rows = new ArrayList<>();
            for (MetricChange r : item.rows()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("metric", r.metric().name());
                row.put("label", r.metric().label());
                row.put("unit", r.metric().kind().unit());
                row.put("before", r.before());
                row.put("after", r.after());
                row.put("factor", r.factor());
                row.put("improvement", Phrases.improvement(r));
                row.put("verdict", r.check() == null ? null : r.check().name().toLowerCase(Locale.ROOT));
                rows.add(row);
            }
            m.put("rows", rows);
            c.add(m);
        }
        root.put("comparisons", c);
        root.put("complexityTests", lines(complexityTests));
        return Json.write(root);
    }

    private static List<Object> lines(Collection<CiSummary.Test> tests) {
        List<Object> t = new ArrayList<>();
        for (CiSummary.Test test : tests) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("test", test.test());
            m.put("outcome", test.outcome().label());
            m.put("line", test.line());
            m.put("result", test.result().getFileName().toString());
            m.put("page", test.page());
            t.add(m);
        }
        return t;
    }
}
