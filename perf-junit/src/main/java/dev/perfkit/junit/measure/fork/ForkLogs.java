package dev.perfkit.junit.measure.fork;

import java.nio.file.Path;

/**
 * A fork's standard output and error: the files they were redirected to, and their last
 * {@link OutputTail#MAX_BYTES} bytes, read once when the fork has ended.
 *
 * <p>Immutable and thread-safe.
 */
final class ForkLogs {

    private final Path stdout;
    private final Path stderr;
    private final String stdoutTail;
    private final String stderrTail;

    private ForkLogs(Path stdout, Path stderr, String stdoutTail, String stderrTail) {
        this.stdout = stdout;
        this.stderr = stderr;
        this.stdoutTail = stdoutTail;
        this.stderrTail = stderrTail;
    }

    /** The tails of the two logs as they are now; call when nothing writes them any more. */
    static ForkLogs read(Path stdout, Path stderr) {
        return new ForkLogs(
                stdout,
                stderr,
                OutputTail.read(stdout, OutputTail.MAX_BYTES),
                OutputTail.read(stderr, OutputTail.MAX_BYTES));
    }

    Path stdout() {
        return stdout;
    }

    Path stderr() {
        return stderr;
    }

    String stdoutTail() {
        return stdoutTail;
    }

    String stderrTail() {
        return stderrTail;
    }
}
