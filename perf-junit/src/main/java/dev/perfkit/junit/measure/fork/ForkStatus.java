package dev.perfkit.junit.measure.fork;

/**
 * How one fork ended. Only {@link #SUCCEEDED} means the test ran in the fork and passed; every other status comes
 * with a reason in {@link ForkResult#message()}.
 */
public enum ForkStatus {
    /** The test ran and passed (exit code {@value ForkMain#EXIT_SUCCEEDED}). */
    SUCCEEDED("succeeded"),
    /** The test, or its class's lifecycle methods, failed (exit code {@value ForkMain#EXIT_TEST_FAILED}). */
    TEST_FAILED("test failed"),
    /** The test was skipped, disabled or aborted by an assumption (exit code {@value ForkMain#EXIT_TEST_ABORTED}). */
    TEST_ABORTED("test skipped or aborted"),
    /** No test ran: the class or the method was not found (exit code {@value ForkMain#EXIT_NO_TEST}). */
    NO_TEST("no test ran"),
    /** The fork ran longer than its timeout and was destroyed with its descendants. */
    TIMED_OUT("timed out"),
    /** The JVM ended with any other exit code: it could not start (bad option), crashed, or was killed. */
    CRASHED("crashed"),
    /** The process could not be started at all (no {@code java} executable, output directory not writable, ...). */
    NOT_STARTED("could not be started"),
    /** The thread waiting for the fork was interrupted; the fork was destroyed. */
    INTERRUPTED("interrupted");

    private final String description;

    ForkStatus(String description) {
        this.description = description;
    }

    /** The status of a fork that exited by itself with {@code exitCode}. */
    static ForkStatus ofExitCode(int exitCode) {
        return switch (exitCode) {
            case ForkMain.EXIT_SUCCEEDED -> SUCCEEDED;
            case ForkMain.EXIT_TEST_FAILED -> TEST_FAILED;
            case ForkMain.EXIT_TEST_ABORTED -> TEST_ABORTED;
            case ForkMain.EXIT_NO_TEST -> NO_TEST;
            default -> CRASHED;
        };
    }

    /** Lower-case words for messages, e.g. {@code "timed out"}. */
    String description() {
        return description;
    }
}
