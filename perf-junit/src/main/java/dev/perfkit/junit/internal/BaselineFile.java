package dev.perfkit.junit.internal;

import dev.perfkit.junit.internal.json.JsonReader;
import dev.perfkit.junit.internal.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * A kept baseline, schema {@value #SCHEMA}: the figures of every recorded test and the environment they came from, in
 * a file meant to be committed. Reading is strict (unknown, missing or mistyped members are errors that name the file
 * and the place); writing replaces the file atomically and lists tests in name order, so diffs stay small. Immutable.
 *
 * @param recorded when the file was written, ISO-8601
 * @param environment where the figures were measured
 * @param tests the figures by test ({@code com.example.OrderTests.parse}, {@code ...parse[2]} for a template's second
 *     invocation)
 */
public record BaselineFile(String recorded, Environment environment, Map<String, KeptFigures> tests) {

  /** The schema name and version written into every file. */
  public static final String SCHEMA = "perfkit-baseline/1";

  /** Copies the tests, sorted by name. */
  public BaselineFile {
    tests = java.util.Collections.unmodifiableMap(new TreeMap<>(tests));
  }

  /**
   * Reads and validates a baseline file.
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
      members(root, "the file", "schema", "recorded", "environment", "tests");
      if (!SCHEMA.equals(root.get("schema"))) {
        throw new IllegalArgumentException("schema: expected \"" + SCHEMA + "\", found " + root.get("schema"));
      }
      String recorded = string(root.get("recorded"), "recorded");
      Map<String, Object> env = object(root.get("environment"), "environment");
      members(env, "environment", Environment.current().values().keySet().toArray(String[]::new));
      Map<String, KeptFigures> tests = new LinkedHashMap<>();
      for (Map.Entry<String, Object> e : object(root.get("tests"), "tests").entrySet()) {
        String where = "tests.\"" + e.getKey() + "\"";
        Map<String, Object> figures = object(e.getValue(), where);
        members(figures, where, KeptFigures.FIELDS);
        double[] v = new double[KeptFigures.FIELDS.length];
        for (int i = 0; i < v.length; i++) {
          v[i] = figure(figures.get(KeptFigures.FIELDS[i]), where + "." + KeptFigures.FIELDS[i],
              KeptFigures.FIELDS[i].equals("allocatedBytesPerOp"));
        }
        tests.put(e.getKey(), new KeptFigures(v[0], v[1], v[2]));
      }
      return new BaselineFile(recorded, Environment.of(env), tests);
    } catch (IllegalArgumentException e) {
      throw invalid(file, e.getMessage());
    }
  }

  /** Writes the file through a temporary file beside it, so that a reader never sees half of it. */
  public void write(Path file) throws IOException {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("schema", SCHEMA);
    root.put("recorded", recorded);
    root.put("environment", environment.values());
    Map<String, Object> figures = new LinkedHashMap<>();
    tests.forEach((name, f) -> figures.put(name, f.toMap()));
    root.put("tests", figures);
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path temp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
    Files.writeString(temp, Json.write(root), StandardCharsets.UTF_8);
    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
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
        throw new IllegalArgumentException(where + ": unknown member \"" + key + "\"; expected "
            + Arrays.toString(expected));
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
      throw new IllegalArgumentException(where + ": expected a number " + (zeroAllowed ? "0 or more" : "greater than 0")
          + ", or null, found " + describe(value));
    }
    return d;
  }

  private static String describe(Object value) {
    return value instanceof String s ? "\"" + s + "\"" : value instanceof List<?> ? "an array"
        : value instanceof Map<?, ?> ? "an object" : String.valueOf(value);
  }
}
