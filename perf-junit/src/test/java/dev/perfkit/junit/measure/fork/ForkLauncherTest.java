package dev.perfkit.junit.measure.fork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real child JVMs running the {@link ForkFixtures}: their results, their options, and every way a fork can go wrong.
 * The timeouts of the forks that should succeed are generous; only the hanging fork has a short one.
 */
@Timeout(120)
class ForkLauncherTest {

    private static final Duration GENEROUS = Duration.ofSeconds(100);

    @TempDir
    Path dir;

    private ForkRequest request(Class<?> fixture, String method) {
        return ForkRequest.forMethod(fixture.getName(), method, List.of(), dir).withTimeoutPerFork(GENEROUS);
    }

    private static Properties read(Path file) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(Files.readString(file)));
        return p;
    }

    @Test
    void twoForksRunOneAfterAnotherWithTheParentsOptionsAndTheExtraOnes() throws IOException {
        List<String> parent =
                new ArrayList<>(ManagementFactory.getRuntimeMXBean().getInputArguments());
        parent.add("-D" + ForkFixtures.INHERITED + "=from-parent");
        // Inherited, this debugger would make each fork wait for a debugger until its timeout.
        parent.add("-agentlib:jdwp=transport=dt_socket,server=y,suspend=y,address=localhost:0");
        ForkLauncher launcher = ForkLauncher.inheriting(parent);

        ForkRun run = launcher.run(request(ForkFixtures.Writes.class, "write")
                .withForks(2)
                .withJvmOptions(List.of("-D" + ForkFixtures.EXTRA + "=from-extra")));

        assertTrue(run.succeeded(), run::message);
        assertEquals(2, run.results().size());
        for (ForkResult fork : run.results()) {
            assertEquals(ForkStatus.SUCCEEDED, fork.status(), fork::message);
            assertEquals(0, fork.exitCode().orElseThrow());
            assertEquals(dir.resolve("fork-" + fork.index() + ".result"), fork.resultFile());
            assertTrue(fork.resultWritten());
            Properties written = read(fork.resultFile());
            assertEquals(String.valueOf(fork.index()), written.getProperty("index"));
            assertEquals("2", written.getProperty("count"));
            assertEquals("from-extra", written.getProperty("extra"));
            assertEquals("from-parent", written.getProperty("inherited"));
            assertEquals("0", written.getProperty("agents"), "the debugger agent is not inherited");
            assertEquals("absent", written.getProperty("config"));
            assertEquals(System.getProperty("java.class.path"), written.getProperty("classPath"));
            assertTrue(fork.stderrTail().contains("1 test passed"), fork::stderrTail);
        }
    }

    @Test
    void aManifestOnlyJarAsTheClassPathIsFollowedToTheTestClasses() throws IOException {
        // What Surefire passes when useManifestOnlyJar applies: a jar whose manifest Class-Path lists everything.
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes()
                .put(
                        Attributes.Name.CLASS_PATH,
                        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                                .map(entry ->
                                        Path.of(entry).toAbsolutePath().toUri().toString())
                                .collect(Collectors.joining(" ")));
        Path booter = Files.createDirectories(dir.resolve("with space")).resolve("booter.jar");
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(booter), manifest)) {
            jar.flush();
        }
        ForkLauncher launcher = new ForkLauncher(ForkLauncher.javaOfThisJvm(), booter.toString(), List.of(), null);

        ForkRun run = launcher.run(request(ForkFixtures.Writes.class, "write"));

        assertTrue(run.succeeded(), run::message);
        assertEquals(booter.toString(), read(run.results().get(0).resultFile()).getProperty("classPath"));
    }

    @Test
    void aUniqueIdSelectsTheTestAndConfigurationParametersReachIt() throws IOException {
        String uniqueId = "[engine:junit-jupiter]/[class:" + ForkFixtures.Writes.class.getName() + "]/[method:write()]";

        ForkRun run = ForkLauncher.inheritingThisJvm()
                .run(ForkRequest.forUniqueId(ForkFixtures.Writes.class.getName(), uniqueId, dir)
                        .withTimeoutPerFork(GENEROUS)
                        .withConfigurationParameters(Map.of(ForkFixtures.CONFIG, "from-config")));

        assertTrue(run.succeeded(), run::message);
        Properties written = read(run.results().get(0).resultFile());
        assertEquals("from-config", written.getProperty("config"));
        assertEquals("1", written.getProperty("count"));
        assertEquals("null", written.getProperty("extra"));
    }

    @Test
    void aFailingTestStopsTheRunWithItsMessage() throws IOException {
        Path stale = Files.writeString(dir.resolve("fork-1.result"), "from an earlier run");

        ForkRun run = ForkLauncher.inheritingThisJvm()
                .run(request(ForkFixtures.Fails.class, "fail").withForks(2));

        assertFalse(run.succeeded());
        assertEquals(1, run.results().size(), "fork 2 is not run after fork 1 failed");
        ForkResult fork = run.results().get(0);
        assertEquals(ForkStatus.TEST_FAILED, fork.status());
        assertEquals(ForkMain.EXIT_TEST_FAILED, fork.exitCode().orElseThrow());
        assertFalse(fork.resultWritten(), "the stale result file was deleted and the fork wrote none");
        assertFalse(Files.exists(stale));
        String message = run.message();
        String expected = ForkFixtures.Fails.class.getName() + "#fail(): fork 1 of 2 test failed (exit code 3)";
        assertTrue(message.startsWith(expected), message);
        assertTrue(message.contains("deliberate failure in fork 1"), message);
        assertTrue(message.endsWith("1 later fork(s) not run"), message);
    }

    @Test
    void aForkPastItsTimeoutIsDestroyedWithItsDescendants() throws IOException {
        Duration timeout = Duration.ofSeconds(3);

        ForkRun run = ForkLauncher.inheritingThisJvm()
                .run(request(ForkFixtures.Hangs.class, "hang")
                        .withTimeoutPerFork(timeout)
                        .withForks(2));

        assertEquals(1, run.results().size());
        ForkResult fork = run.results().get(0);
        assertEquals(ForkStatus.TIMED_OUT, fork.status(), fork::message);
        assertTrue(fork.elapsed().compareTo(timeout) >= 0, () -> "ended early: " + fork.elapsed());
        assertTrue(fork.message().contains("fork 1 of 2 timed out"), fork::message);
        // The fork writes its child's pid only if it got that far within the timeout.
        if (fork.resultWritten()) {
            long pid = Long.parseLong(Files.readString(fork.resultFile()).trim());
            assertFalse(running(pid), "process " + pid + " survived");
        }
    }

    @Test
    void aLauncherThatCannotForkSaysWhyAndLeavesNoStaleOutput() throws IOException {
        Files.writeString(dir.resolve("fork-1.stderr.log"), "from an earlier run");
        ForkLauncher launcher = new ForkLauncher(Path.of("java"), "", List.of(), "forks are not supported here");

        ForkResult fork = launcher.run(request(ForkFixtures.Writes.class, "write"))
                .results()
                .get(0);

        assertEquals(ForkStatus.NOT_STARTED, fork.status());
        assertTrue(fork.message().contains("fork 1 of 1 could not be started after "), fork::message);
        assertTrue(fork.message().endsWith(" s; forks are not supported here"), fork::message);
        assertEquals("", fork.stderrTail());
    }

    @Test
    void anInterruptedParentDestroysTheForkAndKeepsItsInterrupt() {
        Thread.currentThread().interrupt();
        ForkRun run;
        try {
            run = ForkLauncher.inheritingThisJvm()
                    .run(request(ForkFixtures.Hangs.class, "hang").withForks(2));
        } finally {
            assertTrue(Thread.interrupted(), "the interrupt is kept (and cleared here)");
        }
        assertEquals(1, run.results().size());
        ForkResult fork = run.results().get(0);
        assertEquals(ForkStatus.INTERRUPTED, fork.status(), fork::message);
        assertTrue(fork.message().contains("fork 1 of 2 interrupted after"), fork::message);
    }

    /** Whether {@code pid} runs; a zombie (ended, not yet reaped by whoever inherited it) does not. */
    private static boolean running(long pid) throws IOException {
        if (!Files.isDirectory(Path.of("/proc/self"))) {
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        }
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    @Test
    void aMissingTestClassIsNamed() {
        ForkRun run = ForkLauncher.inheritingThisJvm()
                .run(ForkRequest.forMethod("dev.perfkit.NoSuchTest", "run", List.of("int"), dir)
                        .withForks(3));

        assertEquals(1, run.results().size());
        ForkResult fork = run.results().get(0);
        assertEquals(ForkStatus.NO_TEST, fork.status());
        assertTrue(
                fork.message().startsWith("dev.perfkit.NoSuchTest#run(int): fork 1 of 3 no test ran (exit code 5)"),
                fork::message);
        assertTrue(
                fork.message()
                        .contains("the test class cannot be loaded (java.lang.ClassNotFoundException: "
                                + "dev.perfkit.NoSuchTest)"),
                fork::message);
    }

    @Test
    void aCrashIsReportedWithItsExitCodeAndLastWords() {
        ForkRun run = ForkLauncher.inheritingThisJvm().run(request(ForkFixtures.Halts.class, "halt"));

        ForkResult fork = run.results().get(0);
        assertEquals(ForkStatus.CRASHED, fork.status());
        assertEquals(42, fork.exitCode().orElseThrow());
        assertTrue(fork.message().contains("fork 1 of 1 crashed (exit code 42)"), fork::message);
        assertTrue(fork.message().endsWith("\n  halting with 42"), fork::message);
    }

    @Test
    void aJvmThatRejectsAnOptionIsReportedWithTheJvmsMessage() {
        ForkRun run = ForkLauncher.inheritingThisJvm()
                .run(request(ForkFixtures.Writes.class, "write").withJvmOptions(List.of("-XX:+NoSuchPerfkitOption")));

        ForkResult fork = run.results().get(0);
        assertEquals(ForkStatus.CRASHED, fork.status());
        assertTrue(fork.message().contains("Unrecognized VM option 'NoSuchPerfkitOption'"), fork::message);
    }

    @Test
    void aJavaExecutableThatIsMissingIsReportedWithoutStartingAnything() {
        Path java = dir.resolve("no-jdk/bin/java");
        ForkLauncher launcher = new ForkLauncher(java, System.getProperty("java.class.path"), List.of(), null);

        ForkRun run = launcher.run(request(ForkFixtures.Writes.class, "write").withForks(2));

        assertEquals(1, run.results().size());
        ForkResult fork = run.results().get(0);
        assertEquals(ForkStatus.NOT_STARTED, fork.status());
        assertTrue(fork.exitCode().isEmpty());
        assertTrue(fork.message().contains("fork 1 of 2 could not be started"), fork::message);
        assertTrue(fork.message().contains("cannot run " + java), fork::message);
    }
}
