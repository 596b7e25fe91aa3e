package dev.perfkit.junit.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict JSON reader for files people may edit by hand: objects (as ordered maps, duplicate keys rejected), arrays,
 * strings, numbers (as {@link Double}), booleans and null, nothing else, and nothing after the value. Errors say
 * where: {@code line 7, column 12: expected ',' or '}' after a member, found '"'}. Not thread-safe: one per text.
 */
public final class JsonReader {

    private final String text;
    private int pos;
    private int depth;

    /** The deepest nesting read: perfkit's files nest a few levels; deeper input is rejected, not recursed into. */
    public static final int MAX_DEPTH = 64;

    private JsonReader(String text) {
        this.text = text;
    }

    /**
     * Reads one JSON value.
     *
     * @throws IllegalArgumentException naming the line, the column and the problem
     */
    public static Object read(String text) {
        JsonReader r = new JsonReader(text);
        Object value = r.value();
        r.space();
        if (r.pos < text.length()) {
            throw r.error("expected the end of the file after the value, found " + r.found());
        }
        return value;
    }
    /** A parsed JSON object as a map; an empty map for null. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> object(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    /** A parsed JSON array as a list; an empty list for null. */
    @SuppressWarnings("unchecked")
    public static List<Object> array(Object value) {
        return value == null ? List.of() : (List<Object>) value;
    }

    private Object value() {
        space();
        if (pos >= text.length()) {
            throw error("expected a value, found the end of the file");
        }
        char c = text.charAt(pos);
        if ((c == '{' || c == '[') && ++depth > MAX_DEPTH) {
            throw error("nested deeper than " + MAX_DEPTH + " levels");
        }
        Object value = switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't' -> word("true", true);
            case 'f' -> word("false", false);
            case 'n' -> word("null", null);
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    yield number();
                }
                throw error("expected a value, found " + found());
            }
        };
        if (c == '{' || c == '[') {
            depth--;
        }
        return value;
    }

    private Map<String, Object> object() {
        Map<String, Object> map = new LinkedHashMap<>();
        pos++;
        space();
        if (peek('}')) {
            pos++;
            return map;
        }
        while (true) {
            space();
            if (!peek('"')) {
                throw error("expected a member name in double quotes, found " + found());
            }
            int at = pos;
            String key = string();
            if (map.containsKey(key)) {
                pos = at;
                throw error("duplicate member \"" + key + "\"");
            }
            space();
            expect(':', "after a member name");
            map.put(key, value());
            space();
            if (peek(',')) {
                pos++;
            } else if (peek('}')) {
                pos++;
                return map;
            } else {
                throw error("expected ',' or '}' after a member, found " + found());
            }
        }
    }

    private List<Object> array() {
        List<Object> list = new ArrayList<>();
        pos++;
        space();
        if (peek(']')) {
            pos++;
            return list;
        }
        while (true) {
            list.add(value());
            space();
            if (peek(',')) {
                pos++;
            } else if (peek(']')) {
                pos++;
                return list;
            } else {
                throw error("expected ',' or ']' after an element, found " + found());
            }
        }
    }

    private String string() {
        StringBuilder sb = new StringBuilder();
        pos++;
        while (true) {
            if (pos >= text.length()) {
                throw error("unterminated string");
            }
            char c = text.charAt(pos++);
            if (c == '"') {
                return sb.toString();
            }
            if (c < 0x20) {
                pos--;
                throw error("control character in a string; write it as an escape such as \\n");
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char e = pos < text.length() ? text.charAt(pos++) : ' ';
            switch (e) {
                case '"', '\\', '/' -> sb.append(e);
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'u' -> {
                    if (pos + 4 > text.length() || !text.substring(pos, pos + 4).matches("[0-9a-fA-F]{4}")) {
                        throw error("expected four hex digits after \\u");
                    }
                    sb.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                    pos += 4;
                }
                default -> {
                    pos--;
                    throw error("invalid escape \\" + e);
                }
            }
        }
    }

    private Double number() {
        int start = pos;
        while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        String n = text.substring(start, pos);
        if (!n.matches("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d+)?")) {
            pos = start;
            throw error("invalid number '" + n + "'");
        }
        double v = Double.parseDouble(n);
        if (Double.isInfinite(v)) {
            pos = start;
            throw error("number '" + n + "' is out of range");
        }
        return v;
    }

    private Object word(String word, Object value) {
        if (!text.startsWith(word, pos)) {
            throw error("expected a value, found " + found());
        }
        pos += word.length();
        return value;
    }

    private void expect(char c, String where) {
        if (!peek(c)) {
            throw error("expected '" + c + "' " + where + ", found " + found());
        }
        pos++;
    }

    private boolean peek(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    private void space() {
        while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
    }

    private String found() {
        return pos >= text.length() ? "the end of the file" : "'" + text.charAt(pos) + "'";
    }

    private IllegalArgumentException error(String problem) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < Math.min(pos, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new IllegalArgumentException("line " + line + ", column " + column + ": " + problem);
    }
}
