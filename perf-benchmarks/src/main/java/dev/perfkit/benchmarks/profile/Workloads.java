package dev.perfkit.benchmarks.profile;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * Workloads whose hot method, allocation site or blocking call is known, for the profile stability runs; the dedup
 * workload is {@link dev.perfkit.benchmarks.accuracy.Dedup#scanList}.
 */
final class Workloads {

    static volatile Object sink;

    private Workloads() {}

    /**
     * Five methods of known weight: each call of {@link #mix} runs 35, 25, 18, 13 and 9 units of the same arithmetic in
     * {@code w35} ... {@code w9}, so their self shares are about 35 %, 25 %, 18 %, 13 % and 9 %.
     */
    static long mix(long seed) {
        return w35(seed) + w25(seed) + w18(seed) + w13(seed) + w9(seed);
    }

    private static final int UNIT = 2_000;

    // Each method has its own loop, not a shared helper: JFR reports inlined methods as their own frames, so a shared
    // helper would take all the self samples.
    static long w35(long h) {
        for (int i = 0; i < 35 * UNIT; i++) {
            h = h * 6364136223846793005L + 1442695040888963407L;
        }
        return h;
    }

    static long w25(long h) {
        for (int i = 0; i < 25 * UNIT; i++) {
            h = h * 2862933555777941757L + 3037000493L;
        }
        return h;
    }

    static long w18(long h) {
        for (int i = 0; i < 18 * UNIT; i++) {
            h = h * 3202034522624059733L + 4354685564936845319L;
        }
        return h;
    }

    static long w13(long h) {
        for (int i = 0; i < 13 * UNIT; i++) {
            h = h * 6364136223846793005L + 7046029254386353087L;
        }
        return h;
    }

    static long w9(long h) {
        for (int i = 0; i < 9 * UNIT; i++) {
            h = h * 1181783497276652981L + 1013904223L;
        }
        return h;
    }

    /** The allocation site: a 4 KiB buffer per record, and a little garbage elsewhere. */
    static int encode(int record) {
        byte[] buffer = new byte[4096];
        buffer[record & 4095] = (byte) record;
        sink = buffer;
        return label(record).length();
    }

    private static String label(int record) {
        return "r" + record;
    }

    /** A synchronized method another thread holds most of the time. */
    static synchronized long locked(long h) {
        long end = System.nanoTime() + 2_000_000;
        while (System.nanoTime() < end) {
            h = h * 31 + 7;
        }
        return h;
    }

    /** A local server that answers each byte read after {@code delayMillis}. */
    static ServerSocket slowServer(int delayMillis) throws IOException {
        ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread t = new Thread(
                () -> {
                    while (!server.isClosed()) {
                        try (Socket s = server.accept();
                                OutputStream out = s.getOutputStream()) {
                            Thread.sleep(delayMillis);
                            out.write(1);
                        } catch (IOException | InterruptedException e) {
                            return;
                        }
                    }
                },
                "slow-server");
        t.setDaemon(true);
        t.start();
        return server;
    }

    /** The blocking call: one request to the slow server. */
    static int fetch(int port) {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port);
                InputStream in = s.getInputStream()) {
            return in.read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
