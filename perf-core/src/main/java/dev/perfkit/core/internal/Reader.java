package dev.perfkit.core.internal;

/** How a timer's reader waits for the writers it must wait for. */
final class Reader {
  private Reader() {}

  /**
   * A reader that has spun briefly sleeps this long between checks. Sleeping rather than yielding matters when
   * writers outnumber cores: a thread that keeps yielding uses up its share of the core and then waits behind every
   * runnable writer, while a sleeping one is run soon after it wakes; the writer it waits for needs the core too.
   */
  static final long NAP_NANOS = 20_000;
}
