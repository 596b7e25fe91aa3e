package dev.perfkit.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * A performance test without {@code @Test}, which JUnit never runs, is named in a warning while tests are discovered,
 * through the launcher as Surefire, Gradle and the IDEs use it (the listener is found through ServiceLoader).
 */
class UnrunPerformanceTestTest {

    @Test
    void aPerformanceTestWithoutTestIsNamedInAWarning() {
        assertEquals(
                List.of(
                        "UnrunPerformanceTestTest.Forgotten.parse() has @PerfTest but no @Test (nor @RepeatedTest, "
                                + "@ParameterizedTest or @TestTemplate), so JUnit does not take it for a test and "
                                + "never runs it: add @Test",
                        "UnrunPerformanceTestTest.Forgotten.compare() has @Compare but no @Test (nor @RepeatedTest, "
                                + "@ParameterizedTest or @TestTemplate), so JUnit does not take it for a test and "
                                + "never runs it: add @Test",
                        "UnrunPerformanceTestTest.Forgotten.grow(int) has @Complexity but no @Test (nor @RepeatedTest, "
                                + "@ParameterizedTest or @TestTemplate), so JUnit does not take it for a test and "
                                + "never runs it: "
                                + "add @Test"),
                warnings(selectClass(Forgotten.class)).stream()
                        .sorted((a, b) -> order(a) - order(b))
                        .toList());
    }

    @Test
    void aClassWithoutAnyTestIsCheckedToo() {
        assertEquals(
                List.of("UnrunPerformanceTestTest.OnlyForgotten.parse() has @PerfTest but no @Test (nor "
                        + "@RepeatedTest, @ParameterizedTest or @TestTemplate), so JUnit does not take it for a test "
                        + "and never runs "
                        + "it: add @Test"),
                warnings(selectClass(OnlyForgotten.class)));
    }

    @Test
    void aSelectedMethodIsChecked() {
        assertEquals(1, warnings(selectMethod(Forgotten.class, "parse")).size());
    }

    @Test
    void performanceTestsThatAreTestsAreNotWarnedAbout() {
        assertEquals(List.of(), warnings(selectClass(Remembered.class)));
    }

    private static int order(String warning) {
        return warning.contains("parse") ? 0 : warning.contains("compare") ? 1 : 2;
    }

    private static List<String> warnings(DiscoverySelector selector) {
        try (LogCapture log = new LogCapture()) {
            TestPlan plan = LauncherFactory.create()
                    .discover(LauncherDiscoveryRequestBuilder.request()
                            .selectors(selector)
                            .build());
            plan.getRoots(); // discovered
            return log.messages(Level.WARNING).stream()
                    .filter(m -> m.contains("UnrunPerformanceTestTest"))
                    .toList();
        }
    }

    static class Forgotten {
        @Test
        void plain() {}

        @PerfTest
        void parse() {}

        @Compare
        void compare() {}

        @Complexity(sizes = {1, 2, 4, 8, 16})
        void grow(int n) {}
    }

    static class OnlyForgotten {
        @PerfTest
        void parse() {}
    }

    static class Remembered {
        @Test
        @PerfTest
        void parse() {}

        @RepeatedTest(2)
        @PerfTest
        void repeated() {}

        @ParameterizedTest
        @ValueSource(ints = 1)
        @PerfTest
        void parameterized(int n) {}
    }
}
