/** JUnit 5 extension: annotated tests become benchmarks with performance budgets. */
module dev.perfkit.junit {
    requires transitive dev.perfkit.api;
    requires transitive org.junit.jupiter.api;
    requires java.management; // the JVM flags a kept baseline records, and the JVM guards
    requires jdk.management; // per-thread CPU time and allocated bytes for the guards

    exports dev.perfkit.junit;
    // JUnit instantiates the package-private extension named by @ExtendWith reflectively.
    opens dev.perfkit.junit to
            org.junit.platform.commons;

    // A forked JVM runs one test method through the JUnit Platform launcher (internal.fork).
    requires org.junit.platform.launcher;
    // Warns, while tests are discovered, about performance tests without @Test, which JUnit never runs.
    provides org.junit.platform.launcher.LauncherDiscoveryListener with
            dev.perfkit.junit.discovery.UnrunPerformanceTests;

    uses dev.perfkit.spi.EventExplainer; // explains missed events budgets, such as perf-jdbc's SQL statements
}
