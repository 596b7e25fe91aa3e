/** JUnit 5 extension: annotated tests become benchmarks with performance budgets. */
module dev.perfkit.junit {
  requires transitive dev.perfkit.api;
  requires transitive org.junit.jupiter.api;
}
