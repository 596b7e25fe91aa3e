package dev.perfkit.junit.compare;

import dev.perfkit.Ticker;
import dev.perfkit.junit.metric.Check;
import dev.perfkit.junit.metric.Metric;
import dev.perfkit.junit.metric.MetricChange;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Replicas of a comparison its own JVM did not settle, started one at a time ({@link Replication}): after each, from
 * the second on, every budget is judged across the JVMs so far at {@link Replication#lookConfidence}; the first look
 * that decides every budget ends them, as do {@code perfkit.compare.replicaForks} replicas or the time cap
 * {@code perfkit.compare.replicaCap} (never before two). Immutable once measured.
 *
 * @param verdict the verdict across the replicas
 * @param rounds the replicas' rounds
 * @param count how many replicas (or pairs of side-isolated replicas) measured
 * @param why why no further one was started
 * @param seconds the wall time they took
 * @param pairs whether each replica is a pair of side-isolated JVMs
 */
record SequentialReplicas(
        SequentialVerdict verdict, ForkedRounds rounds, int count, String why, double seconds, boolean pairs) {

    /** Measures one more replica and returns the rounds of all so far. */
    @FunctionalInterface
    interface OneMore {
        ForkedRounds measure() throws IOException;
    }

    /** The result files of the replicas so far: one list, or the baseline and candidate forks of isolated pairs. */
    record Files(List<Path> baselines, List<Path> candidates) {
        Files() {
            this(new ArrayList<>(), new ArrayList<>());
        }
    }

    static SequentialReplicas measure(
            Ticker ticker, CompareSettings compare, List<Metric> metrics, Map<Metric, Double> budgets, OneMore oneMore)
            throws IOException {
        long start = ticker.nanos();
        int max = compare.replicaForks();
        double confidence = Replication.lookConfidence(max);
        ForkedRounds rounds = oneMore.measure();
        int k = 1;
        while (true) {
            if (k >= 2) {
                SequentialVerdict pooled =
                        SequentialComparison.examine(rounds, metrics, budgets, compare.plan(), 1, Stop.FORKS);
                SequentialVerdict verdict = Replication.acrossJvms(rounds, metrics, budgets, pooled, confidence);
                double seconds = (ticker.nanos() - start) / (double) TimeUnit.SECONDS.toNanos(1);
                String why = decided(verdict)
                        ? "every budget decided"
                        : k >= max
                                ? "the most replicas (" + CompareSettings.REPLICA_FORKS + " = " + max + ")"
                                : ticker.nanos() - start >= compare.replicaCapNanos()
                                        ? "the time cap (" + CompareSettings.REPLICA_CAP + ")"
                                        : "";
                if (!why.isEmpty()) {
                    return new SequentialReplicas(verdict, rounds, k, why, seconds, compare.isolateSides());
                }
            }
            rounds = oneMore.measure();
            k++;
        }
    }

    /** {@code 3 fresh JVMs (stopped: every budget decided; 41 s)}. */
    String describe() {
        String unit = pairs ? (count == 1 ? " pair" : " pairs") + " of fresh JVMs, one side each" : " fresh JVMs";
        return count + unit + String.format(Locale.ROOT, " (stopped: %s; %.0f s)", why, seconds);
    }

    private static boolean decided(SequentialVerdict verdict) {
        for (MetricChange row : verdict.rows().values()) {
            if (row.check() == Check.INCONCLUSIVE || row.check() == Check.UNSTABLE) {
                return false;
            }
        }
        return true;
    }
}
