package dev.perfkit.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Forks start under the JUnit console launcher, which loads the tests given with {@code --class-path} in a class loader
 * of its own, so that {@code java.class.path} holds only the launcher's jar: a real console launcher runs a comparison
 * in two forks, which measure and whose rounds the parent combines.
 */
class ConsoleLauncherForkTest {

    @TempDir
    Path results;

    @Test
    void forksStartAndCombineUnderTheConsoleLauncher() throws IOException, InterruptedException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        // the launcher's JVM has JUnit alone on its class path; the tests and everything else come with --class-path
        Map<Boolean, String> split = Arrays.stream(classPath.split(File.pathSeparator))
                .collect(Collectors.partitioningBy(
                        e -> e.matches(".*(junit-jupiter|junit-platform|opentest4j|apiguardian).*"),
                        Collectors.joining(File.pathSeparator)));
        assertTrue(split.get(true).contains("junit-platform-console"), split.get(true));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                split.get(true),
                "org.junit.platform.console.ConsoleLauncher",
                "execute",
                "--disable-banner",
                "--details=summary",
                "--class-path",
                split.get(false),
                "--select-method",
                CompareForkTest.TwoForks.class.getName() + "#dedup"));
        for (String[] kv : new String[][] {
            {"perfkit.ticker", ScriptedTicker.class.getName()},
            {"perfkit.jvm.watch", "off"},
            {"perfkit.profile", "off"},
            {"perfkit.allocation", "off"},
            {"perfkit.compare.warmup", "0ns"},
            {"perfkit.compare.round", "20us"},
            {"perfkit.results.dir", results.toString()}
        }) {
            command.add("--config=" + kv[0] + "=" + kv[1]);
        }
        Path log = results.resolve("console.log");
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("GITHUB_STEP_SUMMARY"); // a CI run's step summary stays the CI's own
        Process process = builder.start();
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), "the console launcher finished");
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), output);
        String report =
                Files.readString(results.resolve(CompareForkTest.TwoForks.class.getName() + ".dedup.compare.md"));
        assertTrue(report.contains("fork 1 of 2 (20 rounds):"), report);
        assertTrue(report.contains("fork 2 of 2 (20 rounds):"), report);
        assertTrue(report.contains("stopped: all forks measured"), report);
    }
}
