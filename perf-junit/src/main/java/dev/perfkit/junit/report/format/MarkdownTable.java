package dev.perfkit.junit.report.format;

import java.util.List;

/** A Markdown table with its columns padded to line up in plain text, as the seed report shows it. Stateless. */
public final class MarkdownTable {

    private MarkdownTable() {}

    /** Renders the rows; the first is the header, all have the same number of cells. Each line ends with a newline. */
    public static String render(List<String[]> rows) {
        int columns = rows.get(0).length;
        int[] width = new int[columns];
        for (String[] row : rows) {
            for (int c = 0; c < columns; c++) {
                width[c] = Math.max(width[c], row[c].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            out.append('|');
            for (int c = 0; c < columns; c++) {
                String cell = rows.get(i)[c];
                out.append(' ')
                        .append(cell)
                        .append(" ".repeat(width[c] - cell.length()))
                        .append(" |");
            }
            out.append('\n');
            if (i == 0) {
                out.append('|');
                for (int c = 0; c < columns; c++) {
                    out.append("-".repeat(width[c] + 2)).append('|');
                }
                out.append('\n');
            }
        }
        return out.toString();
    }
}
