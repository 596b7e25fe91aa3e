package dev.perfkit.junit.report.html;

import dev.perfkit.Units;
import dev.perfkit.profile.Profile;

/**
 * A profile of extra calls as a page section: a heading, then flame graphs of where the time went and of who
 * allocated, or the reason there is no profile. The performance test's page shows one, a comparison's page one per
 * side. Stateless.
 */
final class ProfileSection {

    private ProfileSection() {}

    /**
     * The section.
     *
     * @param heading the section's heading, such as {@code Profile of extra calls}
     * @param id unique in its page: the flame graphs are {@code <id>-cpu} and {@code <id>-allocation}
     * @param p the profile
     * @return the section's HTML
     */
    static String render(String heading, String id, Profile p) {
        StringBuilder out =
                new StringBuilder("<h2>").append(Html.escape(heading)).append("</h2>\n");
        if (!p.isAvailable()) {
            return out.append("<p>")
                    .append(Html.escape("No profile: " + p.unavailableReason()))
                    .append("</p>\n")
                    .toString();
        }
        String cpu = FlameGraph.render(
                id + "-cpu",
                "Where the time went",
                p.cpuTree(),
                FlameGraph::samples,
                "The execution samples of "
                        + Html.escape(Units.formatNanos(p.duration().toNanos()))
                        + " of extra calls after the measurement, by stack: the outermost method at the top, what it "
                        + "called below, each box as wide as its share of the samples. Hover a box for its method and "
                        + "share. Callees under 1 % are left in their caller; warm colours are application code, "
                        + "blue-grey the JDK's.");
        String allocation = FlameGraph.render(
                id + "-allocation",
                "Who allocated",
                p.allocationTree(),
                FlameGraph::bytes,
                "The allocation samples of the same calls, weighed by their estimated bytes ("
                        + Html.escape(Units.formatBytes(p.allocatedBytes())) + " in all), by stack.");
        if (cpu == null && allocation == null) {
            out.append("<p>No samples to draw.</p>\n");
        }
        return out.append(cpu == null ? "" : cpu)
                .append(allocation == null ? "" : allocation)
                .toString();
    }
}
