package dev.perfkit.junit.report.html;

import dev.perfkit.junit.metric.TestOutcome;
import java.util.List;

/**
 * The pieces every page is built of: escaping, the page frame with its inline style sheet (no script, no fetched
 * resource: a page opens from disk, offline, and reads the same without JavaScript), outcome badges and tables.
 * Stateless.
 */
public final class Html {

    /** The style sheet of every page, inline. */
    static final String STYLE = """
      body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;max-width:1000px;\
      padding:1em 1.5em;color:#1b1b1b;background:#fff;line-height:1.45}
      h1{font-size:1.5em;margin:.3em 0}h2{font-size:1.2em;margin-top:1.6em;border-bottom:1px solid #ddd}
      table{border-collapse:collapse;margin:.6em 0}th,td{border:1px solid #ccc;padding:.25em .6em;text-align:left;\
      vertical-align:top}th{background:#f2f2f2}td.num{text-align:right;font-variant-numeric:tabular-nums}
      pre{background:#f7f7f7;border:1px solid #e2e2e2;padding:.7em;font-size:.85em;white-space:pre-wrap;\
      overflow-wrap:anywhere}
      figure{margin:1em 0}figcaption{font-size:.9em;color:#444;max-width:760px}svg{max-width:100%;height:auto}
      .badge{display:inline-block;padding:.05em .55em;border-radius:.7em;font-size:.85em;font-weight:600;\
      border:1px solid}.good{color:#0a5d1e;background:#e3f5e6;border-color:#0a5d1e}\
      .bad{color:#8a1010;background:#fbe6e6;border-color:#8a1010}.neutral{color:#4a4a4a;background:#eee;\
      border-color:#888}nav{font-size:.9em;margin-bottom:.5em}ul.plain{padding-left:1.2em}
      """;

    private Html() {}

    /** Escapes text for HTML and SVG content and attribute values (quoted with {@code "} or {@code '}). */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A whole page: {@code title} (escaped here) and {@code body} (HTML, already escaped). */
    public static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"generator\" content=\"perfkit\">\n<title>" + escape(title) + "</title>\n<style>\n"
                + STYLE
                + "</style>\n</head>\n<body>\n" + body + "</body>\n</html>\n";
    }

    /** An outcome as a coloured badge: green for passed or improved, red for failed or regressed, grey otherwise. */
    public static String badge(TestOutcome outcome) {
        String tone = switch (outcome) {
            case PASSED, IMPROVED, UNCHANGED -> "good";
            case FAILED, INCONCLUSIVE, UNSTABLE, REGRESSED, WARNED -> "bad";
            default -> "neutral";
        };
        return "<span class=\"badge " + tone + "\">" + escape(outcome.label()) + "</span>";
    }

    /**
     * A table; the first row is the header. Cells are text, escaped here, except those starting with {@code <}, which
     * are taken as HTML built by the caller. Cells that look like numbers are right-aligned.
     */
    public static String table(List<String[]> rows) {
        StringBuilder out = new StringBuilder("<table>\n<thead><tr>");
        for (String h : rows.get(0)) {
            out.append("<th scope=\"col\">").append(escape(h)).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (String[] row : rows.subList(1, rows.size())) {
            out.append("<tr>");
            for (String cell : row) {
                boolean html = cell.startsWith("<");
                boolean number = !html && cell.matches("[-+]?[0-9][0-9,.]*\\s?\\S{0,6}");
                out.append(number ? "<td class=\"num\">" : "<td>")
                        .append(html ? cell : escape(cell))
                        .append("</td>");
            }
            out.append("</tr>\n");
        }
        return out.append("</tbody>\n</table>\n").toString();
    }

    /** A link to the file {@code fileName} beside the page, with {@code text}. */
    public static String link(String fileName, String text) {
        return "<a href=\"" + escape(href(fileName)) + "\">" + escape(text) + "</a>";
    }

    /**
     * A file name as a relative URL: the characters that a URL reads otherwise ({@code %}, {@code #}, {@code ?},
     * brackets, spaces, ...) percent-encoded, so {@code Tests.run[2].html} links to itself.
     */
    public static String href(String fileName) {
        StringBuilder out = new StringBuilder();
        for (byte b : fileName.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~$".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format(java.util.Locale.ROOT, "%02X", c));
            }
        }
        return out.toString();
    }

    /** Text in a {@code <pre>} block, escaped. */
    public static String pre(String text) {
        return "<pre>" + escape(text) + "</pre>\n";
    }
}
