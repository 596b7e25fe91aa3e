package dev.perfkit.core.internal;

import java.lang.reflect.Field;

/** Reads a timer's private state for tests that must reach a particular path. */
final class TestAccess {
  private TestAccess() {}

  static Stripe[] stripes(StripedTimer t) {
    return (Stripe[]) field(t, "stripes");
  }

  static Lane[] lanes(StripedTimer t) {
    return (Lane[]) field(t, "lanes");
  }

  private static Object field(StripedTimer t, String name) {
    try {
      Field f = StripedTimer.class.getDeclaredField(name);
      f.setAccessible(true);
      return f.get(t);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
