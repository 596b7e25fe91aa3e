package dev.perfkit.junit.report.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A chart drawn as inline SVG, computed here so that it needs no script and renders the same in every browser: a
 * title, two labelled axes with ticks, data series, horizontal reference lines (budgets), shaded bands (intervals),
 * vertical markers (where a warm-up settled) and a legend naming every series and line. The SVG carries its title and
 * a description for screen readers ({@code role="img"}); every series is a group with {@code data-series} (its name)
 * and {@code data-points} (the points drawn), every reference line a group with {@code data-reference} and
 * {@code data-y} (its pixel row), so tests and browsers can find what is drawn. Not thread-safe: build, then render.
 */
public final class SvgChart {

    /** The drawing's width in pixels. */
    public static final int WIDTH = 760;
    /** The drawing's height without the legend, in pixels. */
    public static final int HEIGHT = 380;
    /** The plot area's left edge. */
    public static final int LEFT = 84;
    /** The plot area's right edge. */
    public static final int RIGHT = WIDTH - 24;
    /** The plot area's top edge. */
    public static final int TOP = 44;
    /** The plot area's bottom edge. */
    public static final int BOTTOM = HEIGHT - 58;

    private static final int LEGEND_ROW = 20;
    /** An upper bound of a character's width at the chart's 12-pixel font, in pixels. */
    private static final double CHAR_WIDTH = 7.5;
    /** The margin kept between a label and the drawing's edge, in pixels. */
    private static final int EDGE = 4;

    private record Line(String name, String color, double value, boolean vertical, boolean dashed) {}

    private record Band(String name, String color, double x0, double x1, double y0, double y1) {}

    private final String id;
    private final String title;
    private final String description;
    private final Axis x;
    private final Axis y;
    private final List<Series> series = new ArrayList<>();
    private final List<Line> lines = new ArrayList<>();
    private final List<Band> bands = new ArrayList<>();

    /**
     * A chart.
     *
     * @param id unique in its page: the SVG's elements are named after it
     * @param title the title drawn above the plot
     * @param description a sentence for screen readers: what the chart shows
     */
    public SvgChart(String id, String title, String description, Axis x, Axis y) {
        if (!id.matches("[A-Za-z][A-Za-z0-9_-]*")) {
            throw new IllegalArgumentException("not an id: " + id);
        }
        this.id = id;
        this.title = title;
        this.description = description;
        this.x = x;
        this.y = y;
    }

    /** Adds a series; returns this chart. */
    public SvgChart add(Series s) {
        series.add(s);
        return this;
    }

    /** Adds a horizontal reference line at {@code value} on the y axis, dashed if asked; returns this chart. */
    public SvgChart horizontal(String name, String color, double value, boolean dashed) {
        lines.add(new Line(name, color, value, false, dashed));
        return this;
    }

    /** Adds a vertical marker at {@code value} on the x axis; returns this chart. */
    public SvgChart vertical(String name, String color, double value) {
        lines.add(new Line(name, color, value, true, true));
        return this;
    }

    /** Adds a shaded rectangle from ({@code x0}, {@code y0}) to ({@code x1}, {@code y1}); returns this chart. */
    public SvgChart band(String name, String color, double x0, double x1, double y0, double y1) {
        bands.add(new Band(name, color, x0, x1, y0, y1));
        return this;
    }

    /** The pixel column of {@code value} on the x axis. */
    public double px(double value) {
        return round(LEFT + x.fraction(value) * (RIGHT - LEFT));
    }

