package dev.perfkit.core.internal.jfr;

import dev.perfkit.SnapshotSink;
import dev.perfkit.Tags;
import dev.perfkit.Timer;
import dev.perfkit.TimerSnapshot;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.function.Supplier;
import jdk.jfr.FlightRecorder;

/**
 * Emits one {@link TimerIntervalEvent} per timer of a registry each time JDK Flight Recorder asks: JFR calls the hook
 * on its own thread, at the event's period, and only while a recording enables the event, so nothing runs and no
 * interval is taken while no one records. Each call reads every timer's interval through
 * {@link Timer#intervalSnapshot(SnapshotSink)} into one reused sink: no snapshot is allocated, only the events and
 * their tag strings.
 *
 * <p>Nothing here touches the record path: with the option off, or on without a recording, timers record exactly as
 * they do without this class. Thread-safe: runs of the hook are serialized.
 */
public final class TimerIntervals implements Runnable {

    private static final System.Logger LOG = System.getLogger("dev.perfkit");

    private final Supplier<List<Timer>> timers;
    private final Interval interval = new Interval();

    private TimerIntervals(Supplier<List<Timer>> timers) {
        this.timers = timers;
    }

    /**
     * Hooks the timers that {@code timers} lists into JFR's periodic events; returns null, after one log line, if this
     * runtime has no usable Flight Recorder (the registry then works without events).
     *
     * @param timers lists the timers to emit, on each call
     * @return the hook, or null when JFR is not available
     */
    public static TimerIntervals hook(Supplier<List<Timer>> timers) {
        TimerIntervals hook = new TimerIntervals(timers);
        try {
            FlightRecorder.addPeriodicEvent(TimerIntervalEvent.class, hook);
            return hook;
        } catch (RuntimeException | LinkageError e) {
            LOG.log(
                    Level.WARNING,
                    "perfkit: JDK Flight Recorder events are off, the recorder is not available here",
                    e);
            return null;
        }
    }

    /** Removes the hook; no event is emitted for these timers afterwards. Idempotent. */
    public void unhook() {
        FlightRecorder.removePeriodicEvent(this);
    }

    /** Called by JFR: one event per timer, for the interval since the previous call. */
    @Override
    public synchronized void run() {
        for (Timer t : timers.get()) {
            t.intervalSnapshot(interval);
            TimerIntervalEvent e = new TimerIntervalEvent();
            e.name = t.name();
            e.tags = text(t.tags());
            e.count = interval.count;
            e.mean = interval.count == 0 ? 0 : Math.round((double) interval.total / interval.count);
            e.p50 = interval.p50;
            e.p99 = interval.p99;
            e.max = interval.max;
            e.commit();
        }
    }

    /** Tags as {@code key=value} pairs joined by commas, sorted by key. */
    static String text(Tags tags) {
        if (tags.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < tags.size(); i++) {
            sb.append(i == 0 ? "" : ",").append(tags.key(i)).append('=').append(tags.value(i));
        }
        return sb.toString();
    }

    /**
     * Count, total, max and two percentiles of one interval, read bucket by bucket. The percentiles follow
     * {@link TimerSnapshot#valueAtPercentile}: the first bucket whose running count reaches the rank, capped to the
     * exact min and max.
     */
    static final class Interval implements SnapshotSink {
        long count;
        long total;
        long min;
        long max;
        long p50;
        long p99;
        private long rank50;
        private long rank99;
        private long seen;

        @Override
        public void begin(
                String name,
                int precisionBits,
                long startTick,
                long endTick,
                long count,
                long totalNanos,
                long minNanos,
                long maxNanos,
                long overflowCount,
                long rejectedCount) {
            this.count = count;
            this.total = totalNanos;
            this.min = minNanos;
            this.max = maxNanos;
            this.p50 = 0;
            this.p99 = 0;
            this.seen = 0;
            this.rank50 = count == 0 ? 0 : TimerSnapshot.rankOf(50, count);
            this.rank99 = count == 0 ? 0 : TimerSnapshot.rankOf(99, count);
        }

        @Override
        public void bucket(long highestValue, long n) {
            long before = seen;
            seen += n;
            long v = Math.max(min, Math.min(max, highestValue));
            if (before < rank50 && seen >= rank50) {
                p50 = v;
            }
            if (before < rank99 && seen >= rank99) {
                p99 = v;
            }
        }
    }
}
