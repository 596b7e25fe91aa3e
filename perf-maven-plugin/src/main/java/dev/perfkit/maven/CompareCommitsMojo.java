package dev.perfkit.maven;

import dev.perfkit.maven.internal.BaseBuild;
import dev.perfkit.maven.internal.CompareException;
import dev.perfkit.maven.internal.Engine;
import dev.perfkit.maven.internal.EngineRequest;
import dev.perfkit.maven.internal.Git;
import dev.perfkit.maven.internal.Inputs;
import dev.perfkit.maven.internal.Summary;
import dev.perfkit.maven.internal.TestClasses;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Did this commit make it slower? Measures every {@code @PerfTest} (and {@code @Compare} candidate) that exists both in
 * the base commit and in the working tree, base and head interleaved in one JVM, and fails the build when a test is
 * slower beyond {@code perfkit.maxSlowdown}.
 *
 * <p>Runs per module after the module's {@code test-compile}; a module without such tests is a quick no-op. The base
 * is checked out and built once per commit under the execution root's {@code target/perfkit}.
 */
@Mojo(name = "compare-commits", requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
@Execute(phase = LifecyclePhase.TEST_COMPILE)
public final class CompareCommitsMojo extends AbstractMojo {
    /** The parameters this goal reads itself; every other {@code perfkit.*} property is handed to the engine. */
    private static final Set<String> OWN =
            Set.of("perfkit.base", "perfkit.maxSlowdown", "perfkit.percentile", "perfkit.tests", "perfkit.skip");

    /** The commit to compare against: a branch, tag or sha, such as {@code origin/main}. Required. */
    @Parameter(property = "perfkit.base")
    private String base;

    /** The largest slowdown that passes: a percentage such as {@code 5%} or a fraction such as {@code 0.05}. */
    @Parameter(property = "perfkit.maxSlowdown", defaultValue = "5%")
    private String maxSlowdown;

    /** The percentile of the time per call compared, above 0 and below 100. */
    @Parameter(property = "perfkit.percentile", defaultValue = "50")
    private String percentile;

    /** Only these tests, comma-separated {@code Class.method} or {@code Class}; all when unset. */
    @Parameter(property = "perfkit.tests")
    private String tests;

    /** Skips the comparison. */
    @Parameter(property = "perfkit.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    /** The plugin's own artifacts: the engine's class path. */
    @Parameter(defaultValue = "${plugin.artifacts}", readonly = true, required = true)
    private List<Artifact> pluginArtifacts;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("perfkit.skip is set: commits not compared");
            return;
        }
        try {
            compare();
        } catch (CompareException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    private void compare() throws CompareException, MojoFailureException {
        if (base == null || base.isBlank()) {
            throw new CompareException("perfkit.base is not set: name the commit to compare the working tree"
                    + " against, such as -Dperfkit.base=origin/main (a branch, tag or commit)");
        }
        double slowdown = Inputs.maxSlowdown(maxSlowdown);
        double pct = Inputs.percentile(percentile);
        List<String> selected = Inputs.tests(tests);
        if (!"jar".equals(project.getPackaging())) {
            getLog().debug("packaging " + project.getPackaging() + ": no tests to compare");
            return;
        }
        Path testClasses = Path.of(project.getBuild().getTestOutputDirectory());
        if (!TestClasses.measured(testClasses)) {
            getLog().info("no @PerfTest or @Compare in " + testClasses + ": nothing to compare");
            return;
        }

        File root = new File(session.getExecutionRootDirectory()).getAbsoluteFile();
        Git git = Git.open(root);
        String baseSha = git.resolveCommit(base);
        String headSha = git.headCommit();
        List<String> changed = git.changedPaths();
        String baseShort = git.shortSha(baseSha);
        // a sha given as the ref is not repeated: "05804c4", not "05804c4 (05804c4)"
        String baseLabel =
                baseSha.startsWith(base.toLowerCase(Locale.ROOT)) ? baseShort : base + " (" + baseShort + ")";
        String headLabel = "working tree (" + git.shortSha(headSha) + (changed.isEmpty() ? ")" : ", dirty)");
        if (!changed.isEmpty()) {
            getLog().info("the working tree has uncommitted changes (" + changed.size() + " paths, such as "
                    + changed.get(0) + "): they are measured as the head, as they are");
        }
        getLog().info("comparing " + headLabel + " against " + baseLabel);

        File baseRoot = BaseBuild.prepare(git, root, base, baseSha, maven(), getLog()::info);
        Path module = root.toPath().relativize(project.getBasedir().toPath().toAbsolutePath());
        File baseModule = baseRoot.toPath().resolve(module).toFile();
        Optional<List<String>> baseClassPath = BaseBuild.testClassPath(baseModule);
        if (baseClassPath.isEmpty()) {
            getLog().info("module " + (module.toString().isEmpty() ? "." : module) + " has no test classes in "
                    + baseLabel + ": every test is new, nothing to compare");
            return;
        }

        File outputDir = new File(project.getBuild().getDirectory(), "perf-results/commits");
        EngineRequest request = new EngineRequest(
                new EngineRequest.Side(
                        baseLabel,
                        baseClassPath.get(),
                        List.of(new File(baseModule, "target/test-classes").getAbsolutePath())),
                new EngineRequest.Side(headLabel, headClassPath(), List.of(testClasses.toString())),
                outputDir,
                slowdown,
                pct,
                selected,
                settings());
        Path requestFile = writeRequest(request);
        Engine.Exit exit = launch(requestFile);
        decide(exit, outputDir, baseLabel, slowdown, requestFile);
    }

    /** Writes the engine's request under target/perfkit, and removes an earlier run's summary. */
    private Path writeRequest(EngineRequest request) throws CompareException {
        Path requestFile = Path.of(project.getBuild().getDirectory(), "perfkit", "compare-commits-request.json");
        try {
            Files.createDirectories(requestFile.getParent());
            Files.writeString(requestFile, request.toJson(), StandardCharsets.UTF_8);
            // an earlier run's summary must not be read as this run's when the engine fails before writing one
            Files.deleteIfExists(request.outputDir().toPath().resolve("summary.json"));
        } catch (IOException e) {
            throw new CompareException("cannot write the comparison request " + requestFile + ": " + e.getMessage(), e);
        }
        return requestFile;
    }

    /** Runs the engine on the plugin's own artifacts, in the build's JDK, its output streamed to the log. */
    private Engine.Exit launch(Path requestFile) throws CompareException {
        List<String> command = Engine.command(
                new File(System.getProperty("java.home")),
                Engine.heapOptions(ManagementFactory.getRuntimeMXBean().getInputArguments()),
                pluginArtifacts.stream()
                        .map(Artifact::getFile)
                        .filter(f -> f != null)
                        .toList(),
                requestFile);
        getLog().debug("engine: " + String.join(" ", command));
        return Engine.run(command, project.getBasedir(), getLog()::info, getLog()::warn);
    }

    /** Passes or fails the build by the engine's exit code, after the engine has written its outputs. */
    private void decide(Engine.Exit exit, File outputDir, String baseLabel, double slowdown, Path requestFile)
            throws CompareException, MojoFailureException {
        Path summary = outputDir.toPath().resolve("summary.json");
        if (exit.code() == Engine.PASSED) {
            getLog().info("no test slower than " + baseLabel + " beyond " + maxSlowdown + "; report: " + outputDir);
        } else if (exit.code() == Engine.SLOWER && Files.isRegularFile(summary)) {
            List<String> slower = Summary.slower(summary, slowdown);
            List<String> named = slower.isEmpty() ? exit.errorLines() : slower;
            throw new MojoFailureException(
                    (slower.isEmpty() ? "tests are" : slower.size() == 1 ? "1 test is" : slower.size() + " tests are")
                            + " slower than " + baseLabel + " beyond perfkit.maxSlowdown=" + maxSlowdown + ":\n  "
                            + String.join("\n  ", named) + "\nreport: " + outputDir);
        } else {
            throw new CompareException("the comparison engine failed (exit code " + exit.code() + ") on " + requestFile
                    + ":\n" + String.join("\n", exit.errorLines()));
        }
    }

    private List<String> headClassPath() throws CompareException {
        try {
            return project.getTestClasspathElements();
        } catch (DependencyResolutionRequiredException e) {
            throw new CompareException("the test class path of " + project.getId() + " is not resolved", e);
        }
    }

    /** Every {@code perfkit.*} system and user property but the goal's own, for the engine. */
    private Map<String, String> settings() {
        Map<String, String> settings = new TreeMap<>();
        for (Properties properties : List.of(session.getSystemProperties(), session.getUserProperties())) {
            for (String key : properties.stringPropertyNames()) {
                if (key.startsWith("perfkit.") && !OWN.contains(key)) {
                    settings.put(key, properties.getProperty(key));
                }
            }
        }
        return settings;
    }

    private BaseBuild.Maven maven() {
        String home = System.getProperty("maven.home");
        String launcher = System.getProperty("os.name", "").startsWith("Windows") ? "mvn.cmd" : "mvn";
        File executable = home == null ? new File(launcher) : new File(new File(home, "bin"), launcher);
        return new BaseBuild.Maven(
                executable,
                session.isOffline(),
                existing(session.getRequest().getUserSettingsFile()),
                existing(session.getRequest().getGlobalSettingsFile()),
                session.getRepositorySession().getLocalRepository().getBasedir(),
                session.getRequest().getActiveProfiles(),
                session.getRequest().getSelectedProjects());
    }

    private static Optional<File> existing(File file) {
        return Optional.ofNullable(file).filter(File::isFile);
    }
}
