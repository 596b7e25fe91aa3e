package dev.perfkit.junit.report.html;

/** The colours of every chart, chosen to stay apart for the common forms of colour blindness. */
final class Palette {

    static final String BLUE = "#1f5fa8";
    static final String ORANGE = "#d95f02";
    static final String GREEN = "#1b7e5a";
    static final String RED = "#c0392b";
    static final String GREY = "#6b6b6b";
    static final String PURPLE = "#6a51a3";

    private Palette() {}
}
