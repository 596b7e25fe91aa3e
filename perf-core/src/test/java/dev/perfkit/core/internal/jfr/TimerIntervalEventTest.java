package dev.perfkit.core.internal.jfr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfkit.PerfRegistry;
import dev.perfkit.RegistryConfig;
import dev.perfkit.Tags;
import dev.perfkit.Timer;
import dev.perfkit.TimerSnapshot;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Periodic {@code dev.perfkit.TimerInterval} events, read back from a recording file. The recordings ask for the event
 * at the end of each chunk ({@code period=endChunk}), so stopping a recording emits exactly one event per timer: no
 * waiting, no timing.
 */
class TimerIntervalEventTest {

    private static final Tags GET_200 = Tags.of("method", "GET", "status", "200");

    @TempDir
    Path dir;

    /** Runs {@code body} inside a recording of the event and returns the events by timer name and tags. */
    private Map<String, RecordedEvent> record(Runnable body, String file) throws Exception {
        Path path = dir.resolve(file);
        try (Recording recording = new Recording()) {
            recording.enable(TimerIntervalEvent.NAME).with("period", "endChunk");
            recording.start();
            body.run();
            recording.stop();
            recording.dump(path);
        }
        List<RecordedEvent> events = RecordingFile.readAllEvents(path);
        events.forEach(
                e -> assertEquals(TimerIntervalEvent.NAME, e.getEventType().getName()));
        return events.stream()
                .collect(Collectors.toMap(
                        e -> e.getString("name") + "{" + e.getString("tags") + "}", Function.identity()));
    }

    private static long nanos(RecordedEvent e, String field) {
        return e.getDuration(field).toNanos();
    }

    @Test
    void eachTimersIntervalBecomesOneEventWithItsNameTagsAndStatistics() throws Exception {
        try (PerfRegistry registry =
                PerfRegistry.create(RegistryConfig.builder().jfrEvents(true).build())) {
            Timer get = registry.timer("http.server", GET_200);
            Timer idle = registry.timer("idle");
            Map<String, RecordedEvent> first = record(
                    () -> {
                        for (long v = 1; v <= 1_000; v++) {
                            get.recordNanos(v * 1_000);
                        }
                    },
                    "first.jfr");
            TimerSnapshot all = get.snapshot(); // cumulative: the events took the interval, not this
            assertEquals(2, first.size(), first::toString);
            RecordedEvent e = first.get("http.server{method=GET,status=200}");
            assertEquals(1_000, e.getLong("count"));
            assertEquals(Math.round(all.meanNanos()), nanos(e, "mean"));
            assertEquals(all.valueAtPercentile(50), nanos(e, "p50"));
            assertEquals(all.valueAtPercentile(99), nanos(e, "p99"));
            assertEquals(1_000_000, nanos(e, "max"));
            assertTrue(nanos(e, "p50") >= 500_000 && nanos(e, "p50") <= 500_000 * 65 / 64, e::toString);
            assertEquals(0, first.get("idle{}").getLong("count"));
            assertEquals("", first.get("idle{}").getString("tags"));

            Map<String, RecordedEvent> second = record(() -> get.recordNanos(7_000), "second.jfr");
            RecordedEvent next = second.get("http.server{method=GET,status=200}");
            assertEquals(1, next.getLong("count"), "the next event covers what came after the previous one");
            assertEquals(7_000, nanos(next, "p99"));
            assertEquals(7_000, nanos(next, "max"));
            assertEquals(1_001, get.snapshot().count());
            assertEquals(0, idle.snapshot().count());
        }
    }

    @Test
    void withTheOptionOffOrAfterCloseThereAreNoEventsAndIntervalsStayPut() throws Exception {
        PerfRegistry off =
                PerfRegistry.create(RegistryConfig.builder().jfrEvents(false).build());
        PerfRegistry closed =
                PerfRegistry.create(RegistryConfig.builder().jfrEvents(true).build());
        closed.timer("closed").recordNanos(5);
        closed.close();
        Map<String, RecordedEvent> events = record(() -> off.timer("quiet").recordNanos(5), "off.jfr");
        assertEquals(Map.of(), events);
        assertEquals(1, off.timer("quiet").intervalSnapshot().count(), "no one took the interval");
        assertEquals(1, closed.timer("closed").intervalSnapshot().count());
        off.close();
    }

    @Test
    void theSystemPropertyTurnsTheOptionOnForNewBuilders() {
        String before = System.getProperty(RegistryConfig.JFR_PROPERTY);
        try {
            System.setProperty(RegistryConfig.JFR_PROPERTY, "true");
            assertTrue(RegistryConfig.defaults().jfrEvents());
            assertEquals(
                    false, RegistryConfig.builder().jfrEvents(false).build().jfrEvents());
            System.setProperty(RegistryConfig.JFR_PROPERTY, "false");
            assertEquals(false, RegistryConfig.defaults().jfrEvents());
        } finally {
            if (before == null) {
                System.clearProperty(RegistryConfig.JFR_PROPERTY);
            } else {
                System.setProperty(RegistryConfig.JFR_PROPERTY, before);
            }
        }
    }

    @Test
    void tagsAreWrittenAsSortedKeyValuePairs() {
        assertEquals("", TimerIntervals.text(Tags.empty()));
        assertEquals("a=1,b=2", TimerIntervals.text(Tags.of("b", "2", "a", "1")));
    }
}
