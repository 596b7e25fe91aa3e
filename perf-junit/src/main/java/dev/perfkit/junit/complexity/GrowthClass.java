package dev.perfkit.junit.complexity;

import java.util.Locale;

/**
 * The growth classes a running time is fitted to, in increasing order of growth: each has its notation
 * ({@code O(n log n)}) and its function f(n), the shape of the model {@code t(n) = a + b * f(n)}.
 */
public enum GrowthClass {
    /** Constant: {@code O(1)}; the model is {@code t = a}. */
    CONSTANT("O(1)"),
    /** Logarithmic: {@code O(log n)}. */
    LOGARITHMIC("O(log n)"),
    /** Linear: {@code O(n)}. */
    LINEAR("O(n)"),
    /** Linearithmic: {@code O(n log n)}. */
    LINEARITHMIC("O(n log n)"),
    /** Quadratic: {@code O(n^2)}. */
    QUADRATIC("O(n^2)"),
    /** Cubic: {@code O(n^3)}. */
    CUBIC("O(n^3)");

    /** The accepted forms of an expected class, for error messages. */
    public static final String FORMS = "one of \"O(1)\", \"O(log n)\", \"O(n)\", \"O(n log n)\", \"O(n^2)\" (or "
            + "\"O(n²)\"), \"O(n^3)\" (or \"O(n³)\")";

    private final String notation;

    GrowthClass(String notation) {
        this.notation = notation;
    }

    /** The class in big-O notation: {@code O(1)}, {@code O(log n)}, ..., {@code O(n^3)}. */
    public String notation() {
        return notation;
    }

    /** The number of free parameters of the model: 1 for {@link #CONSTANT} (a), 2 for the others (a and b). */
    public int parameters() {
        return this == CONSTANT ? 1 : 2;
    }

    /** The shape f(n) of the model, for n at least 1; 0 for {@link #CONSTANT}, whose model is a alone. */
    public double f(double n) {
        return switch (this) {
            case CONSTANT -> 0;
            case LOGARITHMIC -> Math.log(n);
            case LINEAR -> n;
            case LINEARITHMIC -> n * Math.log(n);
            case QUADRATIC -> n * n;
            case CUBIC -> n * n * n;
        };
    }

    /** Whether this class grows faster than {@code other}. */
    public boolean isWorseThan(GrowthClass other) {
        return compareTo(other) > 0;
    }

    /**
     * Reads a class as written in an annotation: {@code O(1)}, {@code O(log n)}, {@code O(n)}, {@code O(n log n)},
     * {@code O(n^2)} or {@code O(n²)}, {@code O(n^3)} or {@code O(n³)}; spaces and case are not significant, except
     * that {@code log n} needs its space.
     *
     * @throws IllegalArgumentException for anything else, naming {@link #FORMS}
     */
    public static GrowthClass parse(String text) {
        String t = text == null
                ? ""
                : text.strip()
                        .toLowerCase(Locale.ROOT)
                        .replaceAll("\\s+", " ")
                        .replace("²", "^2")
                        .replace("³", "^3")
                        .replace("( ", "(")
                        .replace(" )", ")");
        for (GrowthClass c : values()) {
            if (c.notation.toLowerCase(Locale.ROOT).equals(t)) {
                return c;
            }
        }
        throw new IllegalArgumentException("expected " + FORMS + ", got '" + text + "'");
    }
}
