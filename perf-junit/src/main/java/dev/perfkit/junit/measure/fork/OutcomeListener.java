package dev.perfkit.junit.measure.fork;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Follows the fork's one test run and turns it into {@link ForkMain}'s exit code. Failures of tests and of their
 * containers (a failing {@code @BeforeAll}) are test failures; a failure of the engine itself before any test started
 * is how JUnit reports a selector it could not resolve (no such method), so it means no test ran.
 *
 * <p>Thread-safe: the launcher may report from other threads, so every method is synchronized.
 */
final class OutcomeListener implements TestExecutionListener {

    private final PrintStream err;
    private final List<String> failed = new ArrayList<>();
    private final List<String> engineFailed = new ArrayList<>();
    private final List<String> notRun = new ArrayList<>();
    private int testsStarted;

    OutcomeListener(PrintStream err) {
        this.err = err;
    }

    @Override
    public synchronized void executionStarted(TestIdentifier id) {
        if (id.isTest()) {
            testsStarted++;
        }
    }

    @Override
    public synchronized void executionSkipped(TestIdentifier id, String reason) {
        notRun.add(id.getDisplayName() + " skipped: " + reason);
    }

    @Override
    public synchronized void executionFinished(TestIdentifier id, TestExecutionResult result) {
        String name = id.getDisplayName() + " [" + id.getUniqueId() + "]";
        switch (result.getStatus()) {
            case FAILED -> {
                (id.getParentId().isEmpty() && testsStarted == 0 ? engineFailed : failed)
                        .add(name + ": "
                                + result.getThrowable()
                                        .map(Throwable::getMessage)
                                        .map(m -> m.strip().replaceAll("\\s+", " "))
                                        .orElse("no reason given"));
                err.println("perfkit fork: " + name + " failed:");
                result.getThrowable().ifPresent(t -> t.printStackTrace(err));
            }
            case ABORTED ->
                notRun.add(name + " aborted: "
                        + result.getThrowable().map(Throwable::toString).orElse("no reason given"));
            default -> {}
        }
    }

    /** Prints one summary line starting with {@code who} to the error stream and returns the exit code. */
    synchronized int report(String who) {
        int code;
        String summary;
        if (!failed.isEmpty()) {
            code = ForkMain.EXIT_TEST_FAILED;
            summary = "failed: " + String.join("; ", failed);
        } else if (!engineFailed.isEmpty()) {
            code = ForkMain.EXIT_NO_TEST;
            summary = "no test ran: " + String.join("; ", engineFailed);
        } else if (!notRun.isEmpty()) {
            code = ForkMain.EXIT_TEST_ABORTED;
            summary = String.join("; ", notRun);
        } else if (testsStarted == 0) {
            code = ForkMain.EXIT_NO_TEST;
            summary = "no test matched the selector (is the method name or are its parameter types wrong?)";
        } else {
            code = ForkMain.EXIT_SUCCEEDED;
            summary = testsStarted + (testsStarted == 1 ? " test" : " tests") + " passed";
        }
        err.println(who + ": " + summary);
        return code;
    }
}
