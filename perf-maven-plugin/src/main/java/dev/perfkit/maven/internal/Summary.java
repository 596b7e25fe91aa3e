package dev.perfkit.maven.internal;

import dev.perfkit.junit.json.JsonReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads the engine's {@code summary.json} for what the build needs: the tests found slower. */
public final class Summary {
    private Summary() {}

    /**
     * One line per test that fails the build, such as {@code Parser.parse p50 x1.31 [1.27, 1.36]}: its latency
     * percentile ({@code p50}, {@code p99.9}) is SLOWER with a factor beyond {@code 1 + maxSlowdown}. Allocation and
     * SQL statements are reported by the engine and never fail the build.
     *
     * @throws CompareException when the file is missing or not the engine's summary
     */
    public static List<String> slower(Path summary, double maxSlowdown) throws CompareException {
        List<String> slower = new ArrayList<>();
        try {
            Map<String, Object> root =
                    JsonReader.object(JsonReader.read(Files.readString(summary, StandardCharsets.UTF_8)));
            for (Object item : JsonReader.array(root.get("tests"))) {
                Map<String, Object> test = JsonReader.object(item);
                if ("SLOWER".equals(test.get("verdict"))
                        && String.valueOf(test.get("metric")).matches("p[0-9.]+")
                        && test.get("factor") instanceof Double factor
                        && factor > 1 + maxSlowdown) {
                    slower.add(String.format(
                            Locale.ROOT,
                            "%s %s x%s [%s, %s]",
                            test.get("test"),
                            test.get("metric"),
                            number(test.get("factor")),
                            number(test.get("low")),
                            number(test.get("high"))));
                }
            }
        } catch (IOException | IllegalArgumentException | ClassCastException e) {
            throw new CompareException("cannot read the comparison's summary " + summary + ": " + e.getMessage(), e);
        }
        return slower;
    }

    private static String number(Object value) {
        return value instanceof Double d ? String.format(Locale.ROOT, "%.3f", d) : String.valueOf(value);
    }
}
