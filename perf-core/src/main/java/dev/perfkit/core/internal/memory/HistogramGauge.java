package dev.perfkit.core.internal.memory;

import java.lang.management.ManagementFactory;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Reads live heap from HotSpot's class histogram ({@code GC.class_histogram} through the DiagnosticCommand MBean):
 * a full collection, then the sum of the sizes of the objects left. Exact to the byte for every collector that
 * supports the command, with no region or buffer granularity, and not affected by {@code -XX:+DisableExplicitGC}.
 */
final class HistogramGauge implements HeapGauge {

    static final String SOURCE = "class histogram";
    private static final String[] SIGNATURE = {String[].class.getName()};

    private String whyNot = "";

    @Override
    public long collectAndRead() {
        try {
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            ObjectName name = new ObjectName("com.sun.management:type=DiagnosticCommand");
            Object out = server.invoke(name, "gcClassHistogram", new Object[] {new String[0]}, SIGNATURE);
            long total = out instanceof String s ? parseTotalBytes(s) : -1;
            if (total < 0) {
                whyNot = "the class histogram had no total line";
            }
            return total;
        } catch (JMException | RuntimeException | LinkageError e) {
            whyNot = "the class histogram is not available here: " + e;
            return -1;
        }
    }

    /** The bytes column of the histogram's {@code Total} line, or -1 if there is none. */
    static long parseTotalBytes(String histogram) {
        int at = histogram.lastIndexOf("\nTotal");
        if (at < 0) {
            return -1;
        }
        String[] cells = histogram.substring(at).strip().split("\\s+", -1);
        try {
            return cells.length >= 3 ? Long.parseLong(cells[2]) : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public String whyNot() {
        return whyNot;
    }
}
