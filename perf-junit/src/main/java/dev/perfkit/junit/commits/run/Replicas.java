package dev.perfkit.junit.commits.run;

import dev.perfkit.junit.measure.AtomicFiles;
import dev.perfkit.junit.measure.Progress;
import dev.perfkit.junit.measure.fork.ForkLauncher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Measures one test again in fresh JVMs, one after another: each runs the engine ({@code CommitsMain}) with this
 * JVM's {@code java}, class path and options, on a request for that test alone whose {@code replicaOutput} names the
 * file it writes its rounds to. Its output goes to a log beside the results. Stateless.
 */
final class Replicas {

    /** The entry point a replica runs. */
    static final String MAIN = "dev.perfkit.junit.commits.CommitsMain";

    private Replicas() {}

    /**
     * Runs {@code forks} replicas of {@code test} and returns their rounds files, in order.
     *
     * @throws IOException naming the replica that failed and its log
     */
    static List<Path> run(CommitsRequest request, String test, int forks, Progress says) throws IOException {
        Path dir = request.outputDir().resolve("replicas");
        ForkLauncher launcher = ForkLauncher.inheritingThisJvm(Replicas.class.getClassLoader());
        long maxTimeNanos = CommitsSettings.read(request::parameter).maxTimeNanos();
        List<Path> files = new ArrayList<>();
        for (int i = 1; i <= forks; i++) {
            String stem = test + "." + i;
            Path rounds = dir.resolve(stem + ".rounds.json");
            Files.deleteIfExists(rounds);
            Path requestFile = AtomicFiles.write(
                    dir.resolve(stem + ".request.json"),
                    "outputDir",
                    request.replica(test, rounds).toJson());
            Path log = dir.resolve(stem + ".log");
            List<String> command = new ArrayList<>();
            command.add(launcher.java().toString());
            command.addAll(launcher.inheritedOptions());
            command.add("-cp");
            command.add(launcher.classPath());
            command.add(MAIN);
            command.add(requestFile.toString());
            says.report("fresh JVM " + i + " of " + forks);
            Process p = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            boolean ended;
            try {
                // generous: a replica warms up and measures within maxTime, and starts a JVM first
                ended = p.waitFor(2 * maxTimeNanos + TimeUnit.SECONDS.toNanos(60), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while fresh JVM " + i + " measured " + test, e);
            }
            if (!ended) {
                p.destroyForcibly();
                throw new IOException("fresh JVM " + i + " did not finish in time; its output: " + log);
            }
            if (p.exitValue() != 0 || !Files.isRegularFile(rounds)) {
                throw new IOException("fresh JVM " + i + " ended with exit code " + p.exitValue() + " and "
                        + (Files.isRegularFile(rounds) ? "" : "no rounds; ") + "its output: " + log + tail(log));
            }
            files.add(rounds);
        }
        return files;
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return "\n  " + String.join("\n  ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }
}
