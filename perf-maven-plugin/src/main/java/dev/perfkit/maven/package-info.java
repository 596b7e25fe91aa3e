/**
 * The Maven plugin: the {@code compare-commits} goal, which answers "did this commit make it slower?".
 *
 * <p>The goal prepares and launches; it measures nothing itself. It resolves the base ref with {@code git}, checks the
 * base out into a detached worktree under the execution root's {@code target/perfkit} and builds it there with the
 * same Maven, then writes a request (both sides' full test class paths) and runs perf-junit's comparison engine in its
 * own JVM on the plugin's own artifacts. The engine's exit code decides the build: 0 passes, 1 (a test slower beyond
 * the threshold) fails it naming the tests, anything else is an error carrying the engine's error output.
 *
 * <p>No {@code module-info.java}: Maven loads a plugin on the class path of its own class realm, so a descriptor would
 * never be read; and one cannot be compiled against the Maven API, whose jars are automatic modules that split
 * packages ({@code org.apache.maven.plugin} is in both maven-core and maven-plugin-api). The implementation sits in
 * {@code dev.perfkit.maven.internal}, which no one outside the plugin is meant to use.
 */
package dev.perfkit.maven;
