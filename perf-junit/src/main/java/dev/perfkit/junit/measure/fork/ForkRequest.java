package dev.perfkit.junit.measure.fork;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One test method to run in {@code N} forked JVMs: which test, how many forks, which extra JVM options, how long each
 * fork may take and where the files go.
 *
 * <p>Select the test either by class, method name and parameter types ({@link #forMethod}) or by its JUnit unique id
 * ({@link #forUniqueId}), e.g. {@code ExtensionContext.getUniqueId()} of the test being measured. Defaults: one fork,
 * no extra options, no configuration parameters, {@link #DEFAULT_TIMEOUT_PER_FORK} per fork.
 *
 * <p>Immutable and thread-safe; each {@code with...} method returns a new request.
 */
public final class ForkRequest {

    /** How long one fork may run unless {@link #withTimeoutPerFork} says otherwise: 10 minutes. */
    public static final Duration DEFAULT_TIMEOUT_PER_FORK = Duration.ofMinutes(10);

    /** Options that would replace the class path or the main class the launcher sets. */
    private static final Set<String> RESERVED_OPTIONS =
            Set.of("-cp", "-classpath", "--class-path", "-jar", "-m", "--module", "--source");

    private final String className;
    private final String methodName;
    private final List<String> parameterTypeNames;
    private final String uniqueId;
    private final Path outputDirectory;
    private final int forks;
    private final List<String> jvmOptions;
    private final Duration timeoutPerFork;
    private final Map<String, String> configurationParameters;

    private ForkRequest(
            String className,
            String methodName,
            List<String> parameterTypeNames,
            String uniqueId,
            Path outputDirectory,
            int forks,
            List<String> jvmOptions,
            Duration timeoutPerFork,
            Map<String, String> configurationParameters) {
        this.className = className;
        this.methodName = methodName;
        this.parameterTypeNames = parameterTypeNames;
        this.uniqueId = uniqueId;
        this.outputDirectory = outputDirectory;
        this.forks = forks;
        this.jvmOptions = jvmOptions;
        this.timeoutPerFork = timeoutPerFork;
        this.configurationParameters = configurationParameters;
    }

    /**
     * A request for the method {@code methodName(parameterTypeNames...)} of class {@code className}.
     *
     * @param className the binary name of the test class, e.g. {@code com.example.ParserTest$Nested}
     * @param methodName the test method's name
     * @param parameterTypeNames the method's parameter types as JUnit's method selector spells them ({@code int},
     *     {@code java.lang.String}, {@code java.lang.String[]}); empty for a method without parameters
     * @param outputDirectory where the result files and output logs of the forks go; created if absent
     */
    public static ForkRequest forMethod(
            String className, String methodName, List<String> parameterTypeNames, Path outputDirectory) {
        requireName(className, "className");
        requireName(methodName, "methodName");
        List<String> types = List.copyOf(parameterTypeNames);
        types.forEach(t -> requireName(t, "parameterTypeNames"));
        return new ForkRequest(
                className,
                methodName,
                types,
                null,
                Objects.requireNonNull(outputDirectory),
                1,
                List.of(),
                DEFAULT_TIMEOUT_PER_FORK,
                Map.of());
    }

    /**
     * A request for the test with JUnit unique id {@code uniqueId}, declared in class {@code className}.
     *
     * @param className the binary name of the class declaring the test; the fork checks that it can load it
     * @param uniqueId the test's unique id, e.g.
     *     {@code [engine:junit-jupiter]/[class:com.example.ParserTest]/[method:parse()]}
     * @param outputDirectory where the result files and output logs of the forks go; created if absent
     */
    public static ForkRequest forUniqueId(String className, String uniqueId, Path outputDirectory) {
        requireName(className, "className");
        requireName(uniqueId, "uniqueId");
        return new ForkRequest(
                className,
                null,
                List.of(),
                uniqueId,
                Objects.requireNonNull(outputDirectory),
                1,
                List.of(),
                DEFAULT_TIMEOUT_PER_FORK,
                Map.of());
    }

    /** This request with {@code count} forks, run one after another; {@code count} is at least 1. */
    public ForkRequest withForks(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("forks must be at least 1, got " + count);
        }
        return new ForkRequest(
                className,
                methodName,
                parameterTypeNames,
                uniqueId,
                outputDirectory,
                count,
                jvmOptions,
                timeoutPerFork,
                configurationParameters);
    }

    /**
     * This request with JVM options added after the inherited ones (so they win where the JVM takes the last value,
     * as for {@code -Xmx} or {@code -D}). Options are passed as they are, never filtered: an agent given here does
     * reach the forks.
     *
     * @throws IllegalArgumentException for an option not starting with {@code -}, or one that sets the class path,
     *     module or main class ({@code -cp}, {@code -jar}, {@code -m}, ...), which the launcher sets itself
     */
    public ForkRequest withJvmOptions(List<String> options) {
        List<String> copy = List.copyOf(options);
        for (String option : copy) {
            if (!option.startsWith("-")
                    || RESERVED_OPTIONS.contains(option)
                    || option.startsWith("--class-path=")
                    || option.startsWith("--module=")) {
                throw new IllegalArgumentException("not a JVM option a fork may take: '" + option
                        + "' (the launcher sets the class path and main class itself)");
            }
        }
        return new ForkRequest(
                className,
                methodName,
                parameterTypeNames,
                uniqueId,
                outputDirectory,
                forks,
                copy,
                timeoutPerFork,
                configurationParameters);
    }

    /** This request with at most {@code timeout} for each fork, from its start to its exit; positive. */
    public ForkRequest withTimeoutPerFork(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the timeout per fork must be positive, got " + timeout);
        }
        return new ForkRequest(
                className,
                methodName,
                parameterTypeNames,
                uniqueId,
                outputDirectory,
                forks,
                jvmOptions,
                timeout,
                configurationParameters);
    }

    /**
     * This request with JUnit configuration parameters for the fork's test run (e.g. the {@code perfkit.*} settings
     * the parent resolved), in addition to those the fork finds itself in {@code junit-platform.properties} and system
     * properties.
     */
    public ForkRequest withConfigurationParameters(Map<String, String> parameters) {
        Map<String, String> copy = new LinkedHashMap<>(parameters);
        copy.forEach((k, v) -> {
            requireName(k, "configuration parameter key");
            Objects.requireNonNull(v, "configuration parameter value");
            if (k.contains("=")) {
                throw new IllegalArgumentException("a configuration parameter key may not contain '=': " + k);
            }
        });
        return new ForkRequest(
                className,
                methodName,
                parameterTypeNames,
                uniqueId,
                outputDirectory,
                forks,
                jvmOptions,
                timeoutPerFork,
                Collections.unmodifiableMap(copy));
    }

    private static void requireName(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
    }

    /** The binary name of the test class. */
    public String className() {
        return className;
    }

    /** The test's unique id, or {@code null} when it is selected by method. */
    public String uniqueId() {
        return uniqueId;
    }

    /** The test method's name, or {@code null} when it is selected by unique id. */
    public String methodName() {
        return methodName;
    }

    /** The test method's parameter types; empty when it has none or is selected by unique id. */
    public List<String> parameterTypeNames() {
        return parameterTypeNames;
    }

    /** Where the result files and output logs go. */
    public Path outputDirectory() {
        return outputDirectory;
    }

    /** How many forks run, one after another; at least 1. */
    public int forks() {
        return forks;
    }

    /** The extra JVM options, after the inherited ones. */
    public List<String> jvmOptions() {
        return jvmOptions;
    }

    /** How long one fork may run before it is destroyed. */
    public Duration timeoutPerFork() {
        return timeoutPerFork;
    }

    /** The configuration parameters passed to the fork's test run, in insertion order. */
    public Map<String, String> configurationParameters() {
        return configurationParameters;
    }

    /** The test as messages name it: {@code com.example.ParserTest#parse(int)} or its unique id. */
    public String testName() {
        return uniqueId != null
                ? uniqueId
                : className + "#" + methodName + "(" + String.join(", ", parameterTypeNames) + ")";
    }

    /** The arguments {@link ForkMain} takes to run this request's test. */
    List<String> childArguments() {
        List<String> args = new ArrayList<>(List.of(ForkMain.CLASS, className));
        if (uniqueId != null) {
            args.addAll(List.of(ForkMain.UNIQUE_ID, uniqueId));
        } else {
            args.addAll(List.of(
                    ForkMain.METHOD, methodName, ForkMain.PARAMETER_TYPES, String.join(", ", parameterTypeNames)));
        }
        configurationParameters.forEach((k, v) -> args.addAll(List.of(ForkMain.CONFIG, k + "=" + v)));
        return args;
    }

    @Override
    public String toString() {
        return testName() + " in " + forks + (forks == 1 ? " fork" : " forks") + ", " + timeoutPerFork.toSeconds()
                + " s each, options " + jvmOptions + ", output " + outputDirectory;
    }
}
