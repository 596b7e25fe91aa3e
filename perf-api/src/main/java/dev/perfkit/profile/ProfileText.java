package dev.perfkit.profile;

import dev.perfkit.Units;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Writes profiles and their comparisons as short plain text; the one place this package's wording lives. */
final class ProfileText {

    private ProfileText() {}

    /** A share as a whole percent: {@code 91 %}, {@code <1 %} for a share above 0 that rounds to 0, {@code 0 %}. */
    static String percent(double share) {
        double p = share * 100;
        if (p > 0 && p < 0.5) {
            return "<1 %";
        }
        return String.format(Locale.ROOT, "%.0f %%", p);
    }

    static String allocation(AllocationSite a) {
        return a.objectClass() + " " + Units.formatBytes(a.bytes()) + " at "
                + a.site().displayName()
                + (a.allocatingFrame().equals(a.site())
                        ? ""
                        : " (in " + a.allocatingFrame().displayName() + ")");
    }

    static String blocking(BlockingSite b) {
        return Units.formatNanos(b.nanos()) + " " + b.kind().label() + " at "
                + b.site().displayName() + (b.detail().isEmpty() ? "" : " on " + b.detail()) + ", " + b.events()
                + (b.events() == 1 ? " wait" : " waits");
    }

    static String header(Profile p) {
        if (!p.isAvailable()) {
            return "profile unavailable: " + p.unavailableReason();
        }
        return "profile: " + Units.formatNanos(p.duration().toNanos()) + ", " + p.executionSamples()
                + " execution samples (every "
                + Units.formatNanos(p.samplingPeriod().toNanos()) + ") on " + p.threads()
                + (p.threads() == 1 ? " thread" : " threads")
                + p.jfrFile().map(f -> "; JFR file: " + f).orElse("");
    }

    static String profile(Profile p, int topN) {
        checkTopN(topN);
        StringBuilder out = new StringBuilder(header(p)).append('\n');
        if (!p.isAvailable()) {
            return out.toString();
        }
        if (p.executionSamples() == 0) {
            out.append("no execution samples: the threads waited, slept or ran native code, or ran for less than the"
                    + " sampling period\n");
        } else {
            out.append("hot methods (self: on top of the stack; total: anywhere on it)\n");
            out.append("   self  total  method\n");
            Set<String> shown = new HashSet<>();
            for (HotMethod h : p.hotMethods()) {
                if (shown.size() == topN || h.selfSamples() == 0) {
                    break;
                }
                shown.add(h.method().qualifiedMethodName());
                out.append(String.format(
                        Locale.ROOT,
                        "  %5s  %5s  %s%n",
                        percent(h.selfShare()),
                        percent(h.totalShare()),
                        h.method().displayName()));
            }
            int callers = 0;
            for (HotMethod h : p.hotMethodsByTotal()) {
                if (callers == topN || h.totalShare() < 0.005) {
                    break;
                }
                if (!harness(h.method().qualifiedMethodName())
                        && shown.add(h.method().qualifiedMethodName())) {
                    if (callers++ == 0) {
                        out.append("callers (the time went through them)\n");
                    }
                    out.append(String.format(
                            Locale.ROOT,
                            "  %5s  %5s  %s%n",
                            percent(h.selfShare()),
                            percent(h.totalShare()),
                            h.method().withoutLine().displayName()));
                }
            }
        }
        if (p.allocationSamples() > 0) {
            out.append("allocations: ")
                    .append(Units.formatBytes(p.allocatedBytes()))
                    .append(" estimated from ")
                    .append(p.allocationSamples())
                    .append(" samples\n");
            List<AllocationSite> sites = p.allocationSites();
            for (AllocationSite a : sites.subList(0, Math.min(topN, sites.size()))) {
                double share = p.allocatedBytes() == 0 ? 0 : (double) a.bytes() / p.allocatedBytes();
                out.append(String.format(Locale.ROOT, "  %5s  %s%n", percent(share), allocation(a)));
            }
        }
        if (p.blockingEvents() > 0) {
            out.append("blocked: ")
                    .append(Units.formatNanos(p.blockedNanos()))
                    .append(" in ")
                    .append(p.blockingEvents())
                    .append(p.blockingEvents() == 1 ? " wait\n" : " waits\n");
            List<BlockingSite> sites = p.blockingSites();
            for (BlockingSite b : sites.subList(0, Math.min(topN, sites.size()))) {
                out.append("  ").append(blocking(b)).append('\n');
            }
        }
        if (p.gcPauses() > 0) {
            out.append("GC: ")
                    .append(p.gcPauses())
                    .append(p.gcPauses() == 1 ? " pause, " : " pauses, ")
                    .append(Units.formatNanos(p.gcPauseNanos()))
                    .append(" in total (whole JVM)\n");
        }
        return out.toString();
    }

    static String diff(ProfileDiff d, int topN) {
        checkTopN(topN);
        Profile before = d.before();
        Profile after = d.after();
        StringBuilder out = new StringBuilder();
        out.append("before: ").append(header(before)).append('\n');
        out.append("after:  ").append(header(after)).append('\n');
        if (!before.isAvailable() || !after.isAvailable()) {
            return out.toString();
        }
        List<MethodShareChange> changes = d.changes();
        if (changes.isEmpty()) {
            out.append("no method changed its share\n");
        } else {
            out.append(
                    "share of execution samples, before -> after (self: on top of the stack; total: anywhere on it)\n");
            for (MethodShareChange c : changes.subList(0, Math.min(topN, changes.size()))) {
                out.append(String.format(
                        Locale.ROOT,
                        "  %-40s self %5s -> %-5s  total %5s -> %s%n",
                        c.method().displayName(),
                        percent(c.selfBefore()),
                        percent(c.selfAfter()),
                        percent(c.totalBefore()),
                        percent(c.totalAfter())));
            }
        }
        out.append("allocated ")
                .append(Units.formatBytes(before.allocatedBytes()))
                .append(" -> ")
                .append(Units.formatBytes(after.allocatedBytes()))
                .append(", blocked ")
                .append(Units.formatNanos(before.blockedNanos()))
                .append(" -> ")
                .append(Units.formatNanos(after.blockedNanos()))
                .append(", GC pauses ")
                .append(Units.formatNanos(before.gcPauseNanos()))
                .append(" -> ")
                .append(Units.formatNanos(after.gcPauseNanos()))
                .append('\n');
        return out.toString();
    }

    private static void checkTopN(int topN) {
        if (topN < 1) {
            throw new IllegalArgumentException("topN must be at least 1, got " + topN);
        }
    }

    /** Frames of the test harness and of reflection, which every sample of a profiled test passes through. */
    private static final List<String> HARNESS = List.of(
            "dev.perfkit.junit.measure.",
            "dev.perfkit.junit.perftest.",
            "dev.perfkit.junit.compare.",
            "dev.perfkit.junit.complexity.",
            "dev.perfkit.junit.PerfTestExtension.",
            "dev.perfkit.junit.CompareExtension.",
            "dev.perfkit.junit.ComplexityExtension.",
            "org.junit.",
            "jdk.internal.reflect.",
            "java.lang.reflect.",
            "java.lang.invoke.");

    /**
     * Whether a caller is the harness's rather than the measured code's: JUnit, perf-junit's measuring code and
     * reflection sit under every sample of a profiled test at 100 %, and would push the measured code's own callers
     * out of the list.
     */
    static boolean harness(String qualifiedMethodName) {
        for (String prefix : HARNESS) {
            if (qualifiedMethodName.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
