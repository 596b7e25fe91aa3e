package dev.perfkit.junit.measure.fork;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * Runs one test method in {@code N} fresh child JVMs, one after another, each with this JVM's class path and JVM
 * options (less those listed in the package documentation) plus the request's extra options, and reports how each
 * went.
 *
 * <p>{@link #run} never throws for anything a fork does: a fork that fails, crashes, cannot start or runs past its
 * timeout becomes a {@link ForkResult} with a message naming the test, the fork and the reason, and the run stops
 * there. A fork past its timeout is destroyed with its descendants.
 *
 * <p>Immutable and thread-safe. Each call of {@link #run} runs its forks one at a time; calls from several threads
 * would overlap their forks, which measuring code must not do.
 */
public final class ForkLauncher {

    /** Environment variables whose options reach the fork through the command line instead (filtered). */
    private static final List<String> OPTION_VARIABLES =
            List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS");
    /** How long to wait for destroyed processes to be gone. */
    private static final Duration REAP_WAIT = Duration.ofSeconds(10);

    private final Path java;
    private final String classPath;
    private final List<String> inheritedOptions;
    private final String unsupported;

    ForkLauncher(Path java, String classPath, List<String> parentOptions, String unsupported) {
        this.java = java;
        this.classPath = classPath;
        this.inheritedOptions = InheritedOptions.of(parentOptions);
        this.unsupported = unsupported;
    }

    /**
     * A launcher whose forks run this JVM's {@code java} executable with its class path ({@code java.class.path}, a
     * manifest-only jar included) and its JVM options ({@code RuntimeMXBean.getInputArguments()}, filtered). When
     * perf-junit is loaded as a named module, the launcher starts no fork and reports why.
     */
    public static ForkLauncher inheritingThisJvm() {
        return inheriting(ManagementFactory.getRuntimeMXBean().getInputArguments());
    }

    /**
     * A launcher like {@link #inheritingThisJvm()} whose forks also see the classes of {@code testLoader}, the loader
     * of the test class: whatever launcher runs the tests, the fork can load them (see {@link TestClassPath}).
     */
    public static ForkLauncher inheritingThisJvm(ClassLoader testLoader) {
        return inheriting(
                ManagementFactory.getRuntimeMXBean().getInputArguments(),
                TestClassPath.of(testLoader, System.getProperty("java.class.path", "")));
    }

    /** A launcher like {@link #inheritingThisJvm()} that takes {@code parentOptions} for this JVM's options. */
    static ForkLauncher inheriting(List<String> parentOptions) {
        return inheriting(parentOptions, System.getProperty("java.class.path", ""));
    }

    /** A launcher with this JVM's {@code java}, {@code parentOptions} for its options and {@code classPath}. */
    static ForkLauncher inheriting(List<String> parentOptions, String classPath) {
        Module module = ForkMain.class.getModule();
        String unsupported = module.isNamed()
                ? "perf-junit is loaded as the named module " + module.getName()
                        + " (from the module path); forks start "
                        + "their JVM on the class path only, so run the tests on the class path (Surefire: "
                        + "useModulePath=false)"
                : null;
        return new ForkLauncher(javaOfThisJvm(), classPath, parentOptions, unsupported);
    }

    /** The {@code java} executable of this JVM's installation. */
    static Path javaOfThisJvm() {
        boolean windows =
                System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        return Path.of(System.getProperty("java.home"), "bin", windows ? "java.exe" : "java");
    }

    /** The {@code java} executable forks run. */
    public Path java() {
        return java;
    }

    /** The class path forks get. */
    public String classPath() {
        return classPath;
    }

    /** This JVM's options that every fork gets, before the request's extra options. */
    public List<String> inheritedOptions() {
        return inheritedOptions;
    }

    /** Runs the request's forks one after another, stopping at the first that does not succeed. */
    public ForkRun run(ForkRequest request) {
        List<ForkResult> results = new ArrayList<>();
        for (int i = 1; i <= request.forks(); i++) {
            ForkResult result = runOne(request, i);
            results.add(result);
            if (!result.succeeded()) {
                break;
            }
        }
        return new ForkRun(request, results);
    }

    /**
     * The command line of fork {@code index} of {@code request}, writing its result to {@code resultFile}, with its
     * class path in the argument file {@code classPathFile}.
     */
    List<String> command(ForkRequest request, int index, Path resultFile, Path classPathFile) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(inheritedOptions);
        command.addAll(request.jvmOptions());
        command.add("-D" + ForkContext.INDEX_PROPERTY + "=" + index);
        command.add("-D" + ForkContext.COUNT_PROPERTY + "=" + request.forks());
        command.add("-D" + ForkContext.OUTPUT_PROPERTY + "=" + resultFile.toAbsolutePath());
        command.add("@" + classPathFile.toAbsolutePath());
        command.add(ForkMain.class.getName());
        command.addAll(request.childArguments());
        return command;
    }

    private ForkResult runOne(ForkRequest request, int index) {
        Path dir = request.outputDirectory();
        Path resultFile = dir.resolve("fork-" + index + ".result");
        Path stdout = dir.resolve("fork-" + index + ".stdout.log");
        Path stderr = dir.resolve("fork-" + index + ".stderr.log");
        Path classPathFile = dir.resolve("fork-" + index + ".classpath");
        List<String> command = command(request, index, resultFile, classPathFile);
        long start = System.nanoTime();
        Ending ending;
        try {
            Files.createDirectories(dir);
            for (Path file : List.of(resultFile, stdout, stderr)) {
                Files.deleteIfExists(file); // nothing stale may pass for this fork's output
            }
            ClassPathFile.write(classPathFile, classPath);
            ending = unsupported != null
                    ? notStarted(unsupported)
                    : start(command, stdout, stderr, request.timeoutPerFork());
        } catch (IOException e) {
            ending = notStarted("cannot prepare " + dir + ": " + e);
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        return new ForkResult(
                request.testName(),
                command,
                index,
                request.forks(),
                ending.status,
                ending.exitCode,
                ending.detail,
                resultFile,
                ForkLogs.read(stdout, stderr),
                elapsed);
    }

    /** Starts the fork with its output going to the two logs and waits for it at most {@code timeout}. */
    private static Ending start(List<String> command, Path stdout, Path stderr, Duration timeout) {
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        Map<String, String> environment = builder.environment();
        OPTION_VARIABLES.forEach(environment::remove);
        Process process;
        try {
            process = builder.start();
        } catch (IOException | RuntimeException e) {
            return notStarted("cannot run " + command.get(0) + ": " + e);
        }
        try {
            process.getOutputStream().close(); // the fork reads an empty standard input
        } catch (IOException e) {
            // it may already have ended; its exit status tells what matters
        }
        try {
            if (process.waitFor(nanos(timeout), TimeUnit.NANOSECONDS)) {
                int code = process.exitValue();
                return new Ending(ForkStatus.ofExitCode(code), OptionalInt.of(code), "");
            }
            ProcessTree.destroy(process, REAP_WAIT);
            return new Ending(
                    ForkStatus.TIMED_OUT,
                    exitCode(process),
                    "limit " + seconds(timeout) + "; destroyed it and its descendants");
        } catch (InterruptedException e) {
            ProcessTree.destroy(process, Duration.ZERO);
            Thread.currentThread().interrupt();
            return new Ending(ForkStatus.INTERRUPTED, OptionalInt.empty(), "destroyed it and its descendants");
        }
    }

    private static Ending notStarted(String reason) {
        return new Ending(ForkStatus.NOT_STARTED, OptionalInt.empty(), reason);
    }

    private static OptionalInt exitCode(Process process) {
        return process.isAlive() ? OptionalInt.empty() : OptionalInt.of(process.exitValue());
    }

    private static long nanos(Duration d) {
        return d.toSeconds() >= Long.MAX_VALUE / 1_000_000_000L ? Long.MAX_VALUE : d.toNanos();
    }

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1e3);
    }

    /** How a fork ended, before its logs are read. */
    private static final class Ending {
        final ForkStatus status;
        final OptionalInt exitCode;
        final String detail;

        Ending(ForkStatus status, OptionalInt exitCode, String detail) {
            this.status = status;
            this.exitCode = exitCode;
            this.detail = detail;
        }
    }
}
