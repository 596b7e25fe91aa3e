package dev.perfkit.junit.report.html;

/**
 * One data series of a chart: a name for the legend, a colour, points in data coordinates, and how they are drawn.
 * Points whose coordinates are not finite are left out. Immutable.
 *
 * @param name the legend's text
 * @param color a CSS colour
 * @param xs the x values
 * @param ys the y values, as many as {@code xs}
 * @param line whether the points are joined by a line
 * @param markers whether each point is drawn as a dot (with its label as a tooltip)
 * @param hollow whether the dots are drawn hollow (left-out data, such as dropped rounds)
 * @param labels one tooltip per point, or null for none
 */
@SuppressWarnings("ArrayRecordComponent") // arrays filled once when made and never changed; internal to the module
public record Series(
        String name,
        String color,
        double[] xs,
        double[] ys,
        boolean line,
        boolean markers,
        boolean hollow,
        String[] labels) {

    /** Copies the arrays and checks their lengths. */
    public Series {
        xs = xs.clone();
        ys = ys.clone();
        labels = labels == null ? null : labels.clone();
        if (xs.length != ys.length || (labels != null && labels.length != xs.length)) {
            throw new IllegalArgumentException("as many x values, y values and labels: " + xs.length + ", " + ys.length
                    + (labels == null ? "" : ", " + labels.length));
        }
    }

    /** A line with a dot at every point. */
    public static Series line(String name, String color, double[] xs, double[] ys, String[] labels) {
        return new Series(name, color, xs, ys, true, true, false, labels);
    }

    /** Dots only. */
    public static Series points(String name, String color, double[] xs, double[] ys, boolean hollow, String[] labels) {
        return new Series(name, color, xs, ys, false, true, hollow, labels);
    }

    /** The x values (a copy). */
    @Override
    public double[] xs() {
        return xs.clone();
    }

    /** The y values (a copy). */
    @Override
    public double[] ys() {
        return ys.clone();
    }

    /** The tooltips (a copy), or null. */
    @Override
    public String[] labels() {
        return labels == null ? null : labels.clone();
    }

    /** How many points have finite coordinates, and so are drawn. */
    public int drawn() {
        int n = 0;
        for (int i = 0; i < xs.length; i++) {
            n += Double.isFinite(xs[i]) && Double.isFinite(ys[i]) ? 1 : 0;
        }
        return n;
    }
}
