/**
 * How {@code compare-commits} works: parameters ({@link dev.perfkit.maven.internal.Inputs}), the git layer
 * ({@link dev.perfkit.maven.internal.Git}, the {@code git} command, never a library: it sees exactly what the user's
 * git sees, with the same credentials and configuration), the base build
 * ({@link dev.perfkit.maven.internal.BaseBuild}), the engine's request, launch and summary.
 *
 * <p>Nothing here writes into the user's sources: the base worktree, its build, its log and the request live under
 * {@code target/}, and git records the worktree in its own administrative files only. A worktree whose directory was
 * cleaned away is pruned; one at another commit is replaced; one at the same commit with a finished build is reused.
 * The base is built by the same {@code mvn} the user runs, as a process, with {@code -q -B -DskipTests}, {@code -o}
 * when the current build is offline, the same settings files, local repository and active profiles, so it resolves
 * exactly what the head resolved; the dependency plugin writes each module's full test class path.
 */
package dev.perfkit.maven.internal;
