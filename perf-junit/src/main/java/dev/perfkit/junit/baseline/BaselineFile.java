package dev.perfkit.junit.baseline;

import dev.perfkit.junit.json.Json;
import dev.perfkit.junit.json.JsonReader;
import dev.perfkit.junit.measure.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * A kept baseline, schema {@value #SCHEMA}: the figures of every recorded test and the environment they came from, in
 * a file meant to be committed, and the history of the recordings (a bounded number of the latest, oldest first).
 * Reading is strict (unknown, missing or mistyped members are errors that name the file and the place) and accepts
 * the older schema {@value #SCHEMA_1}, whose figures become the one recording of its history; writing replaces the
 * file atomically, always in the current schema, and lists tests in name order, so diffs stay small. Immutable.
 *
 * @param recorded when the file was written, ISO-8601
 * @param environment where the figures were measured
 * @param tests the figures by test ({@code com.example.OrderTests.parse}, {@code ...parse[2]} for a template's second
 *     invocation)
 * @param history the recordings that made the file, oldest first
 */
public record BaselineFile(
        String recorded, Environment environment, Map<String, KeptFigures> tests, List<BaselineRun> history) {

    /** The schema name and version written into every file. */
    public static final String SCHEMA = "perfkit-baseline/2";
    /** The first schema, without history; still read. */
    public static final String SCHEMA_1 = "perfkit-baseline/1";

    private static final String[] RUN_MEMBERS = {"recorded", "commit", "environment", "tests"};

    /** Copies the tests, sorted by name, and the history. */
    public BaselineFile {
        tests = java.util.Collections.unmodifiableMap(new TreeMap<>(tests));
        history = List.copyOf(history);
    }

    /**
     * This file after one more recording: {@code run}'s figures replace those of its tests, the other tests keep
     * theirs, and {@code run} joins the history, of which the latest {@code historyLength} recordings are kept.
     */
    public BaselineFile plus(BaselineRun run, int historyLength) {
        Map<String, KeptFigures> merged = new LinkedHashMap<>(tests);
        merged.putAll(run.tests());
        List<BaselineRun> runs = new ArrayList<>(history);
        runs.add(run);
        return new BaselineFile(
                run.recorded(),
                run.environment(),
                merged,
                runs.subList(Math.max(0, runs.size() - historyLength), runs.size()));
    }

    /** The recordings of one test, oldest first: when, which commit, and its figures then. */
    public List<Map.Entry<BaselineRun, KeptFigures>> history(String test) {
        List<Map.Entry<BaselineRun, KeptFigures>> out = new ArrayList<>();
        for (BaselineRun run : history) {
            KeptFigures f = run.tests().get(test);
            if (f != null) {
                out.add(Map.entry(run, f));
            }
        }
        return out;
    }

    /**
     * Reads and validates a baseline file of either schema.
     *
     * @throws ExtensionConfigurationException naming the file, the place and the problem
     */
    public static BaselineFile read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw invalid(file, "cannot be read: " + e);
        }
        try {
            Map<String, Object> root = object(JsonReader.read(text), "the file");
            Object schema = root.get("schema");
            if (SCHEMA_1.equals(schema)) {
                members(root, "the file", "schema", "recorded", "environment", "tests");
            } else if (SCHEMA.equals(schema)) {
                members(root, "the file", "schema", "recorded", "environment", "history", "tests");
            } else {
                throw new IllegalArgumentException(
                        "schema: expected \"" + SCHEMA + "\" (or the older \"" + SCHEMA_1 + "\"), found " + schema);
            }
            String recorded = string(root.get("recorded"), "recorded");
            Environment environment = environment(root.get("environment"), "environment");
            Map<String, KeptFigures> tests = tests(root.get("tests"), "tests");
            List<BaselineRun> history = new ArrayList<>();
            if (SCHEMA_1.equals(schema)) {
                history.add(new BaselineRun(recorded, "", environment, tests));
            } else {
                List<?> runs = array(root.get("history"), "history");
                for (int i = 0; i < runs.size(); i++) {
                    String where = "history[" + i + "]";
                    Map<String, Object> run = object(runs.get(i), where);
                    members(run, where, RUN_MEMBERS);
                    Object commit = run.get("commit");
                    history.add(new BaselineRun(
                            string(run.get("recorded"), where + ".recorded"),
                            commit == null ? "" : string(commit, where + ".commit"),
                            environment(run.get("environment"), where + ".environment"),
                            tests(run.get("tests"), where + ".tests")));
                }
            }
            return new BaselineFile(recorded, environment, tests, history);
        } catch (IllegalArgumentException e) {
            throw invalid(file, e.getMessage());
        }
    }

    private static Environment environment(Object value, String where) {
        Map<String, Object> env = object(value, where);
        members(env, where, Environment.current().values().keySet().toArray(String[]::new));
        return Environment.of(env);
    }

    private static Map<String, KeptFigures> tests(Object value, String where) {
        Map<String, KeptFigures> tests = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : object(value, where).entrySet()) {
            String at = where + ".\"" + e.getKey() + "\"";
            Map<String, Object> figures = object(e.getValue(), at);
            members(figures, at, KeptFigures.FIELDS);
            double[] v = new double[KeptFigures.FIELDS.length];
            for (int i = 0; i < v.length; i++) {
                v[i] = figure(
                        figures.get(KeptFigures.FIELDS[i]),
                        at + "." + KeptFigures.FIELDS[i],
                        KeptFigures.FIELDS[i].equals("allocatedBytesPerOp"));
            }
            tests.put(e.getKey(), new KeptFigures(v[0], v[1], v[2]));
        }
        return tests;
    }

    /**
     * Writes the file whole or not at all, through a temporary file beside it ({@link AtomicFiles}): a reader never
     * sees half of it, a failed write leaves the old file as it was, and a rewrite keeps the file's permissions. The
     * text is written as it is made, never held whole.
     *
     * @throws IOException naming the file, {@value BaselineSettings#FILE} and the reason
     */
    public void write(Path file) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schema", SCHEMA);
        root.put("recorded", recorded);
        root.put("environment", environment.values());
        List<Object> runs = new ArrayList<>();
        for (BaselineRun run : history) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("recorded", run.recorded());
            r.put("commit", run.commit().isEmpty() ? null : run.commit());
            r.put("environment", run.environment().values());
            r.put("tests", figures(run.tests()));
            runs.add(r);
        }
        root.put("history", runs);
        root.put("tests", figures(tests));
        AtomicFiles.write(file, BaselineSettings.FILE, out -> Json.write(root, out));
    }

    private static Map<String, Object> figures(Map<String, KeptFigures> tests) {
        Map<String, Object> figures = new LinkedHashMap<>();
        tests.forEach((name, f) -> figures.put(name, f.toMap()));
        return figures;
    }

    private static List<?> array(Object value, String where) {
        if (!(value instanceof List<?> list)) {
            throw new IllegalArgumentException(where + ": expected an array, found " + describe(value));
        }
        return list;
    }

    private static ExtensionConfigurationException invalid(Path file, String problem) {
        return new ExtensionConfigurationException("Baseline file " + file + " is invalid: " + problem + ". Fix it, or "
                + "delete it and record a new one with " + BaselineSettings.RECORD + " = true; it is never overwritten "
                + "unasked.");
    }

    @SuppressWarnings("unchecked") // JsonReader makes objects only as Map<String, Object>
    private static Map<String, Object> object(Object value, String where) {
        if (!(value instanceof Map<?, ?>)) {
            throw new IllegalArgumentException(where + ": expected an object, found " + describe(value));
        }
        return (Map<String, Object>) value;
    }

    private static void members(Map<String, Object> map, String where, String... expected) {
        Set<String> allowed = Set.of(expected);
        for (String key : map.keySet()) {
            if (!allowed.contains(key)) {
                throw new IllegalArgumentException(
                        where + ": unknown member \"" + key + "\"; expected " + Arrays.toString(expected));
            }
        }
        for (String key : expected) {
            if (!map.containsKey(key)) {
                throw new IllegalArgumentException(where + ": missing member \"" + key + "\"");
            }
        }
    }

    private static String string(Object value, String where) {
        if (!(value instanceof String s)) {
            throw new IllegalArgumentException(where + ": expected a string, found " + describe(value));
        }
        return s;
    }

    /**
     * A kept figure: a latency or a throughput greater than 0 (a ratio against 0 means nothing, so such a figure could
     * never show a regression), bytes per call 0 or more, or null for not measured.
     */
    private static double figure(Object value, String where, boolean zeroAllowed) {
        if (value == null) {
            return Double.NaN;
        }
        if (!(value instanceof Double d) || d < 0 || (d == 0 && !zeroAllowed)) {
            throw new IllegalArgumentException(where + ": expected a number "
                    + (zeroAllowed ? "0 or more" : "greater than 0") + ", or null, found " + describe(value));
        }
        return d;
    }

    private static String describe(Object value) {
        return value instanceof String s
                ? "\"" + s + "\""
                : value instanceof List<?>
                        ? "an array"
                        : value instanceof Map<?, ?> ? "an object" : String.valueOf(value);
    }
}
