package dev.perfkit.core.internal.jfr;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.Period;
import jdk.jfr.StackTrace;
import jdk.jfr.Timespan;

/**
 * One perfkit timer's interval, as a periodic JDK Flight Recorder event: what the timer recorded since the previous
 * event for it (or since it was created). Durations are in nanoseconds ({@link Timespan#NANOSECONDS}), so JDK Mission
 * Control and {@code jfr print} show them in human units. Emitted by {@link TimerIntervals}, every second unless a
 * recording's settings say otherwise ({@code dev.perfkit.TimerInterval#period}).
 */
@Name(TimerIntervalEvent.NAME)
@Label("perfkit Timer Interval")
@Category("perfkit")
@Description("What one perfkit timer recorded since its previous interval")
@Period("1 s")
@StackTrace(false)
public final class TimerIntervalEvent extends jdk.jfr.Event {

    /** The event's name, as recordings and {@code jfr print --events} spell it. */
    public static final String NAME = "dev.perfkit.TimerInterval";

    @Label("Name")
    @Description("The timer's name")
    String name;

    @Label("Tags")
    @Description("The timer's tags as key=value pairs separated by commas, sorted by key; empty when it has none")
    String tags;

    @Label("Count")
    @Description("Values recorded in the interval")
    long count;

    @Label("Mean")
    @Timespan(Timespan.NANOSECONDS)
    long mean;

    @Label("p50")
    @Description("Median, within the timer's precision")
    @Timespan(Timespan.NANOSECONDS)
    long p50;

    @Label("p99")
    @Description("99th percentile, within the timer's precision")
    @Timespan(Timespan.NANOSECONDS)
    long p99;

    @Label("Max")
    @Description("Largest value recorded in the interval, exact")
    @Timespan(Timespan.NANOSECONDS)
    long max;

    /** Creates an empty event; {@link TimerIntervals} fills it. */
    TimerIntervalEvent() {}
}
