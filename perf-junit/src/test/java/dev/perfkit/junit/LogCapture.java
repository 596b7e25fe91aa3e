package dev.perfkit.junit;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The messages logged to the {@code dev.perfkit.junit} logger while it is open (through {@code java.util.logging},
 * which {@code System.Logger} uses by default), with their levels. Thread-safe.
 */
final class LogCapture extends Handler implements AutoCloseable {

    private final Logger logger = Logger.getLogger("dev.perfkit.junit");
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();

    /** Starts capturing. */
    LogCapture() {
        setLevel(Level.ALL);
        logger.addHandler(this);
    }

    /** The messages logged at {@code level}, in order. */
    List<String> messages(Level level) {
        return records.stream()
                .filter(r -> r.getLevel().equals(level))
                .map(LogRecord::getMessage)
                .toList();
    }

    @Override
    public void publish(LogRecord record) {
        records.add(record);
    }

    @Override
    public void flush() {}

    /** Stops capturing. */
    @Override
    public void close() {
        logger.removeHandler(this);
    }
}
