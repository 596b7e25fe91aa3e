package dev.perfkit;

/** A counter that counts nothing. */
final class NoopCounter implements Counter {
  private final String name;

  NoopCounter(String name) {
    this.name = name;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void increment() {}

  @Override
  public void increment(long amount) {}

  @Override
  public long count() {
    return 0;
  }

  @Override
  public long rejectedCount() {
    return 0;
  }

  @Override
  public String toString() {
    return "NoopCounter[" + name + "]";
  }
}
