package dev.perfkit.junit.measure.fork;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Which of the parent JVM's options a fork inherits: all of them except those that attach a tool to the parent,
 * write a file the parent writes too, or set what the launcher sets itself. The list of what is dropped and why is in
 * the package documentation.
 *
 * <p>Stateless and thread-safe.
 */
final class InheritedOptions {

    private InheritedOptions() {}

    /** The options of {@code parentOptions} a fork takes, in their order. */
    static List<String> of(List<String> parentOptions) {
        return parentOptions.stream().filter(o -> !isDropped(o)).collect(Collectors.toUnmodifiableList());
    }

    /** Whether a fork leaves {@code option} of its parent out. */
    static boolean isDropped(String option) {
        return isAgent(option) || writesParentFile(option) || setByLauncher(option);
    }

    /**
     * Debuggers and agents: a JDWP agent with a fixed port fails to bind in the child (or, with {@code suspend=y},
     * waits for a debugger forever); coverage, profiling and IDE agents attach to the parent's session, write its
     * files and change what is measured. Given explicitly as extra options, they do reach the forks.
     */
    private static boolean isAgent(String option) {
        return option.startsWith("-agentlib:")
                || option.startsWith("-agentpath:")
                || option.startsWith("-javaagent:")
                || option.startsWith("-Xrun")
                || option.equals("-Xdebug")
                || option.equals("-Xnoagent");
    }

    /** Logs, recordings and archives written to a named file: the fork would overwrite the parent's. */
    private static boolean writesParentFile(String option) {
        return option.startsWith("-Xloggc:")
                || logsToFile(option)
                || option.startsWith("-XX:StartFlightRecording")
                || option.startsWith("-XX:FlightRecorderOptions")
                || option.startsWith("-XX:LogFile=")
                || option.startsWith("-XX:ArchiveClassesAtExit=");
    }

    /** {@code -Xlog:what:output...} with an output other than stdout or stderr is a file. */
    private static boolean logsToFile(String option) {
        if (!option.startsWith("-Xlog:")) {
            return false;
        }
        String[] parts = option.substring("-Xlog:".length()).split(":", -1);
        if (parts.length < 2) {
            return false;
        }
        String output = parts[1].toLowerCase(Locale.ROOT);
        return !(output.isEmpty() || output.equals("stdout") || output.equals("stderr"));
    }

    /**
     * The class path (passed in an argument file, which {@code --disable-@files} would turn off) and the fork's
     * identity are set by the launcher; {@code jdk.module.*} are reserved.
     */
    private static boolean setByLauncher(String option) {
        return option.startsWith("-Djava.class.path=")
                || option.equals("--disable-@files")
                || option.startsWith("-Djdk.module.")
                || option.startsWith("-D" + ForkContext.PROPERTY_PREFIX);
    }
}
