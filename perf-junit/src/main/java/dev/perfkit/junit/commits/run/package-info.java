/**
 * Comparing two commits' performance tests in one JVM: the request, the side loaders, discovery, the tests set up
 * outside JUnit, the paired rounds and their verdicts, and the result value {@link
 * dev.perfkit.junit.commits.result.CommitsResult} the writers of the report package take.
 *
 * <h2>Two class loaders, one JVM</h2>
 *
 * <p>Each side gets a {@link dev.perfkit.junit.commits.run.SideLoader} over its class path: child-first for the code
 * under test and its libraries, which are therefore loaded twice, once per side; parent-first for perfkit's and
 * JUnit's packages, so the annotations, {@code Sink} and perfkit's counters are the engine's, one class for both
 * sides. Both sides share the JDK, and with it the JIT's profiles of JDK code they both call (profile pollution),
 * static state of shared classes, and native libraries, which a JVM loads for one class loader only.
 *
 * <h2>The rounds and the statistics</h2>
 *
 * <p>A test on both sides is measured as {@code @Compare} measures two bodies: base and head warm up together, then
 * {@link dev.perfkit.junit.compare.InterleavedRounds} measure each for the same slice in every round, alternating
 * which goes first, and {@link dev.perfkit.junit.compare.SequentialComparison} looks at the rounds at 20, 30 and 40
 * rounds with signed-rank intervals (98.33 % each, 95 % overall). The threshold is a budget on the improvement factor
 * base / head of at least {@code 1 / (1 + maxSlowdown)}, so the rounds stop when that budget is decided, and {@link
 * dev.perfkit.junit.compare.Replication}'s rules apply unchanged: unless the one-JVM interval lies at least
 * {@code perfkit.compare.jvmMargin} clear of the threshold, the test is measured again in
 * {@code perfkit.compare.replicaForks} fresh JVMs (each runs the engine on a request for that test alone) and the
 * verdict rests on one factor per JVM, Student's t over their logarithms at 99 %. The reported factor is the head's
 * cost over the base's, the reciprocal of that estimate, and {@link dev.perfkit.junit.commits.result.CommitVerdict}
 * turns its interval into a verdict. {@code perfkit.commits.maxTime} bounds the warm-up and the measured time of each
 * test in each JVM.
 */
package dev.perfkit.junit.commits.run;
