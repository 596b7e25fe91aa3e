package dev.perfkit.junit.measure.fork;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * What this JVM is: fork {@code i} of {@code N} started by {@link ForkLauncher}, with the path where its result goes,
 * or not a fork at all.
 *
 * <p>The launcher tells a child JVM who it is through three system properties ({@link #INDEX_PROPERTY},
 * {@link #COUNT_PROPERTY}, {@link #OUTPUT_PROPERTY}); a JVM without them is not a fork. Because JUnit falls back to
 * system properties for configuration parameters, an extension can also read the same keys with
 * {@code ExtensionContext.getConfigurationParameter}.
 *
 * <p>Immutable and thread-safe. {@link #current()} reads the system properties on each call and allocates a new
 * instance inside a fork; call it once per measurement, not per operation.
 */
public final class ForkContext {

    /** The prefix of every system property the launcher sets in a fork; a fork never inherits its parent's. */
    static final String PROPERTY_PREFIX = "perfkit.fork.";
    /** System property holding this fork's number, from 1 to {@link #COUNT_PROPERTY}. */
    public static final String INDEX_PROPERTY = PROPERTY_PREFIX + "index";
    /** System property holding how many forks the launcher runs for this test, 1 or more. */
    public static final String COUNT_PROPERTY = PROPERTY_PREFIX + "count";
    /** System property holding the absolute path of the file this fork's measurement writes its result to. */
    public static final String OUTPUT_PROPERTY = PROPERTY_PREFIX + "output";

    private static final ForkContext NOT_A_FORK = new ForkContext(0, 0, null);

    private final int index;
    private final int count;
    private final Path output;

    private ForkContext(int index, int count, Path output) {
        this.index = index;
        this.count = count;
        this.output = output;
    }

    /**
     * This JVM's context, read from the system properties.
     *
     * @throws IllegalStateException if only some of the three properties are set, or they are malformed
     */
    public static ForkContext current() {
        return from(System::getProperty);
    }

    /** The context the given properties describe; {@code properties} returns {@code null} for an absent key. */
    static ForkContext from(UnaryOperator<String> properties) {
        String index = properties.apply(INDEX_PROPERTY);
        String count = properties.apply(COUNT_PROPERTY);
        String output = properties.apply(OUTPUT_PROPERTY);
        if (index == null && count == null && output == null) {
            return NOT_A_FORK;
        }
        if (index == null || count == null || output == null || output.isEmpty()) {
            throw new IllegalStateException("a fork needs all of " + INDEX_PROPERTY + ", " + COUNT_PROPERTY + " and "
                    + OUTPUT_PROPERTY + "; got " + INDEX_PROPERTY + "=" + index + ", " + COUNT_PROPERTY + "=" + count
                    + ", "
                    + OUTPUT_PROPERTY + "=" + output);
        }
        int n = parse(COUNT_PROPERTY, count);
        int i = parse(INDEX_PROPERTY, index);
        if (n < 1 || i < 1 || i > n) {
            throw new IllegalStateException(INDEX_PROPERTY + "=" + index + " and " + COUNT_PROPERTY + "=" + count
                    + " do not name fork i of n with 1 <= i <= n");
        }
        return new ForkContext(i, n, Path.of(output));
    }

    private static int parse(String key, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalStateException(key + "=" + value + " is not a whole number", e);
        }
    }

    /** Whether this JVM is a fork started by {@link ForkLauncher}. */
    public boolean isFork() {
        return count > 0;
    }

    /**
     * This fork's number, from 1 to {@link #count()}.
     *
     * @throws IllegalStateException if this is not a fork
     */
    public int index() {
        requireFork();
        return index;
    }

    /**
     * How many forks run for this test, 1 or more.
     *
     * @throws IllegalStateException if this is not a fork
     */
    public int count() {
        requireFork();
        return count;
    }

    /**
     * The file this fork's result goes to. The launcher creates its directory and deletes a stale file before the fork
     * starts; the measuring code writes it.
     *
     * @throws IllegalStateException if this is not a fork
     */
    public Path output() {
        requireFork();
        return output;
    }

    private void requireFork() {
        if (!isFork()) {
            throw new IllegalStateException("this JVM is not a fork (" + INDEX_PROPERTY + " is not set)");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ForkContext forkContext
                && forkContext.index == index
                && forkContext.count == count
                && Objects.equals(forkContext.output, output);
    }

    @Override
    public int hashCode() {
        return Objects.hash(index, count, output);
    }

    /** {@code "fork 2 of 3, output /path"} or {@code "not a fork"}. */
    @Override
    public String toString() {
        return isFork() ? "fork " + index + " of " + count + ", output " + output : "not a fork";
    }
}
