/**
 * {@code @Complexity}: a test method measured at several input sizes. Owns the plan
 * ({@link dev.perfkit.junit.complexity.ComplexityPlan}), the sized rounds
 * ({@link dev.perfkit.junit.complexity.SizedRounds}), the fit ({@link dev.perfkit.junit.complexity.GrowthFit}) and the
 * one result value the writers take ({@link dev.perfkit.junit.complexity.ComplexityResult}). May use {@code measure}
 * (and below), {@code metric} and
 * {@code json}; never another feature or the writers.
 *
 * <p>Empirical complexity: which growth class ({@code O(1)}, {@code O(log n)}, {@code O(n)}, {@code O(n log n)},
 * {@code O(n^2)}, {@code O(n^3)}) describes times measured over input sizes, or that two describe them about equally.
 * The analysis ({@code ComplexityAnalysis}, {@code CurveFit}, {@code GrowthClass}) is pure statistics on given
 * numbers: no clock, no JVM.
 *
 * <h2>The points</h2>
 * A measurement gives, for each size n_i and round r, the time per call t_ir. A size's typical time is the geometric
 * mean of its middle 60 % of rounds (a 20 % trimmed mean of log t): like a median it ignores slow outliers (a GC, a
 * preempted round), but it wastes less of the data. Its noise s_i (relative standard error) is the standard
 * deviation of log(typical time) over the bootstrap resamples below, at least 1 % ({@code NOISE_FLOOR}): scripted
 * clocks give identical rounds, and no real timing is known better.
 *
 * <h2>The fit</h2>
 * Each class is the model {@code t(n) = a + b f(n)} with a, b at least 0: a is a fixed overhead per call (the call,
 * setup, the harness), which a real measurement always has and a pure power law in log-log space cannot represent;
 * b the growth. The coefficients minimise {@code sum w_i (1 - (a + b f(n_i)) / t_i)^2}, least squares of relative
 * residuals with weights {@code w_i = 1 / s_i^2}: relative because timing noise is multiplicative (a 16x larger size
 * has 16x larger absolute noise, and an unweighted fit would listen to the largest size only), and to first order this
 * is least squares of log t, with a closed form (a 2x2 system; a bound at 0 refits with that coefficient fixed). The
 * bounds matter: a constant overhead can only flatten a curve at small n, so it never makes a class look faster-growing
 * than it is, and {@code n log n} cannot pass as {@code n} because the linear fit would need a negative overhead. The
 * weighted sum is a chi-square, the misfit in units of noise; R² (in log space) is reported for people, not used.
 *
 * <h2>Choosing a class</h2>
 * Score = chi-square + 10 ({@code PENALTY}) per free parameter (1 for {@code O(1)}, 2 for the others); the lowest
 * score is the best fit, the next the runner-up. Every growing model contains the constant one (b = 0), so without the
 * penalty noise alone would make some growing class "fit better" than a constant; the penalty asks a growing class to
 * beat the constant by about 3 noise units.
 *
 * <h2>Errors the noise does not show</h2>
 * Real curves bend a little where no class does: a structure outgrows a cache level, the branch predictor learns
 * small inputs, a hash table resizes. Such a bend is the same in every round, so the noise of the rounds does not
 * show it, and a fit that trusted that noise alone would pick, say, {@code O(n log n)} for a hash dedup whose cost per
 * element rises 16 % over the sizes (seen on real code). So when even the best class misses the points by more than
 * their noise (chi-square per degree of freedom above 1), every size's error is widened by that ratio (the Birge
 * ratio, usual in physics fits); the reported noise includes the widening.
 *
 * <h2>Undecided</h2>
 * The rounds are resampled with replacement 1000 times ({@code RESAMPLES}, fixed seed, so one data set always gives
 * one answer), keeping each round's times of all sizes together since they were measured side by side; each resample
 * is scored again. The fit is <b>decided</b> when the best class wins at least 90 % of the resamples
 * ({@code DECIDED_SHARE}) and leads every other class in score by at least 4 ({@code DECIDED_GAP}: the other class
 * misses by 2 widened noise units more; the bootstrap alone cannot see a bend that every round shares); otherwise it
 * is <b>undecided</b> between the best class and every class winning at least 5 % of the resamples
 * ({@code CONTENDER_SHARE}) or scoring within 4 of it. Against an expected class, a fit passes when every contender
 * grows no faster than expected (an undecided {@code O(n)} / {@code O(n log n)} passes an expected {@code O(n log n)}),
 * fails when every contender grows faster, and is otherwise inconclusive.
 *
 * <h2>Error rates</h2>
 * {@code ComplexitySimulationTest} runs 200 seeded simulated measurements per class (sizes 1,000 to 16,000 doubling,
 * 30 rounds, log-normal noise per value, a log-normal drift per round shared by all sizes, 5 % of values slowed by
 * 1.5x to 4x, a fixed overhead) and asserts:
 * <ul>
 *   <li>typical noise (3 % per value, 3 % drift, overhead a third of the smallest size's time): right in at least 190
 *       of 200 (95 %), wrong in at most 2 (1 %), the rest undecided, for every class (seen: 197-200 right, 0
 *       wrong);</li>
 *   <li>heavy noise (10 % per value, 5 % drift): wrong in at most 2 of 200, right in at least 110 (seen: 0
 *       wrong; {@code O(log n)}, {@code O(n)} and {@code O(n log n)} right in 118-137 and otherwise undecided, the
 *       others right in 197-200);</li>
 *   <li>a large overhead (twice the growing part at the smallest size): wrong in at most 2 of 200, right in at least
 *       170 (seen: 0 wrong; {@code O(log n)} 175 right, the others 197-200);</li>
 *   <li>a time between two classes ({@code n sqrt(log n)}, 10 % noise) is called {@code O(n)} or {@code O(n log n)}
 *       or undecided between them, never another class, in all 200.</li>
 * </ul>
 * Fewer rounds or a narrower range of sizes widen the undecided share, not the wrong one; the range matters most:
 * over sizes 1,000 to 16,000, {@code n log n / n} changes by only 1.4x.
 *
 * <h2>What it cannot see</h2>
 * A class describes growth within the measured sizes only. Caches, the TLB and the heap make real times grow faster
 * once the data outgrows a level of the memory hierarchy; such a step is fitted like any other growth (a linear scan
 * may be called {@code O(n log n)}). Keep the sizes within one level, or read the plot.
 */
package dev.perfkit.junit.complexity;
