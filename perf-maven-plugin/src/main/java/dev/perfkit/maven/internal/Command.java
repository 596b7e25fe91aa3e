package dev.perfkit.maven.internal;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Runs an external command (git) to its end and keeps what it printed. Not for long-running commands. */
final class Command {
    /** What a finished command printed, and its exit code. */
    record Result(int exitCode, String out, String err) {
        boolean ok() {
            return exitCode == 0;
        }
    }

    private Command() {}

    static Result run(File dir, List<String> command) throws CompareException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir);
        builder.environment().put("GIT_TERMINAL_PROMPT", "0");
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new CompareException(
                    "cannot run " + command.get(0) + " (" + e.getMessage() + "): is it installed?", e);
        }
        try {
            process.getOutputStream().close();
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> drain(process.getErrorStream()));
            String out = drain(process.getInputStream());
            int code = process.waitFor();
            return new Result(code, out, err.join());
        } catch (IOException | UncheckedIOException e) {
            throw new CompareException("reading the output of " + String.join(" ", command) + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new CompareException("interrupted while running " + String.join(" ", command), e);
        }
    }

    private static String drain(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
