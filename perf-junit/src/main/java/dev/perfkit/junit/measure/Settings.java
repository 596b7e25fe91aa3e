package dev.perfkit.junit.measure;

import dev.perfkit.Ticker;
import dev.perfkit.Units;
import dev.perfkit.junit.measure.jvm.CpuClock;
import dev.perfkit.junit.measure.jvm.JvmProbe;
import dev.perfkit.junit.metric.Policy;
import dev.perfkit.memory.MemoryProbe;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * The global configuration, read from JUnit configuration parameters (system properties or
 * {@code junit-platform.properties}). Immutable. Every key is in {@link Setting};
 * {@code docs/configuration.md} gives the accepted values and defaults.
 *
 * @param enforcement what a missed budget does
 * @param timeScale the factor on time budgets (divisor on throughput budgets), positive
 * @param resultsDir the folder of the JSON results
 * @param warmupCapNanos the default cap of a warm-up until steady
 * @param windowNanos the length of one steady-state window
 * @param tolerance how far window medians may spread and still count as steady, relative
 * @param durationNanos the default measurement length
 * @param ticker the clock every benchmark reads
 * @param allocation whether to measure allocation
 * @param unsteady what a measurement with cautions (an unsteady warm-up, JVM activity or a trend while measuring)
 *     does: {@link Policy#FAIL} fails its test, {@link Policy#WARN} reports them only
 * @param forks the fresh JVMs that measure a performance test or comparison whose {@code forks} attribute is not set;
 *     0 to measure in the test's own JVM
 * @param profile when to profile the measured code with JFR, in extra calls after the measured ones
 * @param watchJvm whether warm-ups and rounds watch the JVM (JIT, heap, page faults); off only for tests that script
 *     the clock and must not depend on what the real JVM does meanwhile
 * @param cpuClock where the measuring threads' CPU time is read: the JVM's, a scripted one, or one saying why none is
 */
public record Settings(
        Policy enforcement,
        double timeScale,
        Path resultsDir,
        long warmupCapNanos,
        long windowNanos,
        double tolerance,
        long durationNanos,
        Ticker ticker,
        boolean allocation,
        boolean watchJvm,
        Policy unsteady,
        int forks,
        Profiling.When profile,
        CpuClock cpuClock) {

    /** Key: {@code enforce}, {@code warn} or {@code off}. */
    public static final String BUDGETS = "perfkit.budgets";
    /** Key: a positive number multiplying time budgets. */
    public static final String TIME_SCALE = "perfkit.budgets.timeScale";
    /** Key: the folder of the JSON results. */
    public static final String RESULTS_DIR = "perfkit.results.dir";
    /** Key: the default cap of a warm-up until steady. */
    public static final String WARMUP_CAP = "perfkit.warmup.cap";
    /** Key: the length of one steady-state window. */
    public static final String WARMUP_WINDOW = "perfkit.warmup.window";
    /** Key: the relative spread of window medians that counts as steady. */
    public static final String WARMUP_TOLERANCE = "perfkit.warmup.tolerance";
    /** Key: the default measurement length. */
    public static final String MEASURE_DURATION = "perfkit.measure.duration";
    /** Key: the class name of a {@link Ticker} with a public no-argument constructor. */
    public static final String TICKER = "perfkit.ticker";

    /** Key: {@code on} or {@code off}, whether warm-ups and rounds watch the JVM's JIT, heap and page faults. */
    public static final String WATCH_JVM = "perfkit.jvm.watch";

    /** Key: the number of fresh JVMs that measure each test, 0 (the default) to measure in the test's JVM. */
    public static final String FORKS = "perfkit.forks";
    /** The most forks a test may ask for. */
    public static final int MAX_FORKS = 20;

    /** Key: {@code warn} (the default) or {@code fail}, what a measurement with cautions does. */
    public static final String UNSTEADY = "perfkit.unsteady";

    /** Key: {@code onFailure} (the default), {@code always} or {@code off}: when to profile the measured code. */
    public static final String PROFILE = "perfkit.profile";

    /** Key: {@code on} or {@code off}, whether to measure CPU time per call. */
    public static final String CPU = "perfkit.cpu";
    /**
     * Key: the class name of a {@link Ticker} read as the threads' CPU time, for tests that script time with
     * {@link #TICKER}; without it, CPU time is not measured against a scripted clock.
     */
    public static final String CPU_TICKER = "perfkit.cpu.ticker";

    /** Key: {@code on} or {@code off}, whether to measure allocated bytes per call. */
    public static final String ALLOCATION = "perfkit.allocation";

    /**
     * Reads the configuration.
     *
     * @param parameters looks up a configuration parameter by key
     * @throws ExtensionConfigurationException naming the key, the bad value and the accepted forms
     */
    public static Settings read(Function<String, Optional<String>> parameters) {
        Ticker ticker = CheckedTicker.of(
                parse(
                        parameters,
                        TICKER,
                        "",
                        "the name of a class implementing dev.perfkit.Ticker with a public "
                                + "no-argument constructor",
                        Settings::ticker),
                TICKER);
        boolean cpu = parse(parameters, CPU, "on", SWITCH_FORMS, Settings::onOff);
        Ticker cpuTicker = parse(
                parameters,
                CPU_TICKER,
                "",
                "the name of a class implementing dev.perfkit.Ticker with a " + "public no-argument constructor",
                Settings::ticker);
        CpuClock cpuClock = !cpu
                ? CpuClock.unsupported("not measured: " + CPU + " = off")
                : cpuTicker != Ticker.system()
                        ? CpuClock.of(CheckedTicker.of(cpuTicker, CPU_TICKER))
                        : ticker != Ticker.system()
                                ? CpuClock.unsupported("the wall clock is scripted (" + TICKER + "); CPU time is "
                                        + "compared only with the system clock")
                                : CpuClock.system();
        return new Settings(
                parse(
                        parameters,
                        BUDGETS,
                        "enforce",
                        "one of enforce, warn, off",
                        t -> Policy.parse(t, "enforce", "warn", "off")),
                parse(parameters, TIME_SCALE, "1", "a positive number (e.g. '2.5')", Settings::positive),
                parse(
                        parameters,
                        RESULTS_DIR,
                        "target/perf-results",
                        "a folder (existing or to be created, not below a " + "file)",
                        Settings::folder),
                parse(
                        parameters,
                        WARMUP_CAP,
                        "10s",
                        "a positive duration: " + Units.DURATION_FORMS,
                        Settings::positiveNanos),
                parse(
                        parameters,
                        WARMUP_WINDOW,
                        "100ms",
                        "a positive duration: " + Units.DURATION_FORMS,
                        Settings::positiveNanos),
                parse(
                        parameters,
                        WARMUP_TOLERANCE,
                        "0.05",
                        "a positive number (e.g. '0.05' for 5 %)",
                        Settings::positive),
                parse(
                        parameters,
                        MEASURE_DURATION,
                        "1s",
                        "a positive duration: " + Units.DURATION_FORMS,
                        Settings::positiveNanos),
                ticker,
                parse(parameters, ALLOCATION, "on", SWITCH_FORMS, Settings::onOff),
                parse(parameters, WATCH_JVM, "on", SWITCH_FORMS, Settings::onOff),
                parse(parameters, UNSTEADY, "warn", "warn or fail", t -> Policy.parse(t, "warn", "fail")),
                parse(parameters, FORKS, "0", "a whole number from 0 to " + MAX_FORKS, Settings::forks),
                parse(parameters, PROFILE, "onFailure", "onFailure, always or off", Settings::profile),
                cpuClock);
    }

    /** The meter of allocated bytes: the memory probe, or one that says why nothing is measured when switched off. */
    public ThreadAllocation allocationMeter() {
        return ThreadAllocation.of(
                allocation ? MemoryProbe.create() : MemoryProbe.unsupported("not measured: " + ALLOCATION + " = off"));
    }

    /** The JVM as warm-ups and rounds see it: the real one, or, with {@link #WATCH_JVM} off, one that never changes. */
    public JvmProbe jvmProbe() {
        return watchJvm ? JvmProbe.system() : JvmProbe.frozen();
    }

    /** Reads one key, or {@code fallback} when it is not set, and fails naming the key, the value and {@code forms}. */
    public static <T> T parse(
            Function<String, Optional<String>> parameters,
            String key,
            String fallback,
            String forms,
            Function<String, T> parser) {
        String value = parameters.apply(key).map(String::strip).orElse(fallback);
        try {
            return parser.apply(value);
        } catch (RuntimeException | LinkageError e) {
            throw new ExtensionConfigurationException(
                    "Configuration parameter " + key + " = '" + value + "': expected " + forms, e);
        }
    }

    public static double positive(String text) {
        double v = decimal(text);
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException("not positive: " + text);
        }
        return v;
    }

    public static long positiveNanos(String text) {
        long v = Units.parseNanos(text);
        if (v <= 0) {
            throw new IllegalArgumentException("not positive: " + text);
        }
        return v;
    }

    /** Reads a warm-up setting: {@code steady} is -1, a duration its nanoseconds (0 or more). */
    public static long warmupNanos(String text) {
        if (text.equals("steady")) {
            return -1;
        }
        long v = Units.parseNanos(text);
        if (v < 0) {
            throw new IllegalArgumentException("negative: " + text);
        }
        return v;
    }

    private static Path folder(String text) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("empty");
        }
        Path path = Path.of(text);
        for (Path p = path.toAbsolutePath(); p != null; p = p.getParent()) {
            if (java.nio.file.Files.exists(p) && !java.nio.file.Files.isDirectory(p)) {
                throw new IllegalArgumentException(p + " is a file");
            }
        }
        return path;
    }

    /**
     * A decimal number as every setting writes it: digits with an optional fraction ({@code 2.5}, {@code 0.05}); no
     * sign, exponent, hexadecimal or non-ASCII digit.
     */
    public static double decimal(String text) {
        if (!text.matches("[0-9]+(\\.[0-9]+)?")) {
            throw new IllegalArgumentException("not a decimal number: " + text);
        }
        return Double.parseDouble(text);
    }

    private static Profiling.When profile(String text) {
        return switch (text) {
            case "onFailure" -> Profiling.When.ON_FAILURE;
            case "always" -> Profiling.When.ALWAYS;
            case "off" -> Profiling.When.OFF;
            default -> throw new IllegalArgumentException("not onFailure, always or off: " + text);
        };
    }

    private static int forks(String text) {
        if (!text.matches("[0-9]{1,2}")) {
            throw new IllegalArgumentException("not a whole number: " + text);
        }
        int v = Integer.parseInt(text);
        if (v < 0 || v > MAX_FORKS) {
            throw new IllegalArgumentException("not in 0.." + MAX_FORKS + ": " + text);
        }
        return v;
    }

    /** The forks that measure a test: its attribute ({@code -1} for not set) or else {@link #forks()}. */
    public int forks(int attribute) {
        return attribute >= 0 ? attribute : forks;
    }

    /** The accepted forms of a switch, for error messages. */
    public static final String SWITCH_FORMS = "on or off (true and false mean the same)";

    /** A switch: {@code on} or {@code true}, {@code off} or {@code false}, lower case. */
    public static boolean onOff(String text) {
        return switch (text) {
            case "on", "true" -> true;
            case "off", "false" -> false;
            default -> throw new IllegalArgumentException("neither on nor off: " + text);
        };
    }

    private static Ticker ticker(String className) {
        if (className.isEmpty()) {
            return Ticker.system();
        }
        try {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            Class<?> type = Class.forName(className, true, loader == null ? Settings.class.getClassLoader() : loader);
            return (Ticker) type.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new ReflectiveOperationError(e);
        }
    }

    /** Carries a checked reflection failure out of a {@link Function}. */
    private static final class ReflectiveOperationError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ReflectiveOperationError(ReflectiveOperationException cause) {
            super(cause);
        }
    }
}
