/**
 * The engine that answers "did this commit make it slower?": the base commit's and the head's performance tests,
 * each side loaded by its own class loader, measured in paired, interleaved rounds in one JVM. The Maven plugin's
 * goal {@code compare-commits} builds both sides and starts this engine; this is the contract between them.
 *
 * <h2>Starting it</h2>
 *
 * <p>{@code java -cp <perf-api, perf-core, perf-junit and their dependencies> dev.perfkit.junit.commits.CommitsMain
 * <request.json>}: one argument, the path of the request file. The engine runs on the class path (not the module
 * path). Its own class path holds perfkit's jars and JUnit Jupiter's API; each side's code comes from the request.
 *
 * <h2>The request file</h2>
 *
 * <pre>{@code
 * {"base": {"label": "main (abc1234)", "classPath": ["/abs/jar-or-dir", ...], "testClassDirs": ["/abs/test-classes"]},
 *  "head": {"label": "working tree (def5678, dirty)", "classPath": [...], "testClassDirs": [...]},
 *  "outputDir": "/abs/module/target/perf-results/commits",
 *  "maxSlowdown": 0.05, "percentile": 50, "tests": ["OrderTest.parse"],
 *  "settings": {"perfkit.commits.maxTime": "20s"}}
 * }</pre>
 *
 * <ul>
 *   <li>{@code base}, {@code head} (required): {@code label}, a non-blank string the reports show; {@code classPath},
 *       a non-empty array of absolute paths, the side's whole Maven test class path (test classes, main classes,
 *       every dependency, that side's perfkit and JUnit jars included: the engine's own perfkit and JUnit classes
 *       are used instead); {@code testClassDirs}, a non-empty array of absolute paths of existing folders, searched
 *       for the side's tests.</li>
 *   <li>{@code outputDir} (required): an absolute path; created if missing.</li>
 *   <li>{@code maxSlowdown} (default 0.05): the threshold as a fraction, 0 to 10.</li>
 *   <li>{@code percentile} (default 50): the latency percentile compared, above 0 and at most 100.</li>
 *   <li>{@code tests} (optional): restricts the run to these tests, each {@code Class.method} (nested classes joined
 *       with dots) or {@code full.ClassName.method}; a name on neither side is listed as a note.</li>
 *   <li>{@code settings} (optional): {@code perfkit.*} keys to string values, as in {@code docs/configuration.md};
 *       system properties of the engine's JVM are read for keys the request does not set.</li>
 *   <li>{@code replicaOutput}: set only by the engine itself in the requests of the fresh JVMs it starts.</li>
 * </ul>
 *
 * <p>Any other field, or a field of the wrong form, is a bad request.
 *
 * <h2>What it measures</h2>
 *
 * <p>Every method annotated {@code @PerfTest} (or a {@code @Test} method of a class annotated {@code @PerfTest}) and
 * the {@code @Candidate} method of every {@code @Compare} test, in classes under the side's {@code testClassDirs}; a
 * test is named {@code Class.method}, or {@code com.example.Class.method} where test classes of either side in
 * different packages share the short name. A test on both sides is measured; on one side only it is listed as added or
 * removed. The first call on each side must compute the same (the values given to the {@code Sink}, then the
 * returned value); otherwise the test is listed as differing and not measured. A test needing what only JUnit gives
 * (parameters other than a {@code Sink}, extensions, a {@code @Nested} class, several threads, a rate) is skipped with
 * the reason. Each measured test gets one row per metric: the percentile ({@code p50}), {@code alloc.bytes} and,
 * where perf-jdbc counts statements, {@code sql.statements}; see {@link dev.perfkit.junit.commits.run} for how.
 *
 * <h2>Outputs</h2>
 *
 * <ul>
 *   <li>stdout: progress lines ({@code [2/7] OrderTest.parse: round 14}), then the table (test, metric, base, head,
 *       factor [interval], verdict, detectable) and what the run decided.</li>
 *   <li>{@code outputDir/summary.json}: exactly {@code {"tests": [{"test": "Class.method", "metric": "p50", "base":
 *       ns, "head": ns, "factor": f, "low": l, "high": h, "verdict": "SLOWER", "detectable": d}, ...], "added":
 *       [names], "removed": [names], "differing": [names], "skipped": [{"test": name, "reason": text}]}}; factors are
 *       head / base; numbers that are not finite are null.</li>
 *   <li>{@code outputDir/<Class.method>.html}: a page per measured test.</li>
 *   <li>The Markdown summary, appended to the file named by the environment variable {@code GITHUB_STEP_SUMMARY}
 *       when it is set (or the setting {@code perfkit.env.GITHUB_STEP_SUMMARY}), else written to
 *       {@code outputDir/summary.md}.</li>
 *   <li>{@code outputDir/replicas/}: the requests, rounds and output of the fresh JVMs, when any ran.</li>
 * </ul>
 *
 * <p>Every file is written whole or not at all.
 *
 * <h2>Exit codes</h2>
 *
 * <ul>
 *   <li>0: no test is SLOWER beyond {@code maxSlowdown} (the verdict SLOWER with an estimated factor above
 *       {@code 1 + maxSlowdown} on the latency percentile).</li>
 *   <li>1: at least one is; stderr names each.</li>
 *   <li>2: the request is bad (stderr names the file, the field and the accepted form), a setting is bad (names the
 *       key), or the engine failed.</li>
 * </ul>
 */
package dev.perfkit.junit.commits;
