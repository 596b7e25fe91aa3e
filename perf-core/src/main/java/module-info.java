/** perfkit's engine: the recording timers and counters, and memoization on Caffeine. */
module dev.perfkit.core {
  requires transitive dev.perfkit.api;
  requires com.github.benmanes.caffeine;

  provides dev.perfkit.spi.MemoEngine with dev.perfkit.core.internal.memo.CoreMemoEngine;
}
