package dev.perfkit.core.internal.profile;

import dev.perfkit.profile.BlockingKind;
import dev.perfkit.profile.Frame;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import jdk.jfr.consumer.RecordedClass;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/** Reads a JFR file one event at a time and hands the events a profile uses to a consumer as {@link ProfileEvent}s. */
final class JfrReader {

    private JfrReader() {}

    static void read(Path file, Consumer<ProfileEvent> out) throws IOException {
        try (RecordingFile recording = new RecordingFile(file)) {
            while (recording.hasMoreEvents()) {
                ProfileEvent e = convert(recording.readEvent());
                if (e != null) {
                    out.accept(e);
                }
            }
        }
    }

    /** The profile event for a recorded one, or null for events a profile does not use. */
    static ProfileEvent convert(RecordedEvent e) {
        String type = e.getEventType().getName();
        if (type.equals(JfrSettings.EXECUTION_SAMPLE)) {
            return new ProfileEvent.Execution(threadId(e, "sampledThread"), stack(e.getStackTrace()));
        }
        if (type.equals(JfrSettings.ALLOCATION_SAMPLE)) {
            return new ProfileEvent.Allocation(
                    threadId(e, "eventThread"),
                    stack(e.getStackTrace()),
                    className(e.hasField("objectClass") ? e.getClass("objectClass") : null),
                    e.getLong("weight"),
                    epochNanos(e.getStartTime()));
        }
        if (type.equals(JfrSettings.GARBAGE_COLLECTION)) {
            return new ProfileEvent.GcPause(e.getDuration("sumOfPauses").toNanos());
        }
        BlockingKind kind = JfrSettings.BLOCKING.get(type);
        if (kind != null) {
            return new ProfileEvent.Blocking(
                    threadId(e, "eventThread"),
                    stack(e.getStackTrace()),
                    kind,
                    detail(e, kind),
                    e.getDuration().toNanos());
        }
        return null;
    }

    private static long epochNanos(Instant t) {
        return t.getEpochSecond() * 1_000_000_000L + t.getNano();
    }

    private static long threadId(RecordedEvent e, String field) {
        RecordedThread t = e.hasField(field) ? e.getThread(field) : null;
        return t == null ? -1 : t.getJavaThreadId();
    }

    private static List<Frame> stack(RecordedStackTrace trace) {
        if (trace == null) {
            return List.of();
        }
        List<RecordedFrame> frames = trace.getFrames();
        List<Frame> out = new ArrayList<>(frames.size());
        for (RecordedFrame f : frames) {
            RecordedMethod m = f.getMethod();
            if (m == null || m.isHidden() || m.getType() == null) {
                continue;
            }
            int line = f.getLineNumber();
            out.add(Frame.of(m.getType().getName(), m.getName(), line > 0 ? line : Frame.NO_LINE));
        }
        return out;
    }

    private static String detail(RecordedEvent e, BlockingKind kind) {
        switch (kind) {
            case MONITOR_ENTER, MONITOR_WAIT -> {
                return e.hasField("monitorClass") ? className(e.getClass("monitorClass")) : "";
            }
            case PARK -> {
                return e.hasField("parkedClass") && e.getClass("parkedClass") != null
                        ? className(e.getClass("parkedClass"))
                        : "";
            }
            case SOCKET_READ, SOCKET_WRITE -> {
                String host = e.hasField("host") ? e.getString("host") : null;
                if (host == null || host.isEmpty()) {
                    host = e.hasField("address") ? e.getString("address") : "";
                }
                return host + (e.hasField("port") ? ":" + e.getInt("port") : "");
            }
            case FILE_READ, FILE_WRITE -> {
                String path = e.hasField("path") ? e.getString("path") : null;
                return path == null ? "" : path;
            }
            default -> {
                return "";
            }
        }
    }

    /** A class name as Java source writes it: {@code byte[]}, {@code java.lang.String[][]}; "unknown" for none. */
    static String className(RecordedClass c) {
        return c == null ? "unknown" : sourceName(c.getName());
    }

    /**
     * {@code [B} to {@code byte[]}, {@code [Ljava.lang.String;} to {@code java.lang.String[]}; other names unchanged.
     */
    static String sourceName(String name) {
        int dims = 0;
        while (dims < name.length() && name.charAt(dims) == '[') {
            dims++;
        }
        if (dims == 0) {
            return name;
        }
        String element = name.substring(dims);
        String base = switch (element) {
            case "Z" -> "boolean";
            case "B" -> "byte";
            case "C" -> "char";
            case "S" -> "short";
            case "I" -> "int";
            case "J" -> "long";
            case "F" -> "float";
            case "D" -> "double";
            default ->
                element.startsWith("L") && element.endsWith(";") ? element.substring(1, element.length() - 1) : element;
        };
        return base + "[]".repeat(dims);
    }
}
