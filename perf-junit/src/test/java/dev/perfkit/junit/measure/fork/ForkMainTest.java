package dev.perfkit.junit.measure.fork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The child's main logic run in this JVM, which is not a fork: the fixtures' assumptions abort them, which is enough
 * to see how outcomes become exit codes without starting a JVM.
 */
class ForkMainTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private int run(String... args) {
        return ForkMain.run(args, err);
    }

    private String err() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void anAbortedTestGivesItsOwnExitCode() {
        int code = run("--class", ForkFixtures.Fails.class.getName(), "--method", "fail", "--parameter-types", "");
        assertEquals(ForkMain.EXIT_TEST_ABORTED, code, err());
        assertTrue(
                err().contains("aborted: org.opentest4j.TestAbortedException: Assumption failed: runs only inside a "
                        + "fork"),
                err());
    }

    @Test
    void aMethodThatDoesNotExistRunsNoTest() {
        int code = run("--class", ForkFixtures.Fails.class.getName(), "--method", "noSuchMethod");
        assertEquals(ForkMain.EXIT_NO_TEST, code, err());
        String summary = OutputTail.lastLines(err(), 1).get(0);
        assertTrue(
                summary.startsWith("perfkit not a fork, test class " + ForkFixtures.Fails.class.getName()
                        + ": no test ran: JUnit Jupiter [[engine:junit-jupiter]]: "),
                summary);
        assertTrue(summary.contains("Could not find method with name [noSuchMethod]"), summary);
    }

    @Test
    void aClassThatDoesNotExistRunsNoTest() {
        assertEquals(ForkMain.EXIT_NO_TEST, run("--class", "dev.perfkit.NoSuchTest", "--method", "run"));
        assertEquals(
                "perfkit not a fork, test class dev.perfkit.NoSuchTest: the test class cannot be loaded "
                        + "(java.lang.ClassNotFoundException: dev.perfkit.NoSuchTest)",
                err().trim());
    }

    @Test
    void wrongArgumentsAreRejected() {
        for (List<String> args : List.of(
                List.of("--method", "run"), List.of("--class"), List.of("--class", "C", "--config", "novalue"))) {
            assertThrows(IllegalArgumentException.class, () -> run(args.toArray(String[]::new)), args::toString);
        }
    }
}
