package dev.perfkit.junit.measure.fork;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Test classes that {@link ForkLauncherTest} runs inside forks. Each test assumes it runs in a fork, so when a
 * test runner picks one up directly (the class name matches no Surefire include) it is skipped, never run.
 */
final class ForkFixtures {

    /** A system property the tests pass to the forks as an extra JVM option. */
    static final String EXTRA = "perfkit.test.extra";
    /** A system property the tests pass to the forks as an option of the parent. */
    static final String INHERITED = "perfkit.test.inherited";
    /** A configuration parameter the tests pass to the forks. */
    static final String CONFIG = "perfkit.test.config";

    private ForkFixtures() {}

    private static ForkContext fork() {
        ForkContext fork = ForkContext.current();
        assumeTrue(fork.isFork(), "runs only inside a fork");
        return fork;
    }

    /** Writes what the fork knows about itself to its result file, as {@code key=value} lines. */
    @ExtendWith(Writes.ReadsConfig.class)
    static class Writes {
        static volatile String config;

        @Test
        void write() throws IOException {
            ForkContext fork = fork();
            String lines = "index=" + fork.index() + "\n"
                    + "count=" + fork.count() + "\n"
                    + "extra=" + System.getProperty(EXTRA) + "\n"
                    + "inherited=" + System.getProperty(INHERITED) + "\n"
                    + "config=" + config + "\n"
                    + "classPath=" + System.getProperty("java.class.path") + "\n"
                    + "agents="
                    + ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                            .filter(o -> o.startsWith("-agentlib:"))
                            .count()
                    + "\n";
            Files.writeString(fork.output(), lines);
        }

        /** Hands the fixture its configuration parameter, which only an extension can read. */
        static class ReadsConfig implements BeforeEachCallback {
            @Override
            public void beforeEach(ExtensionContext context) {
                config = context.getConfigurationParameter(CONFIG).orElse("absent");
            }
        }
    }

    /** Fails with a known message. */
    static class Fails {
        @Test
        void fail() {
            throw new AssertionError("deliberate failure in fork " + fork().index());
        }
    }

    /** Starts a long {@code sleep} process where there is one, writes its pid to the result file, then hangs. */
    static class Hangs {
        @Test
        void hang() throws Exception {
            ForkContext fork = fork();
            Path sleep = Path.of("/bin/sleep");
            if (Files.isExecutable(sleep)) {
                Process child = new ProcessBuilder(sleep.toString(), "600").start();
                Files.writeString(fork.output(), Long.toString(child.pid()));
            }
            TimeUnit.MINUTES.sleep(10);
        }
    }

    /** Ends its JVM at once with exit code 42, as a crash would, without JUnit reporting anything. */
    static class Halts {
        @Test
        void halt() {
            fork();
            System.err.println("halting with 42");
            Runtime.getRuntime().halt(42);
        }
    }
}
