package dev.perfkit.junit.commits;

import dev.perfkit.junit.commits.result.CommitsResult;
import dev.perfkit.junit.commits.run.BadRequestException;
import dev.perfkit.junit.commits.run.CommitsRequest;
import dev.perfkit.junit.commits.run.CommitsRun;
import dev.perfkit.junit.measure.EnvVars;
import dev.perfkit.junit.report.CommitsWriters;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * The engine that compares two commits' performance tests in one JVM, started by the Maven plugin: {@code java -cp
 * <perfkit's jars> dev.perfkit.junit.commits.CommitsMain <request.json>}. The request, the outputs and the exit codes
 * are described in {@code package-info.java}.
 */
public final class CommitsMain {

    /** No test is slower beyond the threshold. */
    public static final int OK = 0;
    /** At least one test is slower beyond the threshold. */
    public static final int SLOWER = 1;
    /** The request is bad or the engine failed. */
    public static final int FAILED = 2;

    private CommitsMain() {}

    /** Runs the request named by the only argument and exits with {@link #OK}, {@link #SLOWER} or {@link #FAILED}. */
    public static void main(String[] args) {
        int code = run(args, System.out, System.err, name -> Optional.ofNullable(System.getenv(name)));
        System.out.flush();
        System.err.flush();
        // the code under test may have started threads that would keep the JVM alive
        System.exit(code);
    }

    /**
     * Runs the request named by {@code args[0]}: measures, writes every output and returns the exit code.
     *
     * @param out where progress and the table go
     * @param err where errors go
     * @param getenv the environment variables ({@code GITHUB_STEP_SUMMARY}); a setting {@code perfkit.env.NAME}
     *     overrides one
     */
    public static int run(String[] args, PrintStream out, PrintStream err, Function<String, Optional<String>> getenv) {
        if (args.length != 1) {
            err.println("[perfkit] usage: java -cp <perfkit's class path> " + CommitsMain.class.getName()
                    + " <request.json>: exactly one argument, the path of the request file; got " + args.length);
            return FAILED;
        }
        CommitsRequest request;
        try {
            request = CommitsRequest.read(Path.of(args[0]));
        } catch (BadRequestException | RuntimeException e) {
            err.println("[perfkit] " + e.getMessage());
            return FAILED;
        }
        CommitsResult result;
        try {
            result = CommitsRun.run(request, message -> {
                out.println(message);
                out.flush();
            });
        } catch (ExtensionConfigurationException e) {
            err.println("[perfkit] request file " + args[0] + ", settings: " + e.getMessage());
            return FAILED;
        } catch (Exception | LinkageError e) {
            err.println("[perfkit] the engine failed on " + args[0] + ": " + e);
            e.printStackTrace(err);
            return FAILED;
        }
        if (result == null) {
            return OK; // a replica, which has written its rounds
        }
        try {
            CommitsWriters.write(
                    result,
                    request.outputDir(),
                    out,
                    EnvVars.lookup(
                            request::parameter, name -> getenv.apply(name).orElse(null)));
        } catch (java.io.IOException | RuntimeException e) {
            err.println("[perfkit] the results were not all written: " + e.getMessage());
            return FAILED;
        }
        if (result.exitCode() != OK) {
            err.println("[perfkit] " + dev.perfkit.junit.report.format.CommitsText.decision(result));
        }
        return result.exitCode();
    }
}
