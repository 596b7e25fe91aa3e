package dev.perfkit.core.internal.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.perfkit.profile.AllocationSite;
import dev.perfkit.profile.BlockingKind;
import dev.perfkit.profile.BlockingSite;
import dev.perfkit.profile.HotMethod;
import dev.perfkit.profile.Profile;
import dev.perfkit.profile.ProfileOptions;
import dev.perfkit.profile.ProfileSession;
import dev.perfkit.profile.Profiler;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real JFR recordings of tiny workloads whose hot spot is known: the profile must name it. Counts depend on the
 * machine, so the checks are ranks (in the top 3) and presence, never times or shares. Skipped, with the reason, where
 * JFR is unavailable.
 */
class JfrProfilerTest {

    static volatile long sink;
    static volatile Object keep;

    private static Profiler profiler;

    @BeforeAll
    static void jfr() {
        profiler = Profiler.create();
        assumeTrue(profiler.isAvailable(), () -> "JFR unavailable: " + profiler.unavailableReason());
    }

    /** Spins for {@code millis} on arithmetic, checking the clock only every 100,000 steps. */
    static long spinFor(long millis) {
        long end = System.nanoTime() + millis * 1_000_000;
        long h = 17;
        while (System.nanoTime() < end) {
            for (int i = 0; i < 100_000; i++) {
                h = h * 6364136223846793005L + i;
            }
        }
        return h;
    }

    static void allocateFor(long millis) {
        long end = System.nanoTime() + millis * 1_000_000;
        while (System.nanoTime() < end) {
            for (int i = 0; i < 1_000; i++) {
                keep = new byte[1024];
            }
        }
    }

    private static List<String> top(List<HotMethod> methods, int n) {
        return methods.stream()
                .limit(n)
                .map(h -> h.method().qualifiedMethodName())
                .collect(Collectors.toList());
    }

    @Test
    void theProfilerIsTheJfrEngineFoundByServiceLoader() {
        assertEquals(JfrProfiler.class, profiler.getClass());
        assertSame(profiler, Profiler.create());
    }

    @Test
    void aMethodThatSpinsFor300msIsAmongTheTop3() {
        Profile p = profiler.profile(() -> sink = spinFor(300));
        assertTrue(p.isAvailable(), p.unavailableReason());
        assertTrue(p.executionSamples() > 0, p.toText(5));
        String spin = JfrProfilerTest.class.getName() + ".spinFor";
        assertTrue(top(p.hotMethods(), 3).contains(spin), p.toText(5));
        // the frames below the block (this test method, JUnit) are cut: nothing has a larger total than the block
        assertFalse(
                p.hotMethod(JfrProfilerTest.class.getName() + ".aMethodThatSpinsFor300msIsAmongTheTop3")
                        .isPresent(),
                p.toText(10));
        assertEquals(1, p.threads(), p.toText(5));
    }

