/**
 * Part of the shared measuring packages: may use {@code measure}; never a feature or the writers.
 *
 * <p>Forks: one test method run in {@code N} fresh child JVMs, one after another, as JMH runs a benchmark.
 *
 * <h2>Use</h2>
 * In the parent, {@link dev.perfkit.junit.measure.fork.ForkLauncher#inheritingThisJvm()} and
 * {@link dev.perfkit.junit.measure.fork.ForkLauncher#run(ForkRequest)} with a
 * {@link dev.perfkit.junit.measure.fork.ForkRequest} (the test by class, method and parameter types or by unique
 * id; forks; extra JVM options; timeout per fork; output directory; JUnit configuration parameters) give a
 * {@link dev.perfkit.junit.measure.fork.ForkRun}: per fork a status, exit code, result file, the end of its output
 * and its elapsed time. In the child, the measuring code asks
 * {@link dev.perfkit.junit.measure.fork.ForkContext#current()} whether it is a fork, which one, and where its result
 * goes, and writes that file itself; this package only passes the path and hands it back. Inside a fork the
 * extension measures in process and never forks again: the same selected test runs there, and
 * {@code ForkContext.current().isFork()} is how it tells.
 *
 * <h2>Protocol</h2>
 * <ol>
 *   <li>Fork {@code i} of {@code N} runs {@code <java.home>/bin/java}, the inherited options, the request's extra
 *       options, then {@code -Dperfkit.fork.index=i -Dperfkit.fork.count=N -Dperfkit.fork.output=<dir>/fork-i.result}
 *       (set last, so no option overrides them), {@code @<dir>/fork-i.classpath} (an argument file holding
 *       {@code -cp "<java.class.path>"}, so that no class path is too long for a command line) and the main class
 *       {@code ForkMain} with the test's selector and configuration parameters as arguments.</li>
 *   <li>{@code ForkMain} loads the test class (a missing class is reported as such), runs exactly the selected test
 *       through the JUnit Platform launcher with the Jupiter engine only (extensions, lifecycle methods and
 *       {@code junit-platform.properties} apply as in any run), prints failures and a summary line to standard
 *       error and exits: 0 passed, 3 failed, 4 skipped or aborted, 5 no test ran (class or method not found), 2 bad
 *       arguments. Any other code (1 for a JVM that cannot start or an uncaught error, 134 for a crash, a halt) is
 *       reported as {@link dev.perfkit.junit.measure.fork.ForkStatus#CRASHED}. It calls {@code System.exit}, so
 *       threads the test leaves behind do not keep the fork alive.</li>
 *   <li>The parent deletes stale {@code fork-i.result} and log files first, so a result file present afterwards was
 * written by       this fork. Standard output and error go to {@code fork-i.stdout.log} and {@code fork-i.stderr.log};
 * standard       input is empty.</li>
 * </ol>
 *
 * <h2>What a fork inherits</h2>
 * The parent's class path as it is ({@code java.class.path}). Surefire 3 on JDK 9 and later passes the whole test
 * class path there; with {@code useManifestOnlyJar} (and IDEs that shorten the command line the same way) it is a
 * manifest-only jar whose {@code Class-Path} lists everything, and the child's class loader follows that manifest
 * just as the parent's does (both tested). Runners that load test classes in a class loader of their own, leaving
 * them off {@code java.class.path}, are not supported: the fork then reports the test class as not loadable
 * ({@link dev.perfkit.junit.measure.fork.ForkStatus#NO_TEST}). The parent's JVM
 * options ({@code RuntimeMXBean.getInputArguments()}: heap, GC, JIT, {@code -D}, {@code --add-opens},
 * {@code --module-path}, {@code --add-modules}, {@code -ea}, ...), the working directory and the environment.
 * Dropped, with the reason:
 * <ul>
 *   <li>debuggers and agents ({@code -agentlib:}, {@code -agentpath:}, {@code -javaagent:}, {@code -Xrun*},
 *       {@code -Xdebug}, {@code -Xnoagent}): a JDWP agent on a fixed port fails to bind in the child, and with
 *       {@code suspend=y} would wait for a debugger until the timeout; coverage, profiler and IDE agents belong to
 *       the parent's session, write its files and change what is measured. Extra options are never filtered, so an
 *       agent wanted in the forks is given there.</li>
 *   <li>options that write a named file the parent writes too: {@code -Xlog} to a file, {@code -Xloggc:},
 *       {@code -XX:StartFlightRecording}, {@code -XX:FlightRecorderOptions}, {@code -XX:LogFile=},
 *       {@code -XX:ArchiveClassesAtExit=}.</li>
 *   <li>what the launcher sets: {@code -Djava.class.path=}, {@code --disable-@files} (it would turn the class path
 *       file off), {@code -Dperfkit.fork.*}, and {@code -Djdk.module.*} (reserved; the JVM ignores them with a
 *       warning).</li>
 * </ul>
 * {@code JAVA_TOOL_OPTIONS}, {@code JDK_JAVA_OPTIONS} and {@code _JAVA_OPTIONS} are removed from the child's
 * environment: their options are among the input arguments already, so they arrive once, filtered. System
 * properties set while the parent runs ({@code System.setProperty}, Surefire's {@code systemPropertyVariables}, which
 * Surefire sets after start) and JUnit configuration parameters are not inherited: pass what the fork needs as extra
 * {@code -D} options or with {@code ForkRequest.withConfigurationParameters}.
 *
 * <p><b>Module path:</b> module options are inherited, but the child always starts on the class path. When
 * perf-junit itself is loaded as a named module, forks are refused with status
 * {@link dev.perfkit.junit.measure.fork.ForkStatus#NOT_STARTED} and a message saying so (not supported).
 *
 * <h2>Timeouts, failures and output</h2>
 * Each fork has its own timeout (10 minutes unless set), from process start to exit. A fork past it is destroyed
 * forcibly together with its descendants (listed before the fork is killed, so they can still be found), and the
 * launcher waits up to 10 s for them to be gone; its status is
 * {@link dev.perfkit.junit.measure.fork.ForkStatus#TIMED_OUT}. The first fork that does not succeed ends the run:
 * the later ones would most likely fail the same way, and a hanging test would otherwise cost {@code N} timeouts.
 * Nothing a fork does throws in the parent; every failure is a status with a message naming the test, the fork
 * number, the exit code and the last 20 lines of its standard error. An interrupted parent destroys the running
 * fork, keeps its interrupt flag and reports {@link dev.perfkit.junit.measure.fork.ForkStatus#INTERRUPTED}.
 *
 * <p>Output goes to files rather than pipes: the parent needs no reader threads, a fork (or a descendant that kept
 * the pipe open) can never block on a full pipe or keep the parent waiting for end of stream, and the full log stays
 * on disk for diagnosis. The parent reads back only the last 64 KiB of each stream, so its memory is bounded whatever
 * the fork prints; disk use is not bounded.
 *
 * <h2>Why one fork at a time</h2>
 * Forks measure. Two at once would compete for cores, caches, memory bandwidth and the JIT's compiler threads, and
 * each would measure the other. For the same reason {@code ForkLauncher.run} must not be called from several threads
 * at once.
 *
 * <h2>Thread-safety</h2>
 * Every public type here is immutable and thread-safe; see each type.
 */
package dev.perfkit.junit.measure.fork;
