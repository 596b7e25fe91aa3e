package dev.perfkit.junit.commits.run;

import java.nio.file.Path;
import java.util.List;

/**
 * One side of a comparison of commits, base or head, as the request gives it. Immutable.
 *
 * @param label what reports call the side, such as {@code main (abc1234)}
 * @param classPath the side's whole test class path: its test classes, main classes and every dependency
 * @param testClassDirs the folders searched for the side's performance tests
 */
public record Side(String label, List<Path> classPath, List<Path> testClassDirs) {

    /** Copies the lists. */
    public Side {
        classPath = List.copyOf(classPath);
        testClassDirs = List.copyOf(testClassDirs);
    }
}
