package dev.perfkit.junit.perftest;

import dev.perfkit.TimerSnapshot;
import dev.perfkit.junit.json.Json;
import dev.perfkit.junit.json.JsonReader;
import dev.perfkit.junit.measure.WarmupOutcome;
import dev.perfkit.junit.measure.jvm.CpuUse;
import dev.perfkit.junit.measure.jvm.JvmActivity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A performance test measured in forks: each fork (a fresh JVM) warms up and measures as planned and writes its
 * figures to a file; the parent merges them into one {@link Measurement}: histograms added bucket by bucket, calls,
 * time, bytes and events summed, window medians concatenated in fork order (so forks that disagree show as a trend),
 * and each fork's median kept for the report. Stateless.
 */
public final class ForkedMeasurement {

    /** The schema of a fork's measurement file. */
    static final String SCHEMA = "perfkit-junit-fork-measurement/1";

    private ForkedMeasurement() {}

    /** Writes what a fork measured to {@code file}, for the parent to read. */
    public static void write(Path file, Measurement m) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schema", SCHEMA);
        TimerSnapshot s = m.latency();
        List<Object> values = new ArrayList<>();
        List<Object> counts = new ArrayList<>();
        for (int i = 0; i < s.bucketCount(); i++) {
            values.add(s.bucketValue(i));
            counts.add(s.bucketCountAt(i));
        }
        root.put("bucketValues", values);
        root.put("bucketCounts", counts);
        root.put("totalNanos", s.totalNanos());
        root.put("minNanos", s.minNanos());
        root.put("maxNanos", s.maxNanos());
        root.put("overflow", s.overflowCount());
        root.put("precisionBits", s.precisionBits());
        root.put("operations", m.operations());
        root.put("netTotalNanos", m.netTotalNanos());
        root.put("wallNanos", m.wallNanos());
        root.put("batch", m.batch());
        root.put("overheadNanos", m.overheadNanos());
        root.put("resolutionNanos", m.resolutionNanos());
        root.put("warmup", m.warmup().toJson());
        root.put("allocatedBytes", m.allocatedBytes());
        root.put("allocationUnsupported", m.allocationUnsupported());
        root.put("events", new LinkedHashMap<String, Object>(m.events()));
        root.put("jvm", m.jvm() == null ? null : m.jvm().toJson());
        List<Object> medians = new ArrayList<>();
        for (long v : m.windowMedians()) {
            medians.add(v);
        }
        root.put("windowMedians", medians);
        CpuUse cpu = m.cpu();
        root.put(
                "cpu",
                Map.<String, Object>of(
                        "cpuNanos",
                        cpu.cpuNanos(),
                        "spanNanos",
                        cpu.spanNanos(),
                        "readyNanos",
                        cpu.readyNanos(),
                        "unsupported",
                        cpu.unsupported()));
        Files.writeString(file, Json.write(root), StandardCharsets.UTF_8);
    }

    /** Reads every fork's figures, in fork order, and merges them into one measurement of {@code plan}. */
    public static Measurement read(List<Path> files, PerfTestPlan plan) throws IOException {
        TreeMap<Long, Long> buckets = new TreeMap<>();
        long total = 0;
        long min = Long.MAX_VALUE;
        long max = 0;
        long overflow = 0;
        int bits = 0;
        long ops = 0;
        long net = 0;
        long wall = 0;
        int batch = 1;
        long overhead = 0;
        long resolution = 0;
        long allocated = 0;
        String unsupported = "";
        Map<String, Long> events = new LinkedHashMap<>();
        long[] jvm = new long[8];
        List<Long> medians = new ArrayList<>();
        List<Long> forkMedians = new ArrayList<>();
        WarmupOutcome warmup = null;
        CpuUse cpu = null;
        for (Path f : files) {
            Map<String, Object> r = map(JsonReader.read(Files.readString(f, StandardCharsets.UTF_8)));
            if (!SCHEMA.equals(r.get("schema"))) {
                throw new IOException(f + " is not a fork's measurement file (schema " + SCHEMA + ")");
            }
            List<Object> values = list(r.get("bucketValues"));
            List<Object> counts = list(r.get("bucketCounts"));
            long forkCount = 0;
            for (int i = 0; i < values.size(); i++) {
                buckets.merge(number(values.get(i)), number(counts.get(i)), Long::sum);
                forkCount += number(counts.get(i));
            }
            TimerSnapshot fork = TimerSnapshot.of(
                    "fork",
                    number(r.get("totalNanos")),
                    number(r.get("minNanos")),
                    number(r.get("maxNanos")),
                    0,
                    0,
                    0,
                    0,
                    (int) number(r.get("precisionBits")),
                    values.stream().mapToLong(ForkedMeasurement::number).toArray(),
                    counts.stream().mapToLong(ForkedMeasurement::number).toArray());
            forkMedians.add(forkCount == 0 ? 0 : fork.valueAtPercentile(50));
            total += number(r.get("totalNanos"));
            if (forkCount > 0) {
                min = Math.min(min, number(r.get("minNanos")));
                max = Math.max(max, number(r.get("maxNanos")));
            }
            overflow += number(r.get("overflow"));
            bits = (int) number(r.get("precisionBits"));
            ops += number(r.get("operations"));
            net += number(r.get("netTotalNanos"));
            wall += number(r.get("wallNanos"));
            batch = (int) number(r.get("batch"));
            overhead = number(r.get("overheadNanos"));
            resolution = number(r.get("resolutionNanos"));
            long bytes = number(r.get("allocatedBytes"));
            allocated = allocated < 0 || bytes < 0 ? -1 : allocated + bytes;
            String why = (String) r.get("allocationUnsupported");
            unsupported = why == null || why.isEmpty() ? unsupported : why;
            map(r.get("events")).forEach((k, v) -> events.merge(k, number(v), Long::sum));
            Map<String, Object> g = map(r.get("jvm"));
            String[] keys = {
                "youngGcs",
                "oldGcs",
                "heapGrowthBytes",
                "edenGrowthBytes",
                "jitMillis",
                "minorFaults",
                "cpuNanos",
                "allocatedBytes"
            };
            for (int i = 0; i < keys.length; i++) {
                jvm[i] += g.containsKey(keys[i]) ? number(g.get(keys[i])) : 0;
            }
            list(r.get("windowMedians")).forEach(v -> medians.add(number(v)));
            if (warmup == null) {
                warmup = warmup(map(r.get("warmup")));
            }
            Map<String, Object> c = map(r.get("cpu"));
            CpuUse forkCpu = new CpuUse(
                    number(c.get("cpuNanos")), number(c.get("spanNanos")), number(c.get("readyNanos")), (String)
                            c.get("unsupported"));
            cpu = cpu == null ? forkCpu : cpu.plus(forkCpu);
        }
        long[] values = buckets.keySet().stream().mapToLong(Long::longValue).toArray();
        long[] counts = buckets.values().stream().mapToLong(Long::longValue).toArray();
        TimerSnapshot latency = TimerSnapshot.of(
                "latency", total, min == Long.MAX_VALUE ? 0 : min, max, overflow, 0, 0, wall, bits, values, counts);
        return new Measurement(
                plan,
                latency,
                ops,
                net,
                wall,
                batch,
                overhead,
                resolution,
                warmup,
                allocated,
                unsupported,
                events,
                new JvmActivity(jvm[0], jvm[1], jvm[2], jvm[3], jvm[4], jvm[5], jvm[6], jvm[7]),
                medians.stream().mapToLong(Long::longValue).toArray(),
                forkMedians,
                cpu == null ? CpuUse.unsupported("no fork measured") : cpu);
    }

    /** The first fork's warm-up (each fork warms up alike; the report names the forks' count beside it). */
    private static WarmupOutcome warmup(Map<String, Object> w) {
        List<String> unsteady = new ArrayList<>();
        list(w.get("unsteady")).forEach(x -> unsteady.add((String) x));
        return new WarmupOutcome(
                number(w.get("nanos")),
                number(w.get("calls")),
                (int) number(w.get("windows")),
                Boolean.TRUE.equals(w.get("settled")),
                Boolean.TRUE.equals(w.get("untilSteady")),
                unsteady,
                longs(w.get("windowEndsNanos")),
                longs(w.get("windowMedians")));
    }

    private static long[] longs(Object o) {
        return o == null
                ? new long[0]
                : list(o).stream().mapToLong(ForkedMeasurement::number).toArray();
    }

    private static long number(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    private static Map<String, Object> map(Object o) {
        return JsonReader.object(o);
    }

    private static List<Object> list(Object o) {
        return JsonReader.array(o);
    }
}
