package dev.perfkit.core.internal;

/**
 * A per-thread hash that picks a timer's cell, changed when the thread meets contention so that threads spread over
 * the cells and then stay put (the scheme of {@code java.util.concurrent.atomic.Striped64}).
 *
 * <p>One small object per live thread, shared by every timer: a thread that ends leaves nothing behind in any timer.
 */
final class Probe {

  private static final ThreadLocal<Probe> PROBE = ThreadLocal.withInitial(Probe::new);

  private int hash;

  @SuppressWarnings("deprecation") // Thread.getId is deprecated from 19 on; threadId() does not exist in 17
  private Probe() {
    int h = mix(Thread.currentThread().getId());
    this.hash = h == 0 ? 1 : h;
  }

  static Probe current() {
    return PROBE.get();
  }

  int hash() {
    return hash;
  }

  /** Moves the thread to another cell (xorshift), after it found its cell taken. */
  void rehash() {
    int h = hash;
    h ^= h << 13;
    h ^= h >>> 17;
    h ^= h << 5;
    hash = h;
  }

  private static int mix(long id) {
    long z = id * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 32)) * 0xD6E8FEB86659FD93L;
    return (int) (z ^ (z >>> 32));
  }
}
