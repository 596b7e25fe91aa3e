package dev.perfkit.junit.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfkit.Ticker;
import dev.perfkit.junit.json.Json;
import dev.perfkit.junit.measure.jvm.JvmActivity;
import dev.perfkit.junit.metric.Check;
import dev.perfkit.junit.metric.Metric;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Replicas started one at a time, on forks' rounds files written by the test and a scripted clock. */
class SequentialReplicasTest {

    private static final Metric P50 = Metric.latency(50);

    @TempDir
    Path dir;

    private long now;
    private final Ticker ticker = () -> now;
    private final List<Path> files = new ArrayList<>();

    /** Writes one fork's file: 20 rounds whose factor is {@code factor}, with a little noise on each side. */
    private ForkedRounds fork(double factor) throws IOException {
        List<Object> baseline = new ArrayList<>();
        List<Object> candidate = new ArrayList<>();
        List<Object> rounds = new ArrayList<>();
        JvmActivity quiet = new JvmActivity(0, 0, 0, 0, 0, 0, -1, -1);
        for (int i = 0; i < 20; i++) {
            double wobble = 1 + (i % 5 - 2) * 0.001;
            baseline.add(1000 * factor * wobble);
            candidate.add(1000.0 / wobble);
            Map<String, Object> round = new LinkedHashMap<>();
            round.put("flags", new ArrayList<>());
            round.put("baseline", quiet.toJson());
            round.put("candidate", quiet.toJson());
            rounds.add(round);
        }
        Map<String, Object> sides = new LinkedHashMap<>();
        sides.put("baseline", baseline);
        sides.put("candidate", candidate);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schema", ForkedRounds.SCHEMA);
        root.put("metrics", Map.of(P50.name(), sides));
        root.put("unmeasurable", Map.of());
        root.put("rounds", rounds);
        root.put("spentNanos", 1_000_000);
        root.put("warmup", Map.of());
        root.put("remeasured", List.of());
        root.put("describe", "");
        Path file = dir.resolve("fork-" + (files.size() + 1) + ".result");
        Files.writeString(file, Json.write(root), StandardCharsets.UTF_8);
        files.add(file);
        now += 30_000_000_000L;
        return ForkedRounds.read(files, List.of(P50));
    }

    private SequentialReplicas measure(double budget, Map<String, String> settings, double... factors)
            throws IOException {
        CompareSettings compare = CompareSettings.read(k -> Optional.ofNullable(settings.get(k)));
        int[] next = {0};
        return SequentialReplicas.measure(
                ticker, compare, List.of(P50), Map.of(P50, budget), () -> fork(factors[next[0]++ % factors.length]));
    }

    @Test
    void replicasThatAgreeStopAtTheSecond() throws IOException {
        SequentialReplicas r = measure(3.5, Map.of("perfkit.compare.replicaForks", "4"), 4.0);
        assertEquals(2, r.count());
        assertEquals(Check.PASS, r.verdict().rows().get(P50).check());
        assertEquals("2 fresh JVMs (stopped: every budget decided; 60 s)", r.describe());
    }

    @Test
    void replicasThatStayUndecidedRunToTheMost() throws IOException {
        SequentialReplicas r = measure(
                3.5,
                Map.of("perfkit.compare.replicaForks", "4", "perfkit.compare.replicaCap", "3600s"),
                3.3,
                3.7,
                3.4,
                3.6);
        assertEquals(4, r.count());
        assertEquals(Check.INCONCLUSIVE, r.verdict().rows().get(P50).check());
        assertTrue(
                r.describe().contains("stopped: the most replicas (perfkit.compare.replicaForks = 4)"), r.describe());
    }

    @Test
    void theTimeCapStopsReplicasOnceTwoHaveMeasured() throws IOException {
        SequentialReplicas r = measure(
                3.5, Map.of("perfkit.compare.replicaForks", "8", "perfkit.compare.replicaCap", "50s"), 3.3, 3.7);
        assertEquals(2, r.count());
        assertEquals("2 fresh JVMs (stopped: the time cap (perfkit.compare.replicaCap); 60 s)", r.describe());
    }

    @Test
    void eachLookSplitsTheErrorOfTheInterval() {
        assertEquals(0.99, Replication.lookConfidence(2), 1e-12);
        assertEquals(1 - 0.01 / 3, Replication.lookConfidence(4), 1e-12);
    }
}
