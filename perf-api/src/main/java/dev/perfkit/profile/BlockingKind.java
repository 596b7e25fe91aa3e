package dev.perfkit.profile;

/** What a thread was waiting for, one kind per JFR event type a profile records. */
public enum BlockingKind {
    /** Waiting to enter a {@code synchronized} block or method another thread holds ({@code jdk.JavaMonitorEnter}). */
    MONITOR_ENTER("monitor enter"),
    /** In {@link Object#wait()} ({@code jdk.JavaMonitorWait}). */
    MONITOR_WAIT("monitor wait"),
    /** Parked: a {@code java.util.concurrent} lock, queue, latch or future ({@code jdk.ThreadPark}). */
    PARK("park"),
    /** In {@link Thread#sleep(long)} ({@code jdk.ThreadSleep}; JDK 17 has no such event, so sleeping is not seen). */
    SLEEP("sleep"),
    /** Reading a socket ({@code jdk.SocketRead}). */
    SOCKET_READ("socket read"),
    /** Writing a socket ({@code jdk.SocketWrite}). */
    SOCKET_WRITE("socket write"),
    /** Reading a file ({@code jdk.FileRead}). */
    FILE_READ("file read"),
    /** Writing a file ({@code jdk.FileWrite}). */
    FILE_WRITE("file write");

    private final String label;

    BlockingKind(String label) {
        this.label = label;
    }

    /** {@return a short label for reports, such as {@code "monitor enter"}} */
    public String label() {
        return label;
    }
}
