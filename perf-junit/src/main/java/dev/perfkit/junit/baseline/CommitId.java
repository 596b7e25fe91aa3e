package dev.perfkit.junit.baseline;

import dev.perfkit.junit.measure.EnvVars;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The commit a kept baseline's figures were measured on: the environment variable {@code GIT_COMMIT} (Jenkins and
 * others), else {@code GITHUB_SHA} (GitHub Actions), else what {@code git rev-parse HEAD} prints within a short
 * timeout. Never hangs and never throws: an absent git, a folder outside a repository, a slow or failing command all
 * give an empty answer. Stateless.
 */
public final class CommitId {

    /** The longest wait for {@code git rev-parse HEAD}. */
    public static final long TIMEOUT_MILLIS = 2_000;

    private CommitId() {}

    /**
     * Finds the commit.
     *
     * @param env the environment variables (see {@link EnvVars})
     * @param git the command that prints the commit, {@code git rev-parse HEAD} outside tests
     * @param dir the folder to run it in
     * @param timeoutMillis how long it may take before it is killed
     * @return the commit id, or an empty string when none was found
     */
    public static String find(Function<String, Optional<String>> env, String[] git, Path dir, long timeoutMillis) {
        Optional<String> set = env.apply("GIT_COMMIT").or(() -> env.apply("GITHUB_SHA"));
        if (set.isPresent()) {
            return set.get();
        }
        Process p = null;
        try {
            p = new ProcessBuilder(git)
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File(nullDevice())))
                    .start();
            if (!p.waitFor(timeoutMillis, TimeUnit.MILLISECONDS) || p.exitValue() != 0) {
                return "";
            }
            try (InputStream in = p.getInputStream()) {
                String out = new String(in.readNBytes(200), StandardCharsets.UTF_8).strip();
                return out.matches("[0-9a-f]{7,64}") ? out : "";
            }
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        } finally {
            if (p != null) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
            }
        }
    }

    /** The commit of the working directory, as {@link #find} with {@code git rev-parse HEAD}. */
    public static String find(Function<String, Optional<String>> env) {
        return find(env, new String[] {"git", "rev-parse", "HEAD"}, Path.of("").toAbsolutePath(), TIMEOUT_MILLIS);
    }

    private static String nullDevice() {
        return System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null";
    }
}
