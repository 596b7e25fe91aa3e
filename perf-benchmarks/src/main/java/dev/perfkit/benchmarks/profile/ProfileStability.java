package dev.perfkit.benchmarks.profile;

import dev.perfkit.benchmarks.accuracy.Dedup;
import dev.perfkit.profile.AllocationSite;
import dev.perfkit.profile.BlockingSite;
import dev.perfkit.profile.HotMethod;
import dev.perfkit.profile.Profile;
import dev.perfkit.profile.ProfileOptions;
import dev.perfkit.profile.Profiler;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One run of the profile stability experiment, in this (fresh) JVM: profiles each known workload for
 * {@code seconds} at a sampling period of {@code periodMillis} and prints one line per workload with the top entries,
 * for {@code profile-stability.sh} to count across runs.
 *
 * <p>Usage: {@code ProfileStability PERIOD_MS SECONDS [workload...]}; workloads: dedup, mix, alloc, lock, socket.
 */
public final class ProfileStability {

    private ProfileStability() {}

    /**
     * Runs the experiment; see the class comment.
     *
     * @param args {@code PERIOD_MS SECONDS [workload...]}
     * @throws Exception if a workload fails
     */
    public static void main(String[] args) throws Exception {
        int periodMillis = Integer.parseInt(args[0]);
        double seconds = Double.parseDouble(args[1]);
        List<String> workloads = args.length > 2
                ? List.of(args).subList(2, args.length)
                : List.of("dedup", "mix", "alloc", "lock", "socket");
        ProfileOptions options = ProfileOptions.defaults().withSamplingPeriod(Duration.ofMillis(periodMillis));
        Profiler profiler = Profiler.create();
        if (!profiler.isAvailable()) {
            throw new IllegalStateException(profiler.unavailableReason());
        }
        long nanos = (long) (seconds * 1e9);
        for (String w : workloads) {
            Profile p;
            switch (w) {
                case "dedup" -> {
                    List<Integer> ids = Dedup.ids(20_000, 20_000);
                    p = profiler.profile(options, () -> repeat(nanos, () -> Workloads.sink = Dedup.scanList(ids)));
                }
                case "mix" ->
                    p = profiler.profile(
                            options, () -> repeat(nanos, () -> Workloads.sink = Workloads.mix(System.nanoTime())));
                case "alloc" -> {
                    int[] n = {0};
                    p = profiler.profile(options, () -> repeat(nanos, () -> Workloads.sink = Workloads.encode(n[0]++)));
                }
                case "lock" -> {
                    Thread holder =
                            new Thread(() -> repeat(nanos + 200_000_000, () -> Workloads.sink = Workloads.locked(1)));
                    holder.setDaemon(true);
                    holder.start();
                    p = profiler.profile(options, () -> repeat(nanos, () -> Workloads.sink = Workloads.locked(2)));
                    holder.join();
                }
                case "socket" -> {
                    try (ServerSocket server = Workloads.slowServer(20)) {
                        p = profiler.profile(
                                options,
                                () -> repeat(nanos, () -> Workloads.sink = Workloads.fetch(server.getLocalPort())));
                    }
                }
                default -> throw new IllegalArgumentException("unknown workload " + w);
            }
            System.out.println(line(w, periodMillis, p));
        }
    }

    private static void repeat(long nanos, Runnable r) {
        long end = System.nanoTime() + nanos;
        while (System.nanoTime() < end) {
            r.run();
        }
    }

    private static String line(String workload, int periodMillis, Profile p) {
        String hot = p.hotMethods().stream()
                .filter(h -> h.selfSamples() > 0)
                .limit(5)
                .map(HotMethod::method)
                .map(f -> f.withoutLine().displayName())
                .collect(Collectors.joining(","));
        String alloc = p.allocationSites().stream()
                .limit(1)
                .map((AllocationSite a) ->
                        a.objectClass() + "@" + a.site().withoutLine().displayName())
                .collect(Collectors.joining());
        String blocked = p.blockingSites().stream()
                .limit(1)
                .map((BlockingSite b) -> b.kind() + "@" + b.site().withoutLine().displayName())
                .collect(Collectors.joining());
        return workload + " period=" + periodMillis + "ms samples=" + p.executionSamples() + " top5=" + hot + " alloc1="
                + alloc + " block1=" + blocked + " blockedMs=" + p.blockedNanos() / 1_000_000;
    }
}