    /** The pixel row of {@code value} on the y axis (0 at the top). */
    public double py(double value) {
        return round(BOTTOM - y.fraction(value) * (BOTTOM - TOP));
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static String n(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    /** The chart as an SVG element inside a {@code <figure>} with {@code caption} (HTML) under it. */
    public String render(String caption) {
        int legendItems = series.size() + lines.size() + bands.size();
        int height = HEIGHT + 12 + legendItems * LEGEND_ROW;
        StringBuilder out = new StringBuilder();
        out.append("<figure id=\"")
                .append(id)
                .append("\">\n<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" ")
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
                .append("-desc\" font-family=\"system-ui, sans-serif\" font-size=\"12\">\n")
                .append("<title id=\"")
                .append(id)
                .append("-title\">")
                .append(Html.escape(title))
                .append("</title>\n")
                .append("<desc id=\"")
                .append(id)
                .append("-desc\">")
                .append(Html.escape(description))
                .append("</desc>\n")
                .append("<rect x=\"0\" y=\"0\" width=\"")
                .append(WIDTH)
                .append("\" height=\"")
                .append(height)
                .append("\" fill=\"#ffffff\"/>\n")
                .append("<text class=\"chart-title\" x=\"")
                .append(WIDTH / 2)
                .append("\" y=\"24\" text-anchor=\"middle\" ")
                .append("font-size=\"15\" font-weight=\"600\">")
                .append(Html.escape(title))
                .append("</text>\n");
        for (Band b : bands) {
            double left = px(b.x0);
            double top = py(b.y1);
            out.append("<g class=\"band\" data-band=\"")
                    .append(Html.escape(b.name))
                    .append("\"><rect x=\"")
                    .append(n(left))
                    .append("\" y=\"")
                    .append(n(top))
                    .append("\" width=\"")
                    .append(n(Math.max(1, px(b.x1) - left)))
                    .append("\" height=\"")
                    .append(n(Math.max(1, py(b.y0) - top)))
                    .append("\" fill=\"")
                    .append(b.color)
                    .append("\" fill-opacity=\"0.18\"/></g>\n");
        }
        axes(out);
        for (Line l : lines) {
            out.append("<g class=\"reference\" data-reference=\"")
                    .append(Html.escape(l.name))
                    .append('"');
            if (l.vertical) {
                double at = px(l.value);
                out.append(" data-x=\"")
                        .append(n(at))
                        .append("\"><line x1=\"")
                        .append(n(at))
                        .append("\" x2=\"")
                        .append(n(at))
                        .append("\" y1=\"")
                        .append(TOP)
                        .append("\" y2=\"")
                        .append(BOTTOM)
                        .append('"');
            } else {
                double at = py(l.value);
                out.append(" data-y=\"")
                        .append(n(at))
                        .append("\"><line x1=\"")
                        .append(LEFT)
                        .append("\" x2=\"")
                        .append(RIGHT)
                        .append("\" y1=\"")
                        .append(n(at))
                        .append("\" y2=\"")
                        .append(n(at))
                        .append('"');
            }
            out.append(" stroke=\"")
                    .append(l.color)
                    .append("\" stroke-width=\"1.6\"")
                    .append(l.dashed ? " stroke-dasharray=\"6 4\"" : "")
                    .append("/></g>\n");
        }
        for (int i = 0; i < series.size(); i++) {
            series(out, series.get(i));
        }
        legend(out);
        out.append("</svg>\n<figcaption>").append(caption).append("</figcaption>\n</figure>\n");
        return out.toString();
    }

    private void axes(StringBuilder out) {
        out.append("<g class=\"axis x-axis\" stroke=\"#333\">\n<line x1=\"")
                .append(LEFT)
                .append("\" x2=\"")
                .append(RIGHT)
                .append("\" y1=\"")
                .append(BOTTOM)
                .append("\" y2=\"")
                .append(BOTTOM)
                .append("\"/>\n");
        for (Axis.Tick t : x.ticks()) {
            double at = px(t.value());
            out.append("<line x1=\"")
                    .append(n(at))
                    .append("\" x2=\"")
                    .append(n(at))
                    .append("\" y1=\"")
                    .append(TOP)
                    .append("\" y2=\"")
                    .append(BOTTOM + 5)
                    .append("\" stroke=\"#e4e4e4\"/>")
                    .append("<text x=\"")
                    .append(tickLabelAnchor(at, t.label()))
                    .append("\" y=\"")
                    .append(BOTTOM + 18)
                    .append("\" stroke=\"none\" fill=\"#333\">")
                    .append(Html.escape(t.label()))
                    .append("</text>\n");
        }
        out.append("<text class=\"axis-label\" x=\"")
                .append((LEFT + RIGHT) / 2)
                .append("\" y=\"")
                .append(BOTTOM + 40)
                .append("\" text-anchor=\"middle\" stroke=\"none\" fill=\"#111\" font-size=\"13\">")
                .append(Html.escape(x.label()))
                .append("</text>\n</g>\n");
        out.append("<g class=\"axis y-axis\" stroke=\"#333\">\n<line x1=\"")
                .append(LEFT)
                .append("\" x2=\"")
                .append(LEFT)
                .append("\" y1=\"")
                .append(TOP)
                .append("\" y2=\"")
                .append(BOTTOM)
                .append("\"/>\n");
        for (Axis.Tick t : y.ticks()) {
            double at = py(t.value());
            out.append("<line x1=\"")
                    .append(LEFT - 5)
                    .append("\" x2=\"")
                    .append(RIGHT)
                    .append("\" y1=\"")
                    .append(n(at))
                    .append("\" y2=\"")
                    .append(n(at))
                    .append("\" stroke=\"#e4e4e4\"/>")
                    .append("<text x=\"")
                    .append(LEFT - 8)
                    .append("\" y=\"")
                    .append(n(at + 4))
                    .append("\" text-anchor=\"end\" stroke=\"none\" fill=\"#333\">")
                    .append(Html.escape(t.label()))
                    .append("</text>\n");
        }
        int mid = (TOP + BOTTOM) / 2;
        out.append("<text class=\"axis-label\" x=\"18\" y=\"")
                .append(mid)
                .append("\" transform=\"rotate(-90 18 ")
                .append(mid)
                .append(")\" text-anchor=\"middle\" stroke=\"none\" fill=\"#111\" font-size=\"13\">")
                .append(Html.escape(y.label()))
                .append("</text>\n</g>\n");
    }

    /**
     * Where an x tick label at column {@code at} is anchored, as the {@code x} attribute's value and the
     * {@code text-anchor} attribute: centred under its tick unless that would reach past the drawing's edge (the last
     * tick of a percentile axis, {@code 99.9999%}, sits on the right edge), then flush with the edge. The width is
     * estimated from the characters, generously: {@value #CHAR_WIDTH} pixels each at the chart's 12-pixel font.
     */
    static String tickLabelAnchor(double at, String label) {
        double half = label.length() * CHAR_WIDTH / 2;
        if (at + half > WIDTH - EDGE) {
            return (WIDTH - EDGE) + "\" text-anchor=\"end";
        }
        if (at - half < EDGE) {
            return EDGE + "\" text-anchor=\"start";
        }
        return n(at) + "\" text-anchor=\"middle";
    }

    private void series(StringBuilder out, Series s) {
        double[] xs = s.xs();
        double[] ys = s.ys();
        String[] labels = s.labels();
        out.append("<g class=\"series\" data-series=\"")
                .append(Html.escape(s.name()))
                .append("\" data-points=\"")
                .append(s.drawn())
                .append("\">\n");
        if (s.line()) {
            out.append("<polyline fill=\"none\" stroke=\"").append(s.color()).append("\" stroke-width=\"2\" points=\"");
            String sep = "";
            for (int i = 0; i < xs.length; i++) {
                if (Double.isFinite(xs[i]) && Double.isFinite(ys[i])) {
                    out.append(sep).append(n(px(xs[i]))).append(',').append(n(py(ys[i])));
                    sep = " ";
                }
            }
            out.append("\"/>\n");
        }
        if (s.markers()) {
            for (int i = 0; i < xs.length; i++) {
                if (Double.isFinite(xs[i]) && Double.isFinite(ys[i])) {
                    out.append("<circle cx=\"")
                            .append(n(px(xs[i])))
                            .append("\" cy=\"")
                            .append(n(py(ys[i])))
                            .append("\" r=\"3.2\" stroke=\"")
                            .append(s.color())
                            .append("\" stroke-width=\"1.5\" fill=\"")
                            .append(s.hollow() ? "#ffffff" : s.color())
                            .append('"');
                    if (labels != null) {
                        out.append("><title>").append(Html.escape(labels[i])).append("</title></circle>\n");
                    } else {
                        out.append("/>\n");
                    }
                }
            }
        }
        out.append("</g>\n");
    }

    private void legend(StringBuilder out) {
        int row = HEIGHT + 6;
        out.append("<g class=\"legend\">\n");
        for (Series s : series) {
            out.append("<g class=\"legend-item\"><line x1=\"")
                    .append(LEFT)
                    .append("\" x2=\"")
                    .append(LEFT + 26)
                    .append("\" y1=\"")
                    .append(row - 4)
                    .append("\" y2=\"")
                    .append(row - 4)
                    .append("\" stroke=\"")
                    .append(s.color())
                    .append("\" stroke-width=\"")
                    .append(s.line() ? 2 : 0)
                    .append("\"/><circle cx=\"")
                    .append(LEFT + 13)
                    .append("\" cy=\"")
                    .append(row - 4)
                    .append("\" r=\"3.2\" stroke=\"")
                    .append(s.color())
                    .append("\" fill=\"")
                    .append(s.hollow() ? "#ffffff" : s.color())
                    .append("\"/>");
            legendText(out, row, s.name());
            row += LEGEND_ROW;
        }
        for (Line l : lines) {
            out.append("<g class=\"legend-item\"><line x1=\"")
                    .append(LEFT)
                    .append("\" x2=\"")
                    .append(LEFT + 26)
                    .append("\" y1=\"")
                    .append(row - 4)
                    .append("\" y2=\"")
                    .append(row - 4)
                    .append("\" stroke=\"")
                    .append(l.color)
                    .append("\" stroke-width=\"1.6\"")
                    .append(l.dashed ? " stroke-dasharray=\"6 4\"" : "")
                    .append("/>");
            legendText(out, row, l.name);
            row += LEGEND_ROW;
        }
        for (Band b : bands) {
            out.append("<g class=\"legend-item\"><rect x=\"")
                    .append(LEFT)
                    .append("\" y=\"")
                    .append(row - 10)
                    .append("\" width=\"26\" height=\"12\" fill=\"")
                    .append(b.color)
                    .append("\" fill-opacity=\"0.18\"/>");
            legendText(out, row, b.name);
            row += LEGEND_ROW;
        }
        out.append("</g>\n");
    }

    private static void legendText(StringBuilder out, int row, String text) {
        out.append("<text x=\"")
                .append(LEFT + 34)
                .append("\" y=\"")
                .append(row)
                .append("\">")
                .append(Html.escape(text))
                .append("</text></g>\n");
    }
}
