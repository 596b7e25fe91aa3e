package dev.perfkit.junit.measure.fork;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The forks of one {@link ForkRequest}, in the order they ran. The launcher stops at the first fork that does not
 * succeed, so there are fewer results than requested forks exactly when one failed.
 *
 * <p>Immutable and thread-safe.
 */
public final class ForkRun {

    private final ForkRequest request;
    private final List<ForkResult> results;

    ForkRun(ForkRequest request, List<ForkResult> results) {
        this.request = request;
        this.results = List.copyOf(results);
    }

    /** The request these forks ran for. */
    public ForkRequest request() {
        return request;
    }

    /** One result per fork that was started or tried, in order; the last one is the failure if there is one. */
    public List<ForkResult> results() {
        return results;
    }

    /** Whether every requested fork ran its test and the test passed. */
    public boolean succeeded() {
        return results.size() == request.forks() && results.stream().allMatch(ForkResult::succeeded);
    }

    /** The fork that did not succeed, the last one run; empty when all succeeded. */
    public Optional<ForkResult> failure() {
        return results.stream().filter(r -> !r.succeeded()).findFirst();
    }

    /** The result files of the forks in order, whether written or not. */
    public List<Path> resultFiles() {
        return results.stream().map(ForkResult::resultFile).collect(Collectors.toUnmodifiableList());
    }

    /**
     * One message: the failure's {@link ForkResult#message()}, followed by how many forks were not run, or a line
     * saying all forks succeeded.
     */
    public String message() {
        return failure()
                .map(f -> f.message()
                        + (f.index() < request.forks()
                                ? "\n" + (request.forks() - f.index()) + " later fork(s) not run"
                                : ""))
                .orElseGet(() -> request.testName() + ": all " + request.forks() + " fork(s) succeeded");
    }

    @Override
    public String toString() {
        return message();
    }
}
