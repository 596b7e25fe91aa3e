package dev.perfkit.core.internal;

import java.lang.reflect.Field;

/** Reads a timer's private state for tests that must reach a particular path. */
final class TestAccess {
  private TestAccess() {}

  static Stripe[] stripes(StripedTimer t) {
    try {
      Field f = StripedTimer.class.getDeclaredField("stripes");
      f.setAccessible(true);
      return (Stripe[]) f.get(t);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
