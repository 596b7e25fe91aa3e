package dev.perfkit.maven.internal;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Launches the comparison engine in its own JVM, on the plugin's own artifacts (perf-junit and what it needs), never
 * on the user's class path: each side's classes are loaded by the engine through their own class loaders.
 */
public final class Engine {
    /** The engine's entry point, in perf-junit. */
    public static final String MAIN = "dev.perfkit.junit.commits.CommitsMain";

    /** The engine's exit code when every test passed the threshold. */
    public static final int PASSED = 0;

    /** The engine's exit code when a test is slower beyond the threshold. */
    public static final int SLOWER = 1;

    private static final int KEPT_ERROR_LINES = 40;

    /** How the engine ended, and the last lines it wrote to its standard error. */
    public record Exit(int code, List<String> errorLines) {}

    private Engine() {}

    /** The heap options the user gave the current JVM (-Xms, -Xmx), which the engine's JVM gets too. */
    public static List<String> heapOptions(List<String> jvmArguments) {
        return jvmArguments.stream()
                .filter(arg -> arg.startsWith("-Xms") || arg.startsWith("-Xmx"))
                .toList();
    }

    /** The command that runs the engine on {@code request}. */
    public static List<String> command(File javaHome, List<String> jvmOptions, List<File> classPath, Path request) {
        List<String> command = new ArrayList<>();
        command.add(new File(new File(javaHome, "bin"), "java").getPath());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(String.join(
                File.pathSeparator, classPath.stream().map(File::getPath).toList()));
        command.add(MAIN);
        command.add(request.toAbsolutePath().toString());
        return command;
    }

    /**
     * Runs {@code command} to its end, handing each line it prints to {@code out} and each error line to {@code err}
     * as they come.
     */
    public static Exit run(List<String> command, File dir, Consumer<String> out, Consumer<String> err)
            throws CompareException {
        Process process;
        try {
            process = new ProcessBuilder(command).directory(dir).start();
        } catch (IOException e) {
            throw new CompareException(
                    "cannot start the comparison engine (" + command.get(0) + "): " + e.getMessage(), e);
        }
        Deque<String> errorLines = new ArrayDeque<>();
        try {
            process.getOutputStream().close();
            CompletableFuture<Void> errors = CompletableFuture.runAsync(() -> lines(process.getErrorStream(), line -> {
                err.accept(line);
                synchronized (errorLines) {
                    errorLines.addLast(line);
                    if (errorLines.size() > KEPT_ERROR_LINES) {
                        errorLines.removeFirst();
                    }
                }
            }));
            lines(process.getInputStream(), out);
            int code = process.waitFor();
            errors.join();
            synchronized (errorLines) {
                return new Exit(code, List.copyOf(errorLines));
            }
        } catch (IOException | UncheckedIOException e) {
            process.destroyForcibly();
            throw new CompareException("reading the comparison engine's output failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new CompareException("interrupted while the comparison engine ran", e);
        }
    }

    private static void lines(java.io.InputStream in, Consumer<String> sink) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                sink.accept(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
