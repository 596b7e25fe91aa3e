package dev.perfkit.junit.measure.jvm;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The settings of the JVM the numbers come from, as every report states them: heap (initial and maximum), garbage
 * collectors, whether the heap is pre-touched, the JIT mode and the core count, with warnings where they invite wrong
 * numbers. Immutable.
 *
 * @param initialHeapBytes the heap committed at start ({@code -Xms}); -1 if unknown
 * @param maxHeapBytes the most heap ({@code -Xmx}); -1 if unknown
 * @param collectors the garbage collectors' names
 * @param preTouch whether {@code -XX:+AlwaysPreTouch} is on; null if unknown
 * @param jit the JIT: {@code java.vm.info} and the compiler's name, such as {@code mixed mode, sharing (HotSpot
 *     64-Bit Tiered Compilers)}
 * @param cores the processors the JVM sees
 */
public record JvmSettings(
        long initialHeapBytes, long maxHeapBytes, List<String> collectors, Boolean preTouch, String jit, int cores) {

    /** Copies the list. */
    public JvmSettings {
        collectors = List.copyOf(collectors);
    }

    /** This JVM's settings. */
    public static JvmSettings current() {
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        List<String> gcs = new ArrayList<>();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            gcs.add(gc.getName());
        }
        Boolean preTouch = null;
        try {
            var diagnostic = ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
            if (diagnostic != null) {
                preTouch =
                        Boolean.valueOf(diagnostic.getVMOption("AlwaysPreTouch").getValue());
            }
        } catch (RuntimeException e) {
            preTouch = null; // not HotSpot
        }
        var compiler = ManagementFactory.getCompilationMXBean();
        String jit = System.getProperty("java.vm.info", "?")
                + (compiler == null ? ", no JIT" : " (" + compiler.getName() + ")");
        return new JvmSettings(
                heap.getInit(),
                heap.getMax(),
                gcs,
                preTouch,
                jit,
                Runtime.getRuntime().availableProcessors());
    }

    /**
     * One line: {@code heap 384 MB initial, 6144 MB max, not pre-touched; GC G1 Young Generation, G1 Old Generation;
     * JIT mixed mode (...); 2 cores}.
     */
    public String describe() {
        return "heap " + mb(initialHeapBytes) + " initial, " + mb(maxHeapBytes) + " max, "
                + (preTouch == null ? "pre-touch unknown" : preTouch ? "pre-touched" : "not pre-touched") + "; GC "
                + String.join(", ", collectors) + "; JIT " + jit + "; " + cores + (cores == 1 ? " core" : " cores");
    }

    /** What in these settings invites wrong numbers, one sentence each; empty when nothing does. */
    public List<String> warnings() {
        List<String> out = new ArrayList<>();
        if ((initialHeapBytes >= 0 && initialHeapBytes < maxHeapBytes) || Boolean.FALSE.equals(preTouch)) {
            out.add("the heap can grow and is not pre-touched: code that allocates runs slower until every page of the "
                    + "young generation has been written once (the warm-up waits for that, within its cap); for the "
                    + "steadiest "
                    + "numbers run with -Xms equal to -Xmx and -XX:+AlwaysPreTouch");
        }
        if (jit.toLowerCase(Locale.ROOT).contains("interpreted") || jit.contains("no JIT")) {
            out.add("the JIT is off: figures describe the interpreter, not the code as it runs in production");
        }
        if (cores < 2) {
            out.add("one core: the JIT and the GC compete with the measured code for it");
        }
        return out;
    }

    /** The settings as JSON values. */
    public Map<String, Object> toJson() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("initialHeapBytes", initialHeapBytes);
        out.put("maxHeapBytes", maxHeapBytes);
        out.put("collectors", new ArrayList<Object>(collectors));
        out.put("preTouch", preTouch);
        out.put("jit", jit);
        out.put("cores", cores);
        out.put("warnings", new ArrayList<Object>(warnings()));
        return out;
    }

    private static String mb(long bytes) {
        return bytes < 0 ? "?" : String.format(Locale.ROOT, "%d MB", bytes >> 20);
    }
}
