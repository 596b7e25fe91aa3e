package dev.perfkit.junit.commits.run;

import dev.perfkit.junit.json.Json;
import dev.perfkit.junit.json.JsonReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the engine is asked to do, read from the request file (the format is in this package's
 * {@code package-info.java}): the two sides, where the results go, the threshold, the percentile, the tests to
 * restrict to and the {@code perfkit.*} settings. Immutable.
 *
 * @param base the base commit's side
 * @param head the head's side
 * @param outputDir where {@code summary.json} and the pages go
 * @param maxSlowdown the slowdown a test may have without failing the run, as a fraction: 0.05 for 5 %
 * @param percentile the latency percentile compared, above 0 and at most 100
 * @param tests the tests to measure, as {@code Class.method}; empty for all
 * @param settings the {@code perfkit.*} configuration, by key
 * @param replicaOutput set only in a replica (a fresh JVM measuring one test for its parent): where it writes its
 *     rounds; null otherwise
 */
public record CommitsRequest(
        Side base,
        Side head,
        Path outputDir,
        double maxSlowdown,
        double percentile,
        List<String> tests,
        Map<String, String> settings,
        Path replicaOutput) {

    private static final Set<String> FIELDS =
            Set.of("base", "head", "outputDir", "maxSlowdown", "percentile", "tests", "settings", "replicaOutput");
    private static final Set<String> SIDE_FIELDS = Set.of("label", "classPath", "testClassDirs");

    /** Copies the collections. */
    public CommitsRequest {
        tests = List.copyOf(tests);
        settings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    }

    /** A configuration parameter: the request's settings, then the system properties. */
    public Optional<String> parameter(String key) {
        return Optional.ofNullable(settings.get(key)).or(() -> Optional.ofNullable(System.getProperty(key)));
    }

    /** This request for one test in a replica that writes its rounds to {@code output}. */
    public CommitsRequest replica(String test, Path output) {
        return new CommitsRequest(base, head, outputDir, maxSlowdown, percentile, List.of(test), settings, output);
    }

    /** Reads and checks a request file. */
    public static CommitsRequest read(Path file) throws BadRequestException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw new BadRequestException(
                    "request file " + file + " cannot be read (" + e + "); expected a readable JSON file", e);
        }
        Object root;
        try {
            root = JsonReader.read(text);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("request file " + file + " is not JSON: " + e.getMessage(), e);
        }
        Fields f = new Fields(file);
        Map<String, Object> r = f.object(root, "the file", "a JSON object with the fields " + FIELDS);
        f.known(r, FIELDS, "");
        Side base = f.side(r.get("base"), "base");
        Side head = f.side(r.get("head"), "head");
        Path outputDir = f.absolutePath(r.get("outputDir"), "outputDir");
        double maxSlowdown = f.number(r.get("maxSlowdown"), "maxSlowdown", 0.05, "a number from 0 to 10, e.g. 0.05");
        if (!(maxSlowdown >= 0 && maxSlowdown <= 10)) {
            throw f.bad("maxSlowdown", maxSlowdown, "a number from 0 to 10, e.g. 0.05 for 5 %");
        }
        double percentile = f.number(r.get("percentile"), "percentile", 50, "a number above 0 and at most 100");
        if (!(percentile > 0 && percentile <= 100)) {
            throw f.bad("percentile", percentile, "a number above 0 and at most 100, e.g. 50 or 99.9");
        }
        List<String> tests = r.get("tests") == null ? List.of() : f.strings(r.get("tests"), "tests", "Class.method");
        Map<String, String> settings = new LinkedHashMap<>();
        if (r.get("settings") != null) {
            Map<String, Object> s =
                    f.object(r.get("settings"), "settings", "an object of configuration keys to strings");
            for (Map.Entry<String, Object> e : s.entrySet()) {
                if (!(e.getValue() instanceof String v)) {
                    throw f.bad(
                            "settings." + e.getKey(),
                            e.getValue(),
                            "a string value, as configuration parameters are, e.g. \"perfkit.compare.cap\": \"3s\"");
                }
                settings.put(e.getKey(), v);
            }
        }
        Path replica = r.get("replicaOutput") == null ? null : f.absolutePath(r.get("replicaOutput"), "replicaOutput");
        return new CommitsRequest(base, head, outputDir, maxSlowdown, percentile, tests, settings, replica);
    }

    /** The request as the file holds it, for a replica's request file. */
    public String toJson() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("base", sideJson(base));
        root.put("head", sideJson(head));
        root.put("outputDir", outputDir.toString());
        root.put("maxSlowdown", maxSlowdown);
        root.put("percentile", percentile);
        root.put("tests", new ArrayList<Object>(tests));
        root.put("settings", new LinkedHashMap<String, Object>(settings));
        if (replicaOutput != null) {
            root.put("replicaOutput", replicaOutput.toString());
        }
        return Json.write(root);
    }

    private static Map<String, Object> sideJson(Side side) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("label", side.label());
        out.put(
                "classPath",
                new ArrayList<Object>(
                        side.classPath().stream().map(Path::toString).toList()));
        out.put(
                "testClassDirs",
                new ArrayList<Object>(
                        side.testClassDirs().stream().map(Path::toString).toList()));
        return out;
    }

    /** Reads fields of one file, failing with messages that name the file and the field. */
    private static final class Fields {
        private final Path file;

        Fields(Path file) {
            this.file = file;
        }

        BadRequestException bad(String field, Object value, String forms) {
            String shown = value == null ? "missing" : "is " + (value instanceof String ? "\"" + value + "\"" : value);
            return new BadRequestException(
                    "request file " + file + ": field " + field + " " + shown + "; expected " + forms);
        }

        Map<String, Object> object(Object value, String field, String forms) throws BadRequestException {
            if (!(value instanceof Map)) {
                throw bad(field, value, forms);
            }
            return JsonReader.object(value);
        }

        void known(Map<String, Object> map, Set<String> fields, String prefix) throws BadRequestException {
            for (String key : map.keySet()) {
                if (!fields.contains(key)) {
                    throw new BadRequestException("request file " + file + ": unknown field " + prefix + key
                            + "; expected only " + new java.util.TreeSet<>(fields));
                }
            }
        }

        Side side(Object value, String field) throws BadRequestException {
            Map<String, Object> s = object(value, field, "an object with label, classPath and testClassDirs");
            known(s, SIDE_FIELDS, field + ".");
            if (!(s.get("label") instanceof String label) || label.isBlank()) {
                throw bad(field + ".label", s.get("label"), "a non-blank string, e.g. \"main (abc1234)\"");
            }
            List<Path> classPath = paths(s.get("classPath"), field + ".classPath");
            List<Path> dirs = paths(s.get("testClassDirs"), field + ".testClassDirs");
            for (int i = 0; i < dirs.size(); i++) {
                if (!Files.isDirectory(dirs.get(i))) {
                    throw bad(field + ".testClassDirs[" + i + "]", dirs.get(i).toString(), "an existing folder");
                }
            }
            return new Side(label, classPath, dirs);
        }

        List<Path> paths(Object value, String field) throws BadRequestException {
            List<String> texts = strings(value, field, "an absolute path of a jar or a folder");
            if (texts.isEmpty()) {
                throw bad(field, "[]", "a non-empty array of absolute paths");
            }
            List<Path> out = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                out.add(absolutePath(texts.get(i), field + "[" + i + "]"));
            }
            return out;
        }

        List<String> strings(Object value, String field, String what) throws BadRequestException {
            if (!(value instanceof List)) {
                throw bad(field, value, "an array of strings, each " + what);
            }
            List<String> out = new ArrayList<>();
            List<Object> items = JsonReader.array(value);
            for (int i = 0; i < items.size(); i++) {
                if (!(items.get(i) instanceof String s) || s.isBlank()) {
                    throw bad(field + "[" + i + "]", items.get(i), "a non-blank string, " + what);
                }
                out.add(s);
            }
            return out;
        }

        Path absolutePath(Object value, String field) throws BadRequestException {
            if (!(value instanceof String s) || s.isBlank()) {
                throw bad(field, value, "an absolute path as a string");
            }
            Path p;
            try {
                p = Path.of(s);
            } catch (RuntimeException e) {
                throw bad(field, value, "an absolute path as a string");
            }
            if (!p.isAbsolute()) {
                throw bad(field, value, "an absolute path as a string");
            }
            return p;
        }

        double number(Object value, String field, double fallback, String forms) throws BadRequestException {
            if (value == null) {
                return fallback;
            }
            if (!(value instanceof Double d)) {
                throw bad(field, value, forms);
            }
            return d;
        }
    }
}
