package dev.perfkit.core.internal.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.perfkit.profile.ProfileOptions;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The parts of reading and settings that need no recording: type names and the settings map. */
class JfrReaderTest {

    @Test
    void arrayDescriptorsReadAsJavaSource() {
        assertEquals("byte[]", JfrReader.sourceName("[B"));
        assertEquals("long[][]", JfrReader.sourceName("[[J"));
        assertEquals("java.lang.String[]", JfrReader.sourceName("[Ljava.lang.String;"));
        assertEquals("java.util.HashMap$Node", JfrReader.sourceName("java.util.HashMap$Node"));
        assertEquals("byte[]", JfrReader.sourceName("byte[]"));
    }

    @Test
    void settingsFollowTheOptions() {
        Map<String, String> s = JfrSettings.of(ProfileOptions.defaults()
                .withSamplingPeriod(Duration.ofMillis(5))
                .withAllocationSamplesPerSecond(100)
                .withBlockingThreshold(Duration.ofMillis(2)));
        assertEquals("5 ms", s.get("jdk.ExecutionSample#period"));
        assertEquals("100/s", s.get("jdk.ObjectAllocationSample#throttle"));
        assertEquals("2000000 ns", s.get("jdk.JavaMonitorEnter#threshold"));
        assertEquals("2000000 ns", s.get("jdk.SocketRead#threshold"));
        assertEquals("true", s.get("jdk.GarbageCollection#enabled"));
        for (String event : JfrSettings.BLOCKING.keySet()) {
            assertEquals("true", s.get(event + "#enabled"), event);
        }
    }
}
