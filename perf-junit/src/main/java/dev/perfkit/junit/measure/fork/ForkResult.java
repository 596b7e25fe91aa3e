package dev.perfkit.junit.measure.fork;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * How one fork went: its status and exit code, where its result file is and whether it was written, the end of what
 * it printed, and how long it took.
 *
 * <p>Immutable and thread-safe.
 */
public final class ForkResult {

    /** How many of the last lines of standard error {@link #message()} quotes for a fork that did not succeed. */
    static final int QUOTED_LINES = 20;

    private final String testName;
    private final List<String> command;
    private final int index;
    private final int count;
    private final ForkStatus status;
    private final OptionalInt exitCode;
    private final String detail;
    private final Path resultFile;
    private final boolean resultWritten;
    private final ForkLogs logs;
    private final Duration elapsed;

    ForkResult(
            String testName,
            List<String> command,
            int index,
            int count,
            ForkStatus status,
            OptionalInt exitCode,
            String detail,
            Path resultFile,
            ForkLogs logs,
            Duration elapsed) {
        this.testName = testName;
        this.command = List.copyOf(command);
        this.index = index;
        this.count = count;
        this.status = status;
        this.exitCode = exitCode;
        this.detail = detail;
        this.resultFile = resultFile;
        this.resultWritten = Files.isRegularFile(resultFile);
        this.logs = logs;
        this.elapsed = elapsed;
    }

    /** The command line the fork was started with (empty if it was not started for a reason found earlier). */
    public List<String> command() {
        return command;
    }

    /** This fork's number, from 1 to {@link #count()}. */
    public int index() {
        return index;
    }

    /** How many forks were requested. */
    public int count() {
        return count;
    }

    /** How the fork ended. */
    public ForkStatus status() {
        return status;
    }

    /** Whether the test ran in the fork and passed. */
    public boolean succeeded() {
        return status == ForkStatus.SUCCEEDED;
    }

    /** The JVM's exit code; empty when no process was started or the wait for it was interrupted. */
    public OptionalInt exitCode() {
        return exitCode;
    }

    /** The file the fork's measuring code was told to write (system property {@link ForkContext#OUTPUT_PROPERTY}). */
    public Path resultFile() {
        return resultFile;
    }

    /** Whether {@link #resultFile()} existed when the fork ended (a stale one is deleted before the fork starts). */
    public boolean resultWritten() {
        return resultWritten;
    }

    /** The fork's whole standard output, on disk. */
    public Path stdoutFile() {
        return logs.stdout();
    }

    /** The fork's whole standard error, on disk. */
    public Path stderrFile() {
        return logs.stderr();
    }

    /** The end of the fork's standard output, at most 64 KiB of it. */
    public String stdoutTail() {
        return logs.stdoutTail();
    }

    /** The end of the fork's standard error, at most 64 KiB of it. */
    public String stderrTail() {
        return logs.stderrTail();
    }

    /** Wall-clock time from starting the process to its end (or to its destruction). */
    public Duration elapsed() {
        return elapsed;
    }

    /**
     * One message naming the test, the fork and how it ended; for a fork that did not succeed also the reason and the
     * last {@value #QUOTED_LINES} lines of its standard error. E.g. {@code "com.example.ParserTest#parse(): fork 2 of 3
     * timed out after 600.0 s (limit 600 s); ..."}.
     */
    public String message() {
        StringBuilder m = new StringBuilder(testName)
                .append(": fork ")
                .append(index)
                .append(" of ")
                .append(count)
                .append(' ')
                .append(status.description());
        exitCode.ifPresent(c -> m.append(" (exit code ").append(c).append(')'));
        m.append(String.format(Locale.ROOT, " after %.1f s", elapsed.toNanos() / 1e9));
        if (!detail.isEmpty()) {
            m.append("; ").append(detail);
        }
        if (!succeeded() && status != ForkStatus.NOT_STARTED) {
            List<String> lines = OutputTail.lastLines(logs.stderrTail(), QUOTED_LINES);
            if (lines.isEmpty()) {
                m.append("; its standard error is empty");
            } else {
                m.append("; last lines of its standard error (")
                        .append(logs.stderr())
                        .append("):");
                lines.forEach(line -> m.append("\n  ").append(line));
            }
        }
        return m.toString();
    }

    @Override
    public String toString() {
        return message();
    }
}
