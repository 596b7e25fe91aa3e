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
                fixture, results, "perfkit.compare.replicate", replicate, "perfkit.compare.replicaForks", "4");
    }

    private EngineExecutionResults isolated(Class<?> fixture) {
        return CompareVerdictTest.run(
                fixture,
                results,
                "perfkit.compare.replicate",
                "auto",
                "perfkit.compare.replicaForks",
                "2",
                "perfkit.compare.isolation",
                "sides");
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
                report.contains("Decided: across 2 fresh JVMs (stopped: every budget decided; 0 s), because p50's "
                        + "interval [4.00x, 4.00x] in this JVM is "
                        + "not 30 % clear of the budget 3.5x\n"),
                report);
        assertTrue(
                report.contains("- Response time (p50): 4.00x [4.00x, 4.00x] at 99.67% confidence over 2 JVMs; budget: "
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

    @Test
    void sideIsolatedForksMeasureEachSideAloneAndSayTheyAgreeWithThePairedFactor() throws IOException {
        isolated(NearTheBudget.class)
                .testEvents()
                .assertStatistics(s -> s.succeeded(1).failed(0));
        String report = report(NearTheBudget.class);
        assertTrue(
                report.contains(
                        "Decided: across 2 pairs of fresh JVMs, one side each (stopped: every budget decided; 0 s), "
                                + "because p50's interval [4.00x, 4.00x] in this JVM is not 30 % clear of the budget "
                                + "3.5x; p50's paired factor in the test's JVM, 4.00x, lies inside the side-isolated "
                                + "interval [4.00x, 4.00x]\n"),
                report);
        assertTrue(
                report.contains("the baseline alone in one fresh JVM (20 rounds), the candidate alone in the next (20 "
                        + "rounds); 20 rounds paired"),
                report);
    }

    @Test
    void whenTheSidesDisturbEachOtherInOneJvmTheSideIsolatedFactorDecides() throws IOException {
        isolated(SlowerWhenShared.class)
                .testEvents()
                .assertStatistics(s -> s.succeeded(1).failed(0));
        String report = Files.readString(results.resolve(SlowerWhenShared.class.getName() + ".dedup.compare.md"));
        assertTrue(
                report.contains("p50's paired factor in the test's JVM, 2.00x, lies outside the side-isolated interval "
                        + "[4.00x, 4.00x]: the sides disturb each other when they share a JVM"),
                report);
        assertTrue(
                report.contains("- Response time (p50): 4.00x [4.00x, 4.00x] at 99% confidence over 2 JVMs"), report);
    }

    @Test
    void aBadIsolationIsAConfigurationError() {
        Throwable failure = Fixtures.failures(
                        CompareVerdictTest.run(NearTheBudget.class, results, "perfkit.compare.isolation", "apart"))
                .get(0);
        assertEquals(
                "Configuration parameter perfkit.compare.isolation = 'apart': expected paired or sides",
                failure.getMessage());
    }

    /**
     * The candidate costs twice as much in a JVM where the baseline has run (as shared code compiled for both call
     * patterns can): 2x paired in one JVM, 4x with each side alone. Against 2.2x, the test's JVM does not settle it.
     */
    static class SlowerWhenShared {
        static boolean baselineRan;

        @Test
        @Compare
        @RelativeBudget(p50 = "2.2x faster")
        void dedup() {}

        @Baseline
        static int scan() {
            baselineRan = true;
            ScriptedTicker.advance(2000);
            return 42;
        }

        @Candidate
        static int hash() {
            ScriptedTicker.advance(baselineRan ? 1000 : 500);
            return 42;
        }
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
