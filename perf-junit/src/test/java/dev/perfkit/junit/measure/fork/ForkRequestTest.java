package dev.perfkit.junit.measure.fork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Requests, their validation and the command line a fork gets. */
class ForkRequestTest {

    private static final Path DIR = Path.of("target", "forks");

    private final ForkRequest method =
            ForkRequest.forMethod("com.example.ParserTest", "parse", List.of("int", "java.lang.String"), DIR);

    @Test
    void defaultsAndNames() {
        assertEquals(1, method.forks());
        assertEquals(ForkRequest.DEFAULT_TIMEOUT_PER_FORK, method.timeoutPerFork());
        assertEquals(List.of(), method.jvmOptions());
        assertEquals(Map.of(), method.configurationParameters());
        assertEquals("com.example.ParserTest#parse(int, java.lang.String)", method.testName());
        String id = "[engine:junit-jupiter]/[class:com.example.ParserTest]/[method:parse()]";
        assertEquals(
                id, ForkRequest.forUniqueId("com.example.ParserTest", id, DIR).testName());
    }

    @Test
    void invalidSettingsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> method.withForks(0));
        assertThrows(IllegalArgumentException.class, () -> method.withTimeoutPerFork(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> method.withTimeoutPerFork(Duration.ofSeconds(-1)));
        assertThrows(IllegalArgumentException.class, () -> ForkRequest.forMethod(" ", "parse", List.of(), DIR));
        assertThrows(IllegalArgumentException.class, () -> method.withConfigurationParameters(Map.of("a=b", "c")));
        for (String option : List.of("-cp", "-classpath", "--class-path=x", "-jar", "-m", "--module=m/c", "Main")) {
            IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, () -> method.withJvmOptions(List.of(option)), option);
            assertEquals(
                    "not a JVM option a fork may take: '" + option
                            + "' (the launcher sets the class path and main class itself)",
                    e.getMessage());
        }
    }

    @Test
    void theCommandLineHasInheritedThenExtraOptionsThenTheForksIdentity() {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("perfkit.compare.cap", "5s");
        config.put("perfkit.empty", "");
        ForkRequest request =
                method.withForks(3).withJvmOptions(List.of("-Xmx1g", "-Dx=y")).withConfigurationParameters(config);
        ForkLauncher launcher = new ForkLauncher(
                Path.of("/jdk/bin/java"),
                "a.jar:b.jar",
                List.of("-Xmx512m", "-agentlib:jdwp=transport=dt_socket,address=5005", "-XX:+AlwaysPreTouch"),
                null);
        Path result = Path.of("/out/fork-2.result");
        Path classPath = Path.of("/out/fork-2.classpath");

        List<String> expected = new ArrayList<>(List.of(
                "/jdk/bin/java",
                "-Xmx512m",
                "-XX:+AlwaysPreTouch",
                "-Xmx1g",
                "-Dx=y",
                "-Dperfkit.fork.index=2",
                "-Dperfkit.fork.count=3",
                "-Dperfkit.fork.output=/out/fork-2.result",
                "@/out/fork-2.classpath",
                "dev.perfkit.junit.measure.fork.ForkMain",
                "--class",
                "com.example.ParserTest",
                "--method",
                "parse",
                "--parameter-types",
                "int, java.lang.String",
                "--config",
                "perfkit.compare.cap=5s",
                "--config",
                "perfkit.empty="));
        assertEquals(expected, launcher.command(request, 2, result, classPath));
        assertEquals(List.of("-Xmx512m", "-XX:+AlwaysPreTouch"), launcher.inheritedOptions());
    }

    @Test
    void theClassPathFileQuotesTheClassPath() {
        // C:\a b\x.jar;q"z.jar becomes "C:\\a b\\x.jar;q\"z.jar"
        assertEquals("-cp \"C:\\\\a b\\\\x.jar;q\\\"z.jar\"\n", ClassPathFile.content("C:\\a b\\x.jar;q\"z.jar"));
    }

    @Test
    void aUniqueIdIsPassedAsIs() {
        String id = "[engine:junit-jupiter]/[class:com.example.ParserTest]/[test-template:parse(int)]";
        assertEquals(
                List.of("--class", "com.example.ParserTest", "--unique-id", id),
                ForkRequest.forUniqueId("com.example.ParserTest", id, DIR).childArguments());
    }
}
