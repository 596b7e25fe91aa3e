package dev.perfkit.maven.internal;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The base commit checked out and built under the execution root's {@code target/perfkit/base-<sha>}: a detached git
 * worktree, compiled with its tests by the same Maven, offline when the current build is, with the same settings and
 * local repository. The build is kept: a second module of the reactor, or a later run against the same commit, reuses
 * it. Nothing is written outside {@code target/} (and git's own worktree list).
 */
public final class BaseBuild {
    /** Where each base module's full test class path is written by the dependency plugin, relative to the module. */
    static final String CLASS_PATH_FILE = "target/perfkit-test-classpath.txt";

    private static final String DEPENDENCY_PLUGIN = "org.apache.maven.plugins:maven-dependency-plugin:3.8.1";
    private static final Object LOCK = new Object();

    /**
     * How the current build runs Maven, repeated for the base build. {@code projects} are the projects the user
     * selected ({@code -pl}); the base builds them with the modules they need ({@code -am}), so that a sibling module
     * on the base's class path is the base's own, never an installed snapshot.
     */
    public record Maven(
            File executable,
            boolean offline,
            Optional<File> userSettings,
            Optional<File> globalSettings,
            File localRepository,
            List<String> profiles,
            List<String> projects) {
        List<String> command() {
            List<String> command = new ArrayList<>(List.of(executable.getPath(), "-B", "-q"));
            if (offline) {
                command.add("-o");
            }
            userSettings.ifPresent(file -> command.addAll(List.of("-s", file.getPath())));
            globalSettings.ifPresent(file -> command.addAll(List.of("-gs", file.getPath())));
            command.add("-Dmaven.repo.local=" + localRepository.getPath());
            if (!profiles.isEmpty()) {
                command.add("-P" + String.join(",", profiles));
            }
            if (!projects.isEmpty()) {
                command.addAll(List.of("-pl", String.join(",", projects), "-am"));
            }
            command.addAll(List.of(
                    "-DskipTests",
                    "test-compile",
                    DEPENDENCY_PLUGIN + ":build-classpath",
                    "-Dmdep.includeScope=test",
                    "-Dmdep.outputFile=" + CLASS_PATH_FILE));
            return command;
        }
    }

    private BaseBuild() {}

    /**
     * Checks out and builds {@code sha}, or finds it built already.
     *
     * @param executionRoot the directory the current build was started in, inside {@code git}'s working tree
     * @return the base commit's counterpart of {@code executionRoot}
     */
    public static File prepare(Git git, File executionRoot, String ref, String sha, Maven maven, Consumer<String> log)
            throws CompareException {
        synchronized (LOCK) {
            String name = "base-" + sha.substring(0, Math.min(12, sha.length()));
            File cache = new File(executionRoot, "target/perfkit");
            File worktree = new File(cache, name);
            File built = new File(cache, name + ".built");
            File buildLog = new File(cache, name + "-build.log");
            File baseRoot = worktree.toPath()
                    .resolve(git.topLevel()
                            .toPath()
                            .relativize(executionRoot.toPath().toAbsolutePath()))
                    .toFile();
            // the marker holds the command the build ran: another -pl or profile builds again
            String stamp = sha + "\n" + String.join(" ", maven.command()) + "\n";
            boolean reused = git.detachedWorktree(worktree, sha);
            if (reused && stamp.equals(read(built.toPath()))) {
                log.accept("base " + ref + ": reusing the build in " + worktree);
                return baseRoot;
            }
            try {
                Files.deleteIfExists(built.toPath());
            } catch (IOException e) {
                throw new CompareException("cannot reset " + built + ": " + e.getMessage(), e);
            }
            log.accept("base " + ref + ": building it in " + worktree + " (log: " + buildLog + ")");
            long start = System.nanoTime();
            int exit = run(maven.command(), baseRoot, buildLog);
            if (exit != 0) {
                throw new CompareException("base " + ref + " (" + sha + ") does not build: mvn test-compile failed in "
                        + baseRoot + " with exit code " + exit + "; its build log is kept at " + buildLog
                        + tail(buildLog.toPath()));
            }
            try {
                Files.writeString(built.toPath(), stamp, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new CompareException("cannot write " + built + ": " + e.getMessage(), e);
            }
            log.accept(String.format("base %s: built in %.1f s", ref, (System.nanoTime() - start) / 1e9));
            return baseRoot;
        }
    }

    /**
     * The full test class path of a module of the base build (its test classes, classes and every dependency), or
     * empty when the base has no such module or it has no test classes.
     */
    public static Optional<List<String>> testClassPath(File baseModule) throws CompareException {
        File testClasses = new File(baseModule, "target/test-classes");
        File listed = new File(baseModule, CLASS_PATH_FILE);
        if (!testClasses.isDirectory() || !listed.isFile()) {
            return Optional.empty();
        }
        List<String> classPath = new ArrayList<>();
        classPath.add(testClasses.getAbsolutePath());
        classPath.add(new File(baseModule, "target/classes").getAbsolutePath());
        try {
            for (String entry : Files.readString(listed.toPath(), StandardCharsets.UTF_8)
                    .strip()
                    .split(File.pathSeparator, -1)) {
                if (!entry.isBlank()) {
                    classPath.add(entry.strip());
                }
            }
        } catch (IOException e) {
            throw new CompareException("cannot read the base's class path " + listed + ": " + e.getMessage(), e);
        }
        return Optional.of(classPath);
    }

    private static int run(List<String> command, File dir, File buildLog) throws CompareException {
        try {
            Files.createDirectories(buildLog.toPath().getParent());
            Process process = new ProcessBuilder(command)
                    .directory(dir)
                    .redirectErrorStream(true)
                    .redirectOutput(buildLog)
                    .start();
            process.getOutputStream().close();
            return process.waitFor();
        } catch (IOException e) {
            throw new CompareException("cannot run " + command.get(0) + " to build the base: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CompareException("interrupted while building the base in " + dir, e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static String tail(Path buildLog) {
        try {
            List<String> lines = Files.readAllLines(buildLog, StandardCharsets.UTF_8);
            List<String> last = lines.subList(Math.max(0, lines.size() - 20), lines.size());
            return last.isEmpty() ? "" : "; it ends:\n" + String.join("\n", last);
        } catch (IOException e) {
            return "";
        }
    }
}
