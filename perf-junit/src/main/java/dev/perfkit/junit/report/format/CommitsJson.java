package dev.perfkit.junit.report.format;

import dev.perfkit.junit.commits.result.CommitChange;
import dev.perfkit.junit.commits.result.CommitsResult;
import dev.perfkit.junit.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code summary.json} of a comparison of commits: exactly {@code tests} (one entry per test and metric: {@code test},
 * {@code metric}, {@code base}, {@code head}, {@code factor}, {@code low}, {@code high}, {@code verdict},
 * {@code detectable}), {@code added}, {@code removed}, {@code differing} (test names) and {@code skipped}
 * ({@code test}, {@code reason}); numbers that are not finite are written as null ({@link Json}). Stateless.
 */
public final class CommitsJson {

    /** The file's name in the output folder. */
    public static final String FILE = "summary.json";

    private CommitsJson() {}

    /** The file's text. */
    public static String render(CommitsResult r) {
        Map<String, Object> root = new LinkedHashMap<>();
        List<Object> tests = new ArrayList<>();
        for (CommitChange row : r.rows()) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("test", row.test());
            t.put("metric", row.metricName());
            t.put("base", row.base());
            t.put("head", row.head());
            t.put("factor", row.factor().estimate());
            t.put("low", row.factor().low());
            t.put("high", row.factor().high());
            t.put("verdict", row.verdict().name());
            t.put("detectable", row.detectable());
            tests.add(t);
        }
        root.put("tests", tests);
        root.put("added", new ArrayList<Object>(r.added()));
        root.put("removed", new ArrayList<Object>(r.removed()));
        root.put(
                "differing",
                new ArrayList<Object>(r.differing().stream()
                        .map(CommitsResult.Differing::test)
                        .toList()));
        List<Object> skipped = new ArrayList<>();
        for (CommitsResult.Skipped s : r.skipped()) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("test", s.test());
            t.put("reason", s.reason());
            skipped.add(t);
        }
        root.put("skipped", skipped);
        return Json.write(root);
    }
}
