package dev.perfkit;

/**
 * The default entry point: one process-wide registry, created on first use and never closed.
 *
 * <pre>{@code
 * Perf.timer("parse").record(() -> parser.parse(text));
 * System.out.println(Perf.report());
 * }</pre>
 */
public final class Perf {

    private Perf() {}

    private static final class Holder {
        static final PerfRegistry GLOBAL = PerfRegistry.create();
    }

    /** {@return the process-wide registry} */
    public static PerfRegistry registry() {
        return Holder.GLOBAL;
    }

    /**
     * The process-wide timer with this name and no tags.
     *
     * @param name the meter's name
     * @return the timer
     */
    public static Timer timer(String name) {
        return Holder.GLOBAL.timer(name);
    }

    /**
     * The process-wide timer with this name and tags; allocates nothing when it exists.
     *
     * @param name the meter's name
     * @param tags the meter's tags
     * @return the timer
     */
    public static Timer timer(String name, Tags tags) {
        return Holder.GLOBAL.timer(name, tags);
    }

    /**
     * The process-wide counter with this name and no tags.
     *
     * @param name the meter's name
     * @return the counter
     */
    public static Counter counter(String name) {
        return Holder.GLOBAL.counter(name);
    }

    /**
     * The process-wide counter with this name and tags; allocates nothing when it exists.
     *
     * @param name the meter's name
     * @param tags the meter's tags
     * @return the counter
     */
    public static Counter counter(String name, Tags tags) {
        return Holder.GLOBAL.counter(name, tags);
    }

    /** {@return the text report of the process-wide registry} */
    public static String report() {
        return Holder.GLOBAL.report();
    }
}
