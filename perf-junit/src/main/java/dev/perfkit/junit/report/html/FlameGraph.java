package dev.perfkit.junit.report.html;

import dev.perfkit.Units;
import dev.perfkit.profile.CallTree;
import dev.perfkit.profile.Frame;
import java.util.Locale;
import java.util.function.LongFunction;

/**
 * A flame graph of a call tree drawn as an icicle in inline SVG: the root (every sample) across the top, each callee
 * below its caller, as wide as its share of the samples. No script: each box carries a {@code <title>} that browsers
 * show on hover (the qualified method, its weight and share), and a label when it is wide enough. Every box is a group
 * with {@code data-method} (the qualified method, or "all" at the root), {@code data-weight} and {@code data-depth},
 * so tests and browsers can find what is drawn. Application code is drawn in warm colours, the JDK's in blue-grey.
 *
 * <p>Bounded: boxes narrower than {@link #MIN_WIDTH} pixels are left out with their callees, and at most
 * {@link #MAX_ROWS} rows are drawn, whatever the tree holds. Stateless.
 */
final class FlameGraph {

    /** The drawing's width in pixels. */
    static final int WIDTH = 960;
    /** The height of one row (one stack level), in pixels. */
    static final int ROW = 18;
    /** The top margin, where the title goes. */
    static final int TOP = 34;
    /** Boxes narrower than this (in pixels) are not drawn, nor their callees. */
    static final double MIN_WIDTH = 1;
    /** The most rows drawn: the root and 64 levels below it. */
    static final int MAX_ROWS = 65;
    /** The width one label character takes at font size 11, for cutting labels to their box. */
    private static final double CHAR_WIDTH = 6.6;

    private static final String[] WARM = {"#f6b26b", "#f9cb9c", "#ffd966", "#f4a460", "#fce5a5", "#f7b86a"};
    private static final String[] COOL = {"#a4c2df", "#b7cde3", "#9fb8cf", "#c3d3e4"};

    private FlameGraph() {}

    /**
     * The flame graph as an SVG element inside a {@code <figure>}, or null when the tree has no samples.
     *
     * @param id unique in its page: the SVG's elements are named after it
     * @param title the title drawn above the graph
     * @param tree the root of the call tree
     * @param weight how a weight reads ({@code 12 samples}, {@code 1.5 MiB})
     * @param caption the caption under the graph (HTML)
     */
    static String render(String id, String title, CallTree tree, LongFunction<String> weight, String caption) {
        if (!id.matches("[A-Za-z][A-Za-z0-9_-]*")) {
            throw new IllegalArgumentException("not an id: " + id);
        }
        if (!tree.isRoot() || tree.weight() == 0) {
            return null;
        }
        int rows = Math.min(MAX_ROWS, tree.depth() + 1);
        int height = TOP + rows * ROW + 4;
        StringBuilder out = new StringBuilder();
        out.append("<figure id=\"")
                .append(id)
                .append("\">\n<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"flame\" ")
                .append("width=\"")
                .append(WIDTH)
                .append("\" height=\"")
                .append(height)
                .append("\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height)
                .append("\" role=\"img\" aria-labelledby=\"")
                .append(id)
                .append("-title ")
                .append(id)
                .append("-desc\" font-family=\"system-ui, sans-serif\" font-size=\"11\">\n")
                .append("<title id=\"")
                .append(id)
                .append("-title\">")
                .append(Html.escape(title))
                .append("</title>\n")
                .append("<desc id=\"")
                .append(id)
                .append("-desc\">")
                .append(Html.escape("Flame graph of " + weight.apply(tree.weight())
                        + ": each box is a method, as wide as its share, below its caller."))
                .append("</desc>\n<rect x=\"0\" y=\"0\" width=\"")
                .append(WIDTH)
                .append("\" height=\"")
                .append(height)
                .append("\" fill=\"#ffffff\"/>\n<text x=\"")
                .append(WIDTH / 2)
                .append("\" y=\"22\" text-anchor=\"middle\" ")
                .append("font-size=\"15\" font-weight=\"600\">")
                .append(Html.escape(title))
                .append("</text>\n");
        box(out, tree, tree.weight(), 0, 0, weight);
        out.append("</svg>\n<figcaption>").append(caption).append("</figcaption>\n</figure>\n");
        return out.toString();
    }

    /** The pixel width of {@code weight} out of {@code total}, to a tenth of a pixel. */
    static double width(long weight, long total) {
        return Math.round(WIDTH * 10.0 * weight / total) / 10.0;
    }

    private static void box(
            StringBuilder out, CallTree node, long total, double x, int depth, LongFunction<String> weight) {
        double w = width(node.weight(), total);
        if (w < MIN_WIDTH || depth >= MAX_ROWS) {
            return;
        }
        Frame f = node.frame().orElse(null);
        String name = f == null ? "all" : f.qualifiedMethodName();
        String label = f == null ? "all" : f.displayName();
        int y = TOP + depth * ROW;
        String share = String.format(Locale.ROOT, "%.1f %%", 100.0 * node.weight() / total);
        out.append("<g class=\"frame\" data-method=\"")
                .append(Html.escape(name))
                .append("\" data-weight=\"")
                .append(node.weight())
                .append("\" data-depth=\"")
                .append(depth)
                .append("\"><title>")
                .append(Html.escape(name + ": " + weight.apply(node.weight()) + " (" + share + ")"))
                .append("</title><rect x=\"")
                .append(n(x))
                .append("\" y=\"")
                .append(y)
                .append("\" width=\"")
                .append(n(w))
                .append("\" height=\"")
                .append(ROW - 1)
                .append("\" fill=\"")
                .append(color(f))
                .append("\"/>");
        int fits = (int) ((w - 6) / CHAR_WIDTH);
        if (fits >= 3) {
            String text = label.length() <= fits ? label : label.substring(0, fits - 2) + "..";
            out.append("<text x=\"")
                    .append(n(x + 3))
                    .append("\" y=\"")
                    .append(y + ROW - 5)
                    .append("\">")
                    .append(Html.escape(text))
                    .append("</text>");
        }
        out.append("</g>\n");
        double at = x;
        for (CallTree c : node.children()) {
            box(out, c, total, at, depth + 1, weight);
            at += width(c.weight(), total);
        }
    }

    /** A warm colour for application code, a cool one for the JDK's, grey for the root; fixed per class. */
    private static String color(Frame f) {
        if (f == null) {
            return "#d9d9d9";
        }
        String c = f.className();
        boolean jdk = c.startsWith("java.")
                || c.startsWith("javax.")
                || c.startsWith("jdk.")
                || c.startsWith("sun.")
                || c.startsWith("com.sun.");
        String[] palette = jdk ? COOL : WARM;
        return palette[Math.floorMod(c.hashCode(), palette.length)];
    }

    private static String n(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    /** {@code 1 sample}, {@code 12 samples}. */
    static String samples(long n) {
        return n + (n == 1 ? " sample" : " samples");
    }

    /** {@code 1.50 MiB}. */
    static String bytes(long n) {
        return Units.formatBytes(n);
    }
}
