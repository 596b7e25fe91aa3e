package dev.perfkit.core.internal.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfkit.profile.Profile;
import dev.perfkit.profile.Profiler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * On a runtime without the {@code jdk.jfr} module (here: {@code --limit-modules}, as a {@code jlink} image without it),
 * the profiler loads, runs the block, and says why the profile is empty.
 */
class RuntimeWithoutJfrTest {

    /** Run in the child JVM: profiles a block and prints what came back. */
    public static void main(String[] args) {
        int[] ran = {0};
        Profiler profiler = Profiler.create();
        Profile p = profiler.profile(() -> ran[0]++);
        System.out.println("ran=" + ran[0] + " available=" + p.isAvailable() + " reason=" + p.unavailableReason());
    }

    @Test
    void theProfileIsUnavailableAndSaysJdkJfrIsMissing() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(List.of(
                        java.toString(),
                        "--limit-modules",
                        "java.base,java.logging",
                        "-cp",
                        System.getProperty("java.class.path"),
                        RuntimeWithoutJfrTest.class.getName()))
                .redirectErrorStream(true)
                .start();
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the child JVM did not finish");
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, child.exitValue(), out);
        assertTrue(
                out.contains("ran=1 available=false reason=JFR is not available: jdk.jfr is missing from this runtime"),
                out);
    }
}
