package dev.perfkit.junit.report;

import dev.perfkit.junit.baseline.BaselineCheck;
import dev.perfkit.junit.compare.CompareResult;
import dev.perfkit.junit.complexity.ComplexityResult;
import dev.perfkit.junit.metric.Policy;
import dev.perfkit.junit.metric.TestOutcome;
import dev.perfkit.junit.perftest.PerfTestResult;
import dev.perfkit.junit.report.format.ComplexityText;
import dev.perfkit.junit.report.format.PerfTestText;
import dev.perfkit.junit.report.format.ReportEntries;
import java.lang.System.Logger.Level;
import java.util.List;

/**
 * Prints one line per test on standard output ({@code [perfkit] ...}), which the console and Surefire's XML carry, and
 * logs what only warns (budgets missed while {@code perfkit.budgets = warn}, cautions, a kept baseline from another
 * environment) to the {@code dev.perfkit.junit} logger. Stateless.
 */
final class ConsoleWriter implements ResultWriter {

    private static final System.Logger LOG = System.getLogger("dev.perfkit.junit");

    @Override
    public void perfTest(PerfTestResult r, BaselineCheck kept, Outputs out) {
        List<String> cautions = r.measurement().cautions();
        if (r.verdict().enforcement() == Policy.WARN && r.verdict().missed() > 0) {
            LOG.log(Level.WARNING, Messages.perfTest(r));
        } else if (!cautions.isEmpty()) {
            LOG.log(Level.WARNING, r.test().name() + ": the figures may be off: " + String.join("; ", cautions));
        }
        if (r.deadCode()) {
            LOG.log(Level.WARNING, r.test().name() + ": " + PerfTestText.deadCode(r.measurement()));
        }
        out.console().println(ReportEntries.perfTestLine(r.test().name(), r.measurement(), r.verdict()));
        if (kept != null && kept.compared()) {
            if (!kept.warning().isEmpty()) {
                LOG.log(Level.WARNING, r.test().name() + ": " + kept.warning());
            }
            if (kept.regressions() > 0 && r.verdict().enforcement() == Policy.WARN) {
                LOG.log(Level.WARNING, Messages.keptBaseline(r, kept));
            }
        }
    }

    @Override
    public void comparison(CompareResult r, Outputs out) {
        out.console().println(ReportEntries.comparisonLine(r.plan().test(), r.verdict(), r.outcome()));
        if (r.outcome() == TestOutcome.WARNED) {
            LOG.log(Level.WARNING, Messages.comparison(r));
        }
    }

    @Override
    public void complexity(ComplexityResult r, Outputs out) {
        out.console()
                .println(ComplexityText.line(r.plan().test(), r.fit(), r.plan().expect(), r.outcome()));
        if (r.outcome() == TestOutcome.WARNED) {
            LOG.log(Level.WARNING, Messages.complexity(r, out.file(r.test(), Outputs.COMPLEXITY_JSON)));
        }
    }
}
