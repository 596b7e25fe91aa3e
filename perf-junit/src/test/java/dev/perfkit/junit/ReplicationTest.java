package dev.perfkit.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * A budget that the comparison's own JVM does not settle is measured again in fresh JVMs, and the verdict rests on
 * one factor per JVM; far from the budget the comparison's JVM decides alone. Real forks run the fixture on the
 * scripted clock.
 */
class ReplicationTest {

    @TempDir
    Path results;

    private EngineExecutionResults run(Class<?> fixture, String replicate) {
        return CompareVerdictTest.run(
                fixture, results, "perfkit.compare.replicate", replicate, "perfkit.compare.replicaForks", "2");
    }

    private String report(Class<?> fixture) throws IOException {
        return Files.readString(results.resolve(fixture.getName() + ".dedup.compare.md"));
    }

    @Test
    void aBudgetNearTheFactorIsDecidedAcrossFreshJvms() throws IOException {
        EngineExecutionResults r = run(NearTheBudget.class, "auto");
        r.testEvents().assertStatistics(s -> s.succeeded(1).failed(0));
        String report = report(NearTheBudget.class);
        assertTrue(
                report.contains("Decided: across 2 fresh JVMs, because p50's interval [4.00x, 4.00x] in this JVM is "
                        + "not 30 % clear of the budget 3.5x\n"),
                report);
        assertTrue(
                report.contains("- Response time (p50): 4.00x [4.00x, 4.00x] at 99% confidence over 2 JVMs; budget: "
                        + "at least 3.5x faster: **PASS**"),
                report);
        assertTrue(report.contains("fork 2 of 2 (20 rounds):"), report);
        assertEquals("passed", Fixtures.entries(r).get("perf.compare.outcome"));
    }

    @Test
    void withReplicationOffTheReportSaysTheVerdictIsOneJvms() throws IOException {
        run(NearTheBudget.class, "off")
                .testEvents()
                .assertStatistics(s -> s.succeeded(1).failed(0));
        String report = report(NearTheBudget.class);
        assertTrue(
                report.contains("Decided: in this JVM, not checked in fresh JVMs (perfkit.compare.replicate = off) "
                        + "although p50's interval [4.00x, 4.00x] in this JVM is not 30 % clear of the budget 3.5x\n"),
                report);
        assertTrue(report.contains("at 98.33% confidence over 20 rounds"), report);
    }

    @Test
    void farFromTheBudgetTheComparisonsJvmDecidesAlone() throws IOException {
        run(CompareVerdictTest.FourTimesFaster.class, "auto").testEvents().assertStatistics(s -> s.succeeded(1));
        String report = report(CompareVerdictTest.FourTimesFaster.class);
        assertTrue(
                report.contains("Decided: in this JVM: every budget's interval is at least 30 % clear of its budget\n"),
                report);
        assertTrue(!report.contains("fork 1 of"), report);
    }

    @Test
    void aBadMarginOrForkCountIsAConfigurationError() {
        Throwable failure = Fixtures.failures(
                        CompareVerdictTest.run(NearTheBudget.class, results, "perfkit.compare.replicaForks", "1"))
                .get(0);
        assertEquals(
                "Configuration parameter perfkit.compare.replicaForks = '1': expected a whole number from 2 to 20",
                failure.getMessage());
    }

    /** The 4x pair against a budget of 3.5x: 14 % clear, less than the 30 % margin. */
    static class NearTheBudget extends CompareVerdictTest.FourTimesFaster {
        @Test
        @Compare
        @RelativeBudget(p50 = "3.5x faster")
        @Override
        void dedup() {}
    }
}
