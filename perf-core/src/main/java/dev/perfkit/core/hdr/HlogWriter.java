package dev.perfkit.core.hdr;

import dev.perfkit.Timer;
import dev.perfkit.TimerSnapshot;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.HdrHistogram.HistogramLogWriter;

/**
 * Writes interval snapshots as an HdrHistogram interval log ({@code .hlog}) that {@code HistogramLogReader} reads:
 * one line per interval, tagged with the timer's name, timestamps in seconds relative to the log's start.
 *
 * <p>Ticks become timestamps through the pair given at creation: a ticker reading and the wall-clock time it was
 * taken at. Not thread-safe: one reporter thread writes. {@link #writeInterval(Timer)} reads the timer's next interval
 * into a histogram this writer reuses, so a reporter that calls it periodically allocates little beyond the encoding.
 *
 * <pre>{@code
 * try (HlogWriter log = HlogWriter.create(Files.newOutputStream(path), timer.tick(), System.currentTimeMillis())) {
 *   log.writeInterval(timer);   // every reporting period
 * }
 * }</pre>
 */
public final class HlogWriter implements AutoCloseable {

    private final PrintStream out;
    private final HistogramLogWriter log;
    private final long startTick;
    private final HdrHistograms.Filler filler = new HdrHistograms.Filler();

    private HlogWriter(OutputStream out, long startTick, long startEpochMillis) {
        this.out = new PrintStream(Objects.requireNonNull(out, "out"), false, StandardCharsets.UTF_8);
        this.log = new HistogramLogWriter(this.out);
        this.startTick = startTick;
        log.setBaseTime(startEpochMillis);
        log.outputLogFormatVersion();
        log.outputStartTime(startEpochMillis);
        log.outputLegend();
    }

    /**
     * Starts a log on {@code out} and writes its header.
     *
     * @param out where the log goes; closed when this writer is
     * @param startTick a ticker reading (such as {@code timer.tick()}) that the log's start stands for
     * @param startEpochMillis the wall-clock time, in milliseconds since the epoch, at which {@code startTick} was read
     * @return the writer, the header written
     */
    public static HlogWriter create(OutputStream out, long startTick, long startEpochMillis) {
        return new HlogWriter(out, startTick, startEpochMillis);
    }

    /**
     * Writes one interval snapshot (as returned by {@link Timer#intervalSnapshot()}) as one log line.
     *
     * @param interval the interval to write
     */
    public void write(TimerSnapshot interval) {
        interval.writeTo(filler);
        flushLine();
    }

    /**
     * Takes {@code timer}'s next interval, without building a snapshot, and writes it as one log line.
     *
     * @param timer the timer whose interval is taken (and so ends for other interval readers too)
     */
    public void writeInterval(Timer timer) {
        timer.intervalSnapshot(filler);
        flushLine();
    }

    private void flushLine() {
        double startSec = (filler.startTick - startTick) / 1e9;
        double endSec = (filler.endTick - startTick) / 1e9;
        log.outputIntervalHistogram(startSec, endSec, filler.histogram, 1.0);
        out.flush();
    }

    /** Flushes and closes the stream. */
    @Override
    public void close() {
        out.close();
    }
}
