package dev.perfkit.junit.measure.fork;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * Destroys a process and every process it started, so that a timed-out fork leaves nothing running behind it.
 *
 * <p>Stateless and thread-safe.
 */
final class ProcessTree {

    private ProcessTree() {}

    /**
     * Forcibly destroys {@code process} and its descendants, then waits up to {@code wait} for all of them to be gone.
     * The descendants are listed before the process is destroyed (afterwards they would belong to another parent and
     * could no longer be found); one started after the listing may survive.
     */
    static void destroy(Process process, Duration wait) {
        List<ProcessHandle> tree = process.descendants().collect(Collectors.toList());
        process.destroyForcibly();
        tree.forEach(ProcessHandle::destroyForcibly);
        tree.add(process.toHandle());
        CompletableFuture<?>[] exits = tree.stream().map(ProcessHandle::onExit).toArray(CompletableFuture<?>[]::new);
        try {
            CompletableFuture.allOf(exits).get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // destroyed as far as the operating system lets us; the caller reports the fork as it is
        }
    }
}
