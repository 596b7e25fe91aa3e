package dev.perfkit.junit.measure;

import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Objects that live once per test run in the root {@link ExtensionContext.Store}, created by the first test that asks.
 *
 * <p>Jupiter 5.x names this {@code Store.getOrComputeIfAbsent}, which Jupiter 6 deprecates for
 * {@code computeIfAbsent}, a method 5.x does not have; {@code get} and {@code put} mean the same on both lines, and one
 * lock makes the pair atomic. It is taken once per test and key, never while a test is measured. Thread-safe.
 */
public final class RunScoped {

  private static final Object LOCK = new Object();

  private RunScoped() {}

  /**
   * The run's object of {@code type} in {@code namespace}, created on the first call; the store closes it after the
   * last test when it is {@link AutoCloseable}.
   *
   * @param <V> the object's type, also its key
   * @param context any extension context of the run
   * @param namespace the store's namespace
   * @param type the object's type
   * @param create makes the object; called at most once per run
   * @return the one object of the run
   */
  public static <V> V get(ExtensionContext context, ExtensionContext.Namespace namespace, Class<V> type,
      Supplier<? extends V> create) {
    ExtensionContext.Store store = context.getRoot().getStore(namespace);
    synchronized (LOCK) {
      V value = store.get(type, type);
      if (value == null) {
        value = create.get();
        store.put(type, value);
      }
      return value;
    }
  }
}
