package dev.perfkit.junit.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * A small JSON writer for the result files: maps (in their iteration order), lists, strings, numbers, booleans and
 * null. Non-finite numbers are written as {@code null}. Stateless.
 */
public final class Json {

    /** How much text {@link #write(Object, Writer)} gathers before it hands it on. */
    private static final int CHUNK = 8192;

    private Json() {}

    /** Whole numbers as a JSON array value, in order. */
    public static List<Object> array(long[] values) {
        List<Object> out = new java.util.ArrayList<>(values.length);
        for (long v : values) {
            out.add(v);
        }
        return out;
    }

    /** Writes {@code value} as indented JSON. */
    public static String write(Object value) {
        StringBuilder sb = new StringBuilder();
        write(sb, value, "", () -> {});
        return sb.append('\n').toString();
    }

    /**
     * Writes {@code value} as indented JSON to {@code out}, the same text as {@link #write(Object)}, a few kilobytes at
     * a time: a large file's text is never held whole.
     */
    public static void write(Object value, Writer out) throws IOException {
        StringBuilder sb = new StringBuilder();
        try {
            write(sb, value, "", () -> {
                if (sb.length() >= CHUNK) {
                    drain(sb, out);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        drain(sb.append('\n'), out);
    }

    private static void drain(StringBuilder sb, Writer out) {
        try {
            out.append(sb);
            sb.setLength(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code value} into {@code sb}, calling {@code drain} between items, when {@code sb} may be handed on. */
    private static void write(StringBuilder sb, Object value, String indent, Runnable drain) {
        if (value == null) {
            sb.append("null");
        } else if (value instanceof String s) {
            string(sb, s);
        } else if (value instanceof Double d) {
            sb.append(
                    Double.isFinite(d)
                            ? (d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue()) : d.toString())
                            : "null");
        } else if (value instanceof Number || value instanceof Boolean) {
            sb.append(value);
        } else if (value instanceof Map<?, ?> map) {
            block(sb, '{', '}', map.entrySet(), indent, drain, (e, inner) -> {
                string(sb, String.valueOf(e.getKey()));
                sb.append(": ");
                write(sb, e.getValue(), inner, drain);
            });
        } else if (value instanceof List<?> list) {
            block(sb, '[', ']', list, indent, drain, (o, inner) -> write(sb, o, inner, drain));
        } else {
            throw new IllegalArgumentException(
                    "cannot write " + value.getClass().getName() + " as JSON");
        }
    }

    private static <T> void block(
            StringBuilder sb,
            char open,
            char close,
            Collection<T> items,
            String indent,
            Runnable drain,
            BiConsumer<T, String> item) {
        String inner = indent + "  ";
        sb.append(open);
        String sep = "\n";
        for (T t : items) {
            sb.append(sep).append(inner);
            item.accept(t, inner);
            drain.run();
            sep = ",\n";
        }
        sb.append(items.isEmpty() ? "" : "\n" + indent).append(close);
    }

    private static void string(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
