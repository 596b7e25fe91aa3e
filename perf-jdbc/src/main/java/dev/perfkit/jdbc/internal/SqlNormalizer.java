package dev.perfkit.jdbc.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns SQL text into its shape, so that executions which differ only in their values count as one statement:
 *
 * <ol>
 *   <li>literals (strings, numbers, hex and typed strings such as {@code X'0F'}, signed numbers) and placeholders
 *       ({@code ?}, {@code $1}, {@code :name}) become {@code ?};
 *   <li>comments are dropped, white space is collapsed to the canonical spacing of the tokens, a trailing {@code ;}
 *       is dropped;
 *   <li>unquoted words (keywords and identifiers, which SQL compares case-insensitively) are lower-cased; quoted
 *       identifiers ({@code "Order"}, {@code `order`}) are kept as written;
 *   <li>an IN-list of values only, of any length, becomes {@code in (...)}; two or more VALUES rows of values only
 *       become the first row and {@code , ...}. A batch fetch of 10 ids and one of 11 are the same statement; a
 *       single-row insert and a multi-row insert are not.
 * </ol>
 *
 * <p>The result is at most {@link #MAX_CHARS} characters (longer shapes are cut and end in {@code …}), and lexing
 * stops there, so the work and the memory per statement are bounded. Never throws on any input; stateless and
 * thread-safe.
 */
public final class SqlNormalizer {

    /** The longest normalized text kept; a longer shape is cut and ends in {@code …}. */
    public static final int MAX_CHARS = 2_000;

    private static final String VALUE = "?";
    /** Words after which a sign starts a number and before which a parenthesis keeps its space. */
    private static final Set<String> KEYWORDS = Set.of(
            "select",
            "from",
            "where",
            "and",
            "or",
            "not",
            "in",
            "values",
            "set",
            "on",
            "as",
            "when",
            "then",
            "else",
            "case",
            "end",
            "between",
            "like",
            "is",
            "by",
            "limit",
            "offset",
            "having",
            "exists",
            "join",
            "using",
            "any",
            "all",
            "some",
            "return",
            "returning",
            "into",
            "with",
            "union",
            "except",
            "intersect",
            "distinct",
            "top",
            "fetch",
            "over",
            "filter",
            "within",
            "lateral",
            "default",
            "escape");

    private SqlNormalizer() {}

    /** Returns the normalized shape of {@code sql}; {@code ""} for {@code null} or blank text. */
    public static String normalize(String sql) {
        if (sql == null) {
            return "";
        }
        List<String> tokens = collapseValueRows(collapseInLists(tokens(sql)));
        return render(tokens);
    }

    /** The tokens of {@code sql}, comments dropped and values replaced, up to about {@link #MAX_CHARS} characters. */
    static List<String> tokens(String sql) {
        List<String> out = new ArrayList<>();
        int n = sql.length();
        int i = 0;
        int chars = 0;
        while (i < n && chars <= MAX_CHARS) {
            char c = sql.charAt(i);
            int start = i;
            String token;
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                i = lineEnd(sql, i);
                continue;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int close = sql.indexOf("*/", i + 2);
                i = close < 0 ? n : close + 2;
                continue;
            } else if (c == '\'') {
                i = quoted(sql, i, '\'');
                token = VALUE;
            } else if (c == '"' || c == '`') {
                i = quoted(sql, i, c);
                token = sql.substring(start, i);
            } else if (isDigit(c) || (c == '.' && i + 1 < n && isDigit(sql.charAt(i + 1)))) {
                i = number(sql, i);
                token = VALUE;
            } else if (c == '?') {
                i++;
                token = VALUE;
            } else if (c == '$' && i + 1 < n && isDigit(sql.charAt(i + 1))) {
                i = digits(sql, i + 1);
                token = VALUE;
            } else if (c == ':' && i + 1 < n && sql.charAt(i + 1) == ':') {
                i += 2;
                token = "::";
            } else if (c == ':' && i + 1 < n && Character.isLetter(sql.charAt(i + 1))) {
                i = word(sql, i + 1);
                token = VALUE;
            } else if (Character.isLetter(c) || c == '_') {
                i = word(sql, i);
                boolean prefixedString = i - start == 1 && i < n && sql.charAt(i) == '\'' && "NnEeXxBb".indexOf(c) >= 0;
                if (prefixedString) {
                    i = quoted(sql, i, '\'');
                    token = VALUE;
                } else {
                    token = sql.substring(start, i).toLowerCase(Locale.ROOT);
                }
            } else {
                i = operator(sql, i);
                token = sql.substring(start, i);
            }
            if (isSign(token) && VALUE.equals(peekValue(sql, i)) && !endsOperand(out)) {
                i = number(sql, skipSpace(sql, i)); // "- 1" after an operator or keyword is one signed literal
                token = VALUE;
            }
            out.add(token);
            chars += token.length() + 1;
        }
        if (!out.isEmpty() && out.get(out.size() - 1).equals(";")) {
            out.remove(out.size() - 1);
        }
        if (i < n && chars > MAX_CHARS) {
            out.add("…");
        }
        return out;
    }

    private static boolean isSign(String token) {
        return token.equals("-") || token.equals("+");
    }

    /** {@code "?"} when a plain number follows position {@code i} (after spaces), else {@code null}. */
    private static String peekValue(String sql, int i) {
        int j = skipSpace(sql, i);
        return j < sql.length()
                        && (isDigit(sql.charAt(j))
                                || (sql.charAt(j) == '.' && j + 1 < sql.length() && isDigit(sql.charAt(j + 1))))
                ? VALUE
                : null;
    }

    /** Whether the last token ends an operand, so that a following sign is a binary operator. */
    private static boolean endsOperand(List<String> out) {
        if (out.isEmpty()) {
            return false;
        }
        String last = out.get(out.size() - 1);
        char c = last.charAt(0);
        if (last.equals(VALUE) || last.equals(")") || c == '"' || c == '`') {
            return true;
        }
        return (Character.isLetter(c) || c == '_') && !KEYWORDS.contains(last);
    }

    private static int skipSpace(String sql, int i) {
        while (i < sql.length() && Character.isWhitespace(sql.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int lineEnd(String sql, int i) {
        while (i < sql.length() && sql.charAt(i) != '\n') {
            i++;
        }
        return i;
    }

    /**
     * The end of a quoted run starting at {@code i}; a doubled quote is an escaped one; an unclosed run ends the text.
     */
    private static int quoted(String sql, int i, char quote) {
        int j = i + 1;
        while (j < sql.length()) {
            if (sql.charAt(j) == quote) {
                if (j + 1 < sql.length() && sql.charAt(j + 1) == quote) {
                    j += 2;
                    continue;
                }
                return j + 1;
            }
            if (quote == '\'' && sql.charAt(j) == '\\' && j + 1 < sql.length()) {
                j += 2; // a backslash escape (MySQL, PostgreSQL E'...')
                continue;
            }
            j++;
        }
        return j;
    }

    private static int number(String sql, int i) {
        int n = sql.length();
        if (i + 1 < n && sql.charAt(i) == '0' && (sql.charAt(i + 1) == 'x' || sql.charAt(i + 1) == 'X')) {
            int j = i + 2;
            while (j < n && Character.digit(sql.charAt(j), 16) >= 0) {
                j++;
            }
            return j;
        }
        int j = digits(sql, i);
        if (j < n && sql.charAt(j) == '.') {
            j = digits(sql, j + 1);
        }
        if (j < n && (sql.charAt(j) == 'e' || sql.charAt(j) == 'E')) {
            int k = j + 1;
            if (k < n && (sql.charAt(k) == '+' || sql.charAt(k) == '-')) {
                k++;
            }
            if (k < n && isDigit(sql.charAt(k))) {
                j = digits(sql, k);
            }
        }
        return j;
    }

    private static int digits(String sql, int i) {
        while (i < sql.length() && isDigit(sql.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int word(String sql, int i) {
        while (i < sql.length()
                && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_' || sql.charAt(i) == '$')) {
            i++;
        }
        return i;
    }

    /**
     * One operator or punctuation token: the {@code ...} of a collapsed list (so that normalizing twice changes
     * nothing), the two-character comparisons and concatenation, else one character.
     */
    private static int operator(String sql, int i) {
        if (sql.startsWith("...", i)) {
            return i + 3;
        }
        if (i + 1 < sql.length()) {
            String two = sql.substring(i, i + 2);
            if (two.equals("<=") || two.equals(">=") || two.equals("<>") || two.equals("!=") || two.equals("||")) {
                return i + 2;
            }
        }
        return i + 1;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@code in ( ? , ? , ? )} of values only becomes {@code in ( ... )}. */
    static List<String> collapseInLists(List<String> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            out.add(tokens.get(i));
            if (tokens.get(i).equals("in")
                    && i + 1 < tokens.size()
                    && tokens.get(i + 1).equals("(")) {
                int end = valueTupleEnd(tokens, i + 1);
                if (end > 0) {
                    out.add("(");
                    out.add("...");
                    out.add(")");
                    i = end;
                }
            }
        }
        return out;
    }

    /** {@code values ( ? , ? ) , ( ? , ? ) ...} of values only becomes {@code values ( ? , ? ) , ...}. */
    static List<String> collapseValueRows(List<String> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            out.add(tokens.get(i));
            if (!tokens.get(i).equals("values")) {
                continue;
            }
            int first = valueTupleEnd(tokens, i + 1);
            if (first < 0) {
                continue;
            }
            out.addAll(tokens.subList(i + 1, first + 1));
            int end = first;
            int rows = 1;
            while (end + 1 < tokens.size() && tokens.get(end + 1).equals(",")) {
                int next = valueTupleEnd(tokens, end + 2);
                if (next < 0 || next - (end + 2) != first - (i + 1)) {
                    break;
                }
                end = next;
                rows++;
            }
            if (rows > 1) {
                out.add(",");
                out.add("...");
            }
            i = end;
        }
        return out;
    }

    /**
     * The index of the {@code )} closing a tuple of values ({@code ( ? , ? )}) that opens at {@code open}, or -1 when
     * the tokens there are not such a tuple.
     */
    private static int valueTupleEnd(List<String> tokens, int open) {
        if (open >= tokens.size() || !tokens.get(open).equals("(")) {
            return -1;
        }
        int i = open + 1;
        while (i + 1 < tokens.size() && tokens.get(i).equals(VALUE)) {
            String next = tokens.get(i + 1);
            if (next.equals(")")) {
                return i + 1;
            }
            if (!next.equals(",")) {
                return -1;
            }
            i += 2;
        }
        return -1;
    }

    /**
     * Joins tokens with single spaces, except none inside parentheses' edges, before a comma, around a dot or a cast
     * ({@code ::}), and between a function's name and its parenthesis.
     */
    static String render(List<String> tokens) {
        StringBuilder sb = new StringBuilder();
        String previous = null;
        for (String t : tokens) {
            if (previous != null && spaceBetween(previous, t)) {
                sb.append(' ');
            }
            sb.append(t);
            previous = t;
        }
        if (sb.length() > MAX_CHARS) {
            sb.setLength(MAX_CHARS - 1);
            sb.append('…');
        }
        return sb.toString();
    }

    private static boolean spaceBetween(String previous, String next) {
        if (previous.equals("(") || previous.equals(".") || previous.equals("::")) {
            return false;
        }
        if (next.equals(")") || next.equals(",") || next.equals(".") || next.equals("::") || next.equals(";")) {
            return false;
        }
        if (next.equals("(")) {
            char c = previous.charAt(0);
            boolean name = (Character.isLetter(c) || c == '_' || c == '"' || c == '`') && !KEYWORDS.contains(previous);
            return !name;
        }
        return true;
    }
}
