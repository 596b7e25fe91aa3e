package dev.perfkit.core.internal.memory;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;

/**
 * Whether this JVM lays objects out as the exact-byte tests expect: 64-bit HotSpot with compressed oops and class
 * pointers, 8-byte alignment and classic (12-byte) object headers.
 */
final class JvmLayout {

    private JvmLayout() {}

    static boolean isCompressedHotSpot() {
        try {
            HotSpotDiagnosticMXBean hs = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            return hs != null
                    && "64".equals(System.getProperty("sun.arch.data.model"))
                    && "true".equals(hs.getVMOption("UseCompressedOops").getValue())
                    && "true".equals(option(hs, "UseCompressedClassPointers", "true"))
                    && "false".equals(option(hs, "UseCompactObjectHeaders", "false"))
                    && "8".equals(hs.getVMOption("ObjectAlignmentInBytes").getValue());
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static String option(HotSpotDiagnosticMXBean hs, String name, String absent) {
        try {
            return hs.getVMOption(name).getValue();
        } catch (IllegalArgumentException e) {
            return absent;
        }
    }

    static String describe() {
        return System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version");
    }
}
