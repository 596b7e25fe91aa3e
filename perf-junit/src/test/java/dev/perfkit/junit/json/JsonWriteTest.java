package dev.perfkit.junit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** JSON written to a {@link java.io.Writer} a chunk at a time is the same text as JSON written whole. */
class JsonWriteTest {

    @Test
    void aWriterGetsTheSameTextAFewKilobytesAtATime() throws IOException {
        Map<String, Object> tests = new LinkedHashMap<>();
        for (int i = 0; i < 2_000; i++) {
            tests.put(
                    "com.example.Test" + i + ".run \"quoted\"",
                    Map.of("p50Nanos", (double) i, "list", List.of(1L, 2L)));
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schema", "x");
        root.put("tests", tests);
        String whole = Json.write(root);
        assertTrue(whole.length() > 100_000, "several chunks");
        int[] writes = {0};
        StringWriter out = new StringWriter() {
            @Override
            public StringWriter append(CharSequence s) {
                writes[0]++;
                return super.append(s);
            }
        };
        Json.write(root, out);
        assertEquals(whole, out.toString());
        assertTrue(writes[0] > 10, "handed on in chunks, not whole: " + writes[0]);
    }
}
