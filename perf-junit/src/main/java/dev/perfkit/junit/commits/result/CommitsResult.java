package dev.perfkit.junit.commits.result;

import java.util.ArrayList;
import java.util.List;

/**
 * A finished comparison of two commits: every test measured, the tests found on one side only, those whose results
 * differ, those skipped and why. The one value the writers take and the exit code comes from. Immutable.
 *
 * @param baseLabel the base side's label
 * @param headLabel the head side's label
 * @param maxSlowdown the threshold, as a fraction
 * @param percentile the latency percentile compared
 * @param tests the tests measured on both sides, by name
 * @param added the tests only the head has
 * @param removed the tests only the base has
 * @param differing the tests whose first call gave different results on the two sides, not measured
 * @param skipped the tests that could not be measured, and why
 * @param notes what else the run should say: class files that could not be loaded, tests asked for that do not exist
 */
public record CommitsResult(
        String baseLabel,
        String headLabel,
        double maxSlowdown,
        double percentile,
        List<MeasuredTest> tests,
        List<String> added,
        List<String> removed,
        List<Differing> differing,
        List<Skipped> skipped,
        List<String> notes) {

    /** Copies the lists. */
    public CommitsResult {
        tests = List.copyOf(tests);
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        differing = List.copyOf(differing);
        skipped = List.copyOf(skipped);
        notes = List.copyOf(notes);
    }

    /**
     * A test whose sides computed different results on their first call.
     *
     * @param test the test
     * @param base what the base computed (the values given to the sink, then the returned value), as text
     * @param head what the head computed, as text
     */
    public record Differing(String test, String base, String head) {}

    /**
     * A test present on both sides that was not measured.
     *
     * @param test the test
     * @param reason why, such as {@code base: the test class needs the extension MockitoExtension}
     */
    public record Skipped(String test, String reason) {}

    /** Every row of every measured test, in order. */
    public List<CommitChange> rows() {
        List<CommitChange> out = new ArrayList<>();
        tests.forEach(t -> out.addAll(t.rows()));
        return out;
    }

    /** The rows that fail the run: latency SLOWER beyond the threshold. */
    public List<CommitChange> slowerBeyond() {
        return rows().stream().filter(CommitChange::beyond).toList();
    }

    /** The engine's exit code for this result: 1 when a test is slower beyond the threshold, else 0. */
    public int exitCode() {
        return slowerBeyond().isEmpty() ? 0 : 1;
    }
}
