/**
 * {@code @Compare}: a baseline and a candidate measured side by side. Owns the plan
 * ({@link dev.perfkit.junit.compare.ComparePlan}), the correctness check and inputs, the paired rounds (interleaved in
 * this JVM, {@link dev.perfkit.junit.compare.InterleavedRounds}, or gathered from forks,
 * {@link dev.perfkit.junit.compare.ForkedRounds}), the sequential statistics, the verdict
 * ({@link dev.perfkit.junit.compare.SequentialVerdict}) and the one result value the writers take
 * ({@link dev.perfkit.junit.compare.CompareResult}). May use {@code measure} (and below), {@code metric} and
 * {@code json}; never another feature or the writers.
 *
 * <p>Before/after statistics and the Performance Optimization Report.
 *
 * <h2>Method</h2>
 * <ol>
 *   <li>Baseline and candidate run in interleaved rounds (A B, then B A, ...), so drift of the machine (frequency,
 *       other load, GC state) hits both sides of a round alike. Each round gives one value per side (e.g. its p50
 *       latency, its allocation per op, its throughput).</li>
 *   <li>Each round gives one improvement factor in the metric's own direction (baseline/candidate for latency and
 *       bytes, candidate/baseline for throughput). The analysis works on their logarithms.</li>
 *   <li>The estimate is the Hodges-Lehmann centre of the log factors (the median of the Walsh averages) and the
 *       interval the Wilcoxon signed-rank interval around it, exact for any number of rounds
 *       ({@link dev.perfkit.junit.compare.SignedRank}).</li>
 *   <li>A relative budget "at least F times better" passes when the whole interval is at or above F, fails when the
 *       whole interval is below F, and is inconclusive otherwise.</li>
 *   <li>The data is examined at fixed looks (by default after 20, 30 and 40 rounds: no verdict on fewer than 20,
 *       which cannot show a change of regime); each look uses {@code 1 - alpha / looks} confidence (98.33 % by
 *       default), so stopping at the first decisive look keeps the
 *       overall error at most {@code alpha} = 5 %. An inconclusive last look is reported as inconclusive, never as a
 *       pass. A time cap per side ({@code perfkit.compare.cap}) may end the rounds early; the data is then examined
 *       once more, a look that takes the place of the planned looks still to come, so at most {@code looks} looks
 *       are ever made ({@link dev.perfkit.junit.compare.SequentialComparison}).</li>
 *   <li>Before any verdict the budgeted metrics' per-round log factors are tested for stationarity
 *       ({@link dev.perfkit.junit.measure.Stationarity}): a leading transient is dropped when the JVM guards
 *       explain it (most of its rounds flagged, few later ones, its unflagged rounds at the later level), a
 *       drift that keeps every block of 5 rounds clearly on the verdict's side of the budget is reported, anything
 *       else gets more rounds and otherwise ends {@link dev.perfkit.junit.metric.Check#UNSTABLE}. The
 *       estimate, the interval and the Before/After medians describe the same rounds (the kept ones); if the
 *       medians' factor and the interval fall on opposite sides of the budget the rounds hold two regimes, and the
 *       verdict is UNSTABLE too.</li>
 *   <li>Every metric reported gets the same kind of interval; allocation below 1 byte per call counts as 1 byte so
 *       that allocation-free code has a ratio. The report's Before and After are the medians of the per-round
 *       values.</li>
 * </ol>
 *
 * <h2>Assumptions</h2>
 * Rounds are independent given the drift they share (tested, not assumed: see the stationarity step); the per-round
 * log factors are symmetric about their centre
 * (outliers are allowed: a rank method gives a GC pause in one round one rank, not its size). The interval is for
 * the typical per-round factor; it says nothing about workloads other than the one measured. Both sides run on one
 * thread of the same JVM, so effects that build up over a whole run (heap growth, JIT decisions on code both sides
 * share) can still favour one side; alternating the order within rounds removes only what changes between rounds.
 * The warm-up waits for the JVM to be steady and flagged rounds are measured again; forks that run both sides still
 * compile shared code for both, and only side-isolated forks ({@link dev.perfkit.junit.compare.IsolatedSides}, one
 * side per fresh JVM) remove profile pollution between the sides.
 * With several relative budgets each is judged at the look's confidence; the error is not split among them, so with k
 * budgets the chance that any one is misjudged is at most k times alpha.
 *
 * <p>A kept baseline (a file of figures from an earlier run) has one value per figure and no interval; it is judged
 * with a plain tolerance ({@link dev.perfkit.junit.metric.MetricChange#kept}), which is why the comparison of
 * two implementations side by side is the stronger check.
 *
 * <h2>Evidence</h2>
 * {@code ComparisonSimulationTest} checks the verdict on 200 simulated runs per case with log-normal noise, shared
 * drift and 5 % outliers: a true factor of 2.0 against a 1.5x budget passes in at least 199, a true factor of 1.0
 * fails in at least 199, and a true factor of exactly 1.5 is inconclusive in at least 180. Against a 2x budget: two
 * regimes that take turns (1.8x and 12x in blocks of 5 rounds) and a trend across the budget (doubling every 10
 * rounds from 1.2x) end UNSTABLE in at least 199; a 5-round transient at 1.8x that a guard flagged is dropped and the
 * steady 12x rounds pass in at least 199 (also with one unflagged round at 12x inside it); the same shift unflagged,
 * or under flags spread over the whole run, never fails and is UNSTABLE in at least 190; 2.5x for 12 rounds, then
 * 0.5x, with only the first 3 rounds flagged, never passes and is UNSTABLE in at least 190; a
 * drift from 10x to 12x keeps its PASS in at least 199. {@code StationarityTest} checks the test's level (at most
 * 25 of 1,000 independent series rejected at 1 %) and its power on shifts and trends. Verdicts on real code, in
 * fresh JVMs, are in {@code perf-benchmarks/RESULTS.md}.
 */
package dev.perfkit.junit.compare;
