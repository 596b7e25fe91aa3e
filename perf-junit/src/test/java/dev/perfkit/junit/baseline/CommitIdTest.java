package dev.perfkit.junit.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.perfkit.junit.measure.EnvVars;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commit comes from the environment first, else from a command that may fail, print junk or hang. */
class CommitIdTest {

    @TempDir
    Path dir;

    private static Function<String, Optional<String>> env(Map<String, String> vars) {
        return EnvVars.lookup(key -> Optional.empty(), vars::get);
    }

    private String find(Map<String, String> vars, String... command) {
        return CommitId.find(env(vars), command, dir, 500);
    }

    @Test
    void theEnvironmentComesFirst() {
        assertEquals("abc1234", find(Map.of("GIT_COMMIT", "abc1234", "GITHUB_SHA", "fff"), "echo", "0000000"));
        assertEquals("fff9999", find(Map.of("GITHUB_SHA", "fff9999"), "echo", "0000000"));
        assertEquals("0123abc", find(Map.of("GIT_COMMIT", "  "), "echo", "0123abc"), "a blank variable is not set");
    }

    @Test
    void aFailingMissingOrChattyCommandGivesNothing() {
        assertEquals("", find(Map.of(), "false"));
        assertEquals("", find(Map.of(), "/nonexistent/git", "rev-parse", "HEAD"));
        assertEquals("", find(Map.of(), "echo", "fatal: not a git repository"));
    }

    @Test
    void aHangingCommandIsKilledAfterTheTimeout() {
        // the command would print a commit id after 30 s: nothing comes back only if it was stopped at the timeout
        assertEquals("", find(Map.of(), "sh", "-c", "sleep 30; echo abc1234"));
    }

    @Test
    void configurationOverridesTheEnvironment() {
        Function<String, Optional<String>> env = EnvVars.lookup(
                key -> key.equals("perfkit.env.GITHUB_SHA") ? Optional.of("") : Optional.empty(),
                Map.of("GITHUB_SHA", "real")::get);
        assertEquals(Optional.empty(), env.apply("GITHUB_SHA"), "an empty override unsets the variable");
    }
}
