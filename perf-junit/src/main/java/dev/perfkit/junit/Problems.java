package dev.perfkit.junit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * The problems found in the annotations of one test, collected so that a test with several bad values is told about
 * all of them at once. One problem is thrown as it was found, so its message reads as it does alone; several are
 * thrown as one {@link ExtensionConfigurationException} with a line for each. Not thread-safe: one test's parser uses
 * it, then drops it.
 */
final class Problems {

    private final String test;
    private final List<ExtensionConfigurationException> found = new ArrayList<>();

    /** No problems yet, for the test named {@code test}, such as {@code OrderTests.parse()}. */
    Problems(String test) {
        this.test = test;
    }

    /** Keeps a problem. */
    void add(ExtensionConfigurationException problem) {
        found.add(problem);
    }

    /** Runs one check; when it fails, keeps its problem and returns {@code fallback} so the next checks can run. */
    <T> T check(Supplier<T> check, T fallback) {
        try {
            return check.get();
        } catch (ExtensionConfigurationException e) {
            found.add(e);
            return fallback;
        }
    }

    /** How many problems were kept so far. */
    int count() {
        return found.size();
    }

    /**
     * Throws the problems kept, if any: the one problem as it is, or all of them under one line naming the test.
     *
     * @throws ExtensionConfigurationException when at least one problem was kept
     */
    void throwIfAny() {
        if (found.size() == 1) {
            throw found.get(0);
        }
        if (!found.isEmpty()) {
            StringBuilder sb = new StringBuilder()
                    .append(found.size())
                    .append(" problems in the annotations of ")
                    .append(test)
                    .append(':');
            for (ExtensionConfigurationException e : found) {
                sb.append("\n  - ").append(e.getMessage().replace("\n", "\n    "));
            }
            throw new ExtensionConfigurationException(sb.toString());
        }
    }
}