    @Test
    void anotherThreadsWorkIsNotCounted() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Thread other = new Thread(() -> {
            started.countDown();
            sink = OtherWork.spinElsewhere(600);
        });
        other.start();
        started.await();
        Profile p = profiler.profile(() -> sink = spinFor(300));
        other.join();
        assertTrue(top(p.hotMethods(), 3).contains(JfrProfilerTest.class.getName() + ".spinFor"), p.toText(5));
        assertFalse(p.hotMethod(OtherWork.class.getName() + ".spinElsewhere").isPresent(), p.toText(50));
    }

    @Test
    void aSessionCountsTheThreadsItTracks() throws Exception {
        try (ProfileSession session = profiler.start(ProfileOptions.defaults())) {
            Thread worker = new Thread(() -> {
                session.trackCurrentThread();
                sink = OtherWork.spinElsewhere(300);
            });
            worker.start();
            worker.join();
            Profile p = session.stop();
            assertTrue(top(p.hotMethods(), 3).contains(OtherWork.class.getName() + ".spinElsewhere"), p.toText(5));
            assertSame(p, session.stop(), "a second stop returns the same profile");
        }
    }

    @Test
    void theTopAllocationSiteIsTheLoopThatAllocates() {
        Profile p = profiler.profile(() -> allocateFor(300));
        assertTrue(p.allocationSamples() > 0, p.toText(5));
        AllocationSite top = p.allocationSites().get(0);
        assertEquals(
                JfrProfilerTest.class.getName() + ".allocateFor", top.site().qualifiedMethodName(), p.toText(5));
        assertEquals("byte[]", top.objectClass(), p.toText(5));
        assertTrue(p.allocatedBytes() > 0, p.toText(5));
    }

    @Test
    @SuppressWarnings("StaticGuardedByInstance") // sink only keeps the work alive; the lock is what gets profiled
    void waitingForAMonitorIsBlockingAtTheSynchronizedLine() throws Exception {
        Object lock = new Object();
        CountDownLatch held = new CountDownLatch(1);
        Thread holder = new Thread(() -> {
            synchronized (lock) {
                held.countDown();
                sink = spinFor(300);
            }
        });
        holder.start();
        held.await();
        Profile p = profiler.profile(() -> LockUser.enter(lock));
        holder.join();
        assertTrue(p.blockingEvents() > 0, p.toText(5));
        BlockingSite top = p.blockingSites().get(0);
        assertEquals(BlockingKind.MONITOR_ENTER, top.kind(), p.toText(5));
        assertEquals(LockUser.class.getName() + ".enter", top.site().qualifiedMethodName(), p.toText(5));
        assertEquals("java.lang.Object", top.detail(), p.toText(5));
    }

    @Test
    void aSlowSocketReadIsBlockingOnSocketRead() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread serve = new Thread(() -> {
                try (Socket s = server.accept();
                        OutputStream out = s.getOutputStream()) {
                    Thread.sleep(200);
                    out.write(42);
                } catch (Exception e) {
                    // the client fails the test if it gets nothing
                }
            });
            serve.start();
            int[] read = {-1};
            Profile p = profiler.profile(() -> read[0] = SocketUser.readOne(server.getLocalPort()));
            serve.join();
            assertEquals(42, read[0]);
            BlockingSite top = p.blockingSites().get(0);
            assertEquals(BlockingKind.SOCKET_READ, top.kind(), p.toText(5));
            assertEquals(SocketUser.class.getName() + ".readOne", top.site().qualifiedMethodName(), p.toText(5));
            assertTrue(top.detail().endsWith(":" + server.getLocalPort()), p.toText(5));
        }
    }

    @Test
    void theJfrFileIsKeptWhereAsked(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("nested/spin.jfr");
        Profile p = profiler.profile(ProfileOptions.defaults().withJfrFile(file), () -> sink = spinFor(50));
        assertEquals(file, p.jfrFile().orElseThrow());
        assertTrue(Files.size(file) > 0);
        assertTrue(p.toText(3).contains("JFR file: " + file), p.toText(3));
    }

    @Test
    void anExceptionFromTheBlockPropagatesAndTheProfilerStaysUsable() {
        IllegalStateException thrown = assertThrows(
                IllegalStateException.class,
                () -> profiler.profile(() -> {
                    throw new IllegalStateException("from the block");
                }));
        assertEquals("from the block", thrown.getMessage());
        assertTrue(profiler.profile(() -> sink = spinFor(20)).isAvailable());
    }

    @Test
    void aSessionClosedBeforeStopSaysSo() {
        ProfileSession session = profiler.start(ProfileOptions.defaults());
        session.close();
        Profile p = session.stop();
        assertFalse(p.isAvailable());
        assertEquals("the profile session was closed before it was stopped", p.unavailableReason());
    }

    /** Work in another class, so that its frames are told apart from this test's. */
    static final class OtherWork {
        static long spinElsewhere(long millis) {
            return spinFor(millis) + 1;
        }
    }

    static final class LockUser {
        @SuppressWarnings("StaticGuardedByInstance") // sink only keeps the work alive; the lock is what gets profiled
        static void enter(Object lock) {
            synchronized (lock) {
                sink++;
            }
        }
    }

    static final class SocketUser {
        static int readOne(int port) {
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port);
                    InputStream in = s.getInputStream()) {
                return in.read();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
