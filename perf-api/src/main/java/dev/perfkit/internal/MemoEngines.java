package dev.perfkit.internal;

import dev.perfkit.spi.MemoEngine;
import java.util.Iterator;
import java.util.ServiceLoader;

/** Finds the memoization engine once: the first {@link MemoEngine} that {@link ServiceLoader} offers. */
public final class MemoEngines {

  /** The message of the exception thrown when no engine is found; tests assert it. */
  public static final String MISSING = "memoization needs an engine and none was found: add dev.perfkit:perf-core "
      + "(module dev.perfkit.core) to the class path or module path";

  private MemoEngines() {}

  private static final class Holder {
    static final MemoEngine ENGINE = load();
  }

  /**
   * The engine every memo is built on.
   *
   * @throws IllegalStateException with {@link #MISSING} when no engine is on the class or module path
   */
  public static MemoEngine engine() {
    MemoEngine engine = Holder.ENGINE;
    if (engine == null) {
      throw new IllegalStateException(MISSING);
    }
    return engine;
  }

  private static MemoEngine load() {
    Iterator<MemoEngine> it = ServiceLoader.load(MemoEngine.class, MemoEngine.class.getClassLoader()).iterator();
    return it.hasNext() ? it.next() : null;
  }
}
