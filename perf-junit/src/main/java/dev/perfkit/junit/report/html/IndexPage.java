package dev.perfkit.junit.report.html;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The run's {@value #FILE}: one section per kind of page (performance tests first, then comparisons, then any other
 * kind in the order it first appears), each a table linking every page with its outcome and summary, and links to
 * the run's other files. Stateless.
 */
public final class IndexPage {

    /** The index's file name, in the results folder. */
    public static final String FILE = "index.html";

    private IndexPage() {}

    /**
     * Renders the index.
     *
     * @param pages every page of the run, in the order listed within a kind
     * @param files other files of the run to link, by text ({@code Markdown summary} to {@code summary.md})
     */
    public static String render(Collection<PageLink> pages, Map<String, String> files) {
        Map<String, List<PageLink>> byKind = new LinkedHashMap<>();
        byKind.put(PageLink.PERFORMANCE_TEST, new ArrayList<>());
        byKind.put(PageLink.COMPARISON, new ArrayList<>());
        for (PageLink p : pages) {
            byKind.computeIfAbsent(p.kind(), k -> new ArrayList<>()).add(p);
        }
        StringBuilder body = new StringBuilder("<h1>perfkit results</h1>\n<p>");
        List<String> counts = new ArrayList<>();
        byKind.forEach((kind, list) -> {
            if (!list.isEmpty()) {
                counts.add(kind + ": " + list.size());
            }
        });
        body.append(Html.escape(counts.isEmpty() ? "Nothing was measured." : String.join("; ", counts) + "."))
                .append("</p>\n");
        byKind.forEach((kind, list) -> {
            if (list.isEmpty()) {
                return;
            }
            body.append("<h2>").append(Html.escape(kind)).append("</h2>\n");
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"Test", "Outcome", "Summary"});
            for (PageLink p : list) {
                rows.add(new String[] {Html.link(p.file(), p.test()), Html.badge(p.outcome()), p.summary()});
            }
            body.append(Html.table(rows));
        });
        if (!files.isEmpty()) {
            body.append("<h2>Files</h2>\n<ul class=\"plain\">\n");
            files.forEach((text, file) ->
                    body.append("<li>").append(Html.link(file, text)).append("</li>\n"));
            body.append("</ul>\n");
        }
        return Html.page("perfkit results", body.toString());
    }
}
