package dev.perfkit;

import java.util.Objects;

/**
 * The immutable configuration of a {@link PerfRegistry}: how many meter names it accepts and which ticker its timers
 * read.
 */
public final class RegistryConfig {

  /** The default bound on distinct meters (name and tags) per registry. */
  public static final int DEFAULT_MAX_METERS = 10_000;

  private final int maxMeters;
  private final Ticker ticker;

  private RegistryConfig(Builder b) {
    this.maxMeters = b.maxMeters;
    this.ticker = b.ticker;
  }

  /** Returns the configuration with all defaults. */
  public static RegistryConfig defaults() {
    return builder().build();
  }

  /** Returns a builder with all defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The most distinct meters the registry accepts, each name with each set of tags counting once, timers and counters
   * together; beyond it, no-op meters.
   */
  public int maxMeters() {
    return maxMeters;
  }

  /** The ticker every timer of the registry reads. */
  public Ticker ticker() {
    return ticker;
  }

  /** Builds a {@link RegistryConfig}. Not thread-safe. */
  public static final class Builder {
    private int maxMeters = DEFAULT_MAX_METERS;
    private Ticker ticker = Ticker.system();

    private Builder() {}

    /** Sets the bound on distinct meters (name and tags); at least 1. */
    public Builder maxMeters(int maxMeters) {
      if (maxMeters < 1) {
        throw new IllegalArgumentException("maxMeters must be at least 1, got " + maxMeters);
      }
      this.maxMeters = maxMeters;
      return this;
    }

    /** Sets the ticker, e.g. a scripted one in tests. */
    public Builder ticker(Ticker ticker) {
      this.ticker = Objects.requireNonNull(ticker, "ticker");
      return this;
    }

    /** Returns the configuration. */
    public RegistryConfig build() {
      return new RegistryConfig(this);
    }
  }
}
