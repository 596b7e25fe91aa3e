package dev.perfkit.junit.internal;

/**
 * Reads how many bytes the current thread has allocated so far; the harness reads it on every measuring thread before
 * and after the measurement. Implementations must be thread-safe.
 */
public interface AllocationProbe {

  /** A probe for JVMs that cannot measure allocation. */
  AllocationProbe UNSUPPORTED = new AllocationProbe() {
    @Override
    public boolean isSupported() {
      return false;
    }

    @Override
    public long currentThreadAllocatedBytes() {
      return -1;
    }
  };

  /** True when {@link #currentThreadAllocatedBytes()} gives real figures on the calling thread. */
  boolean isSupported();

  /** The bytes the calling thread has allocated since it started; -1 when not supported. */
  long currentThreadAllocatedBytes();
}
