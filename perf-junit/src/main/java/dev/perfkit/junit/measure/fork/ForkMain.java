package dev.perfkit.junit.measure.fork;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.platform.commons.JUnitException;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The main class of a forked JVM: runs exactly one test through the JUnit Platform launcher (Jupiter engine only)
 * and exits with a code that says how it went.
 *
 * <p>Arguments: {@code --class NAME} and either {@code --method NAME --parameter-types "T1, T2"} or
 * {@code --unique-id ID}, then any number of {@code --config KEY=VALUE}. Written by {@link ForkRequest}; not meant to
 * be typed by hand. Failures are printed to standard error, which the parent keeps the end of.
 *
 * <p>Runs on the main thread of its own JVM; not for use inside another JVM's test run (it calls
 * {@link System#exit}).
 */
final class ForkMain {

    /** The test ran and passed. */
    static final int EXIT_SUCCEEDED = 0;
    /** The arguments were wrong. The JVM itself exits with 1 for an uncaught exception, so 2 and up are ours. */
    static final int EXIT_USAGE = 2;
    /** The test or a lifecycle method of its class failed. */
    static final int EXIT_TEST_FAILED = 3;
    /** The test was skipped, disabled or aborted, and none failed. */
    static final int EXIT_TEST_ABORTED = 4;
    /** No test ran: class or method not found. */
    static final int EXIT_NO_TEST = 5;

    static final String CLASS = "--class";
    static final String METHOD = "--method";
    static final String PARAMETER_TYPES = "--parameter-types";
    static final String UNIQUE_ID = "--unique-id";
    static final String CONFIG = "--config";

    private static final String ENGINE = "junit-jupiter";

    private ForkMain() {}

    public static void main(String[] args) {
        int code;
        try {
            code = run(args, System.err);
        } catch (IllegalArgumentException e) {
            System.err.println("perfkit fork: " + e.getMessage());
            code = EXIT_USAGE;
        }
        System.out.flush();
        System.err.flush();
        // Exit even if the test left non-daemon threads running.
        System.exit(code);
    }

    /** Runs the test the arguments select, reports to {@code err}, and returns the exit code. */
    static int run(String[] args, PrintStream err) {
        Map<String, String> options = new LinkedHashMap<>();
        Map<String, String> config = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("no value after " + args[i]);
            }
            if (CONFIG.equals(args[i])) {
                int eq = args[i + 1].indexOf('=');
                if (eq < 1) {
                    throw new IllegalArgumentException(CONFIG + " takes KEY=VALUE, got " + args[i + 1]);
                }
                config.put(args[i + 1].substring(0, eq), args[i + 1].substring(eq + 1));
            } else {
                options.put(args[i], args[i + 1]);
            }
        }
        String className = required(options, CLASS);
        String where = ForkContext.current() + ", test class " + className;
        try {
            Class.forName(className, false, ClassLoader.getSystemClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            err.println("perfkit " + where + ": the test class cannot be loaded (" + e + ")");
            return EXIT_NO_TEST;
        }
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selector(className, options))
                .filters(EngineFilter.includeEngines(ENGINE))
                .configurationParameters(config)
                .build();
        OutcomeListener outcome = new OutcomeListener(err);
        try {
            LauncherFactory.create().execute(request, outcome);
        } catch (JUnitException e) {
            // Jupiter 5.10 throws when a selector does not resolve; later versions report it to the listener
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            err.println("perfkit " + where + ": no test ran: JUnit Jupiter [[engine:" + ENGINE + "]]: "
                    + String.valueOf(cause.getMessage()).strip().replaceAll("\\s+", " "));
            return EXIT_NO_TEST;
        }
        return outcome.report("perfkit " + where);
    }

    private static DiscoverySelector selector(String className, Map<String, String> options) {
        if (options.containsKey(UNIQUE_ID)) {
            return selectUniqueId(options.get(UNIQUE_ID));
        }
        return selectMethod(className, required(options, METHOD), options.getOrDefault(PARAMETER_TYPES, ""));
    }

    private static String required(Map<String, String> options, String key) {
        String value = options.get(key);
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("missing " + key + " (got " + options.keySet() + ")");
        }
        return value;
    }
}
