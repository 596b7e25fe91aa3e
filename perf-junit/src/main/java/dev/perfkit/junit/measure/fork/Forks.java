package dev.perfkit.junit.measure.fork;

import dev.perfkit.junit.measure.Setting;
import dev.perfkit.junit.measure.Settings;
import dev.perfkit.junit.measure.TestId;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.AssertionFailedError;

/**
 * Runs a performance test or a comparison in fresh JVMs: the same test, selected by its unique id, in one child JVM
 * after another, each with the test's class path (from the test class's loaders, whatever launcher runs the tests),
 * this JVM's options and the {@code perfkit.*} configuration this test sees (every {@link Setting} that reaches forks).
 * Stateless.
 */
public final class Forks {

    private Forks() {}

    /**
     * Measures {@code context}'s test in {@code forks} fresh JVMs and returns the files they wrote, in fork order.
     *
     * @param test the test, for messages and the folder of the forks' files
     * @throws AssertionFailedError naming the fork and why, when a fork did not measure
     */
    public static List<Path> run(ExtensionContext context, TestId test, int forks) {
        return run(context, test, forks, "", Map.of());
    }

    /**
     * Measures {@code context}'s test in {@code forks} fresh JVMs, each also given {@code parameters} (which take the
     * place of the test's own values of those keys), and returns the files they wrote, in fork order.
     *
     * @param folder the name of a folder for the forks' files below the test's own, or empty for the test's own; the
     *     runs of one test need different folders
     * @throws AssertionFailedError naming the fork and why, when a fork did not measure
     */
    public static List<Path> run(
            ExtensionContext context, TestId test, int forks, String folder, Map<String, String> extra) {
        Settings settings = Settings.read(context::getConfigurationParameter);
        Path dir = settings.resultsDir().resolve("forks").resolve(test.fileStem());
        dir = folder.isEmpty() ? dir : dir.resolve(folder);
        Map<String, String> parameters = new LinkedHashMap<>(Setting.forForks(context::getConfigurationParameter));
        parameters.putAll(extra);
        ForkRun run = ForkLauncher.inheritingThisJvm(
                        context.getRequiredTestClass().getClassLoader())
                .run(ForkRequest.forUniqueId(context.getRequiredTestClass().getName(), context.getUniqueId(), dir)
                        .withForks(forks)
                        .withConfigurationParameters(parameters));
        if (!run.succeeded()) {
            throw new AssertionFailedError(test.name() + ": a fork did not measure\n" + run.message());
        }
        return run.resultFiles();
    }
}
