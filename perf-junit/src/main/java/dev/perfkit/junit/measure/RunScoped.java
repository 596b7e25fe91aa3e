package dev.perfkit.junit.measure;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Objects that live once per test run in the root {@link ExtensionContext.Store}, created by the first test that asks,
 * and closed when the run ends.
 *
 * <p>Jupiter 5.x names this {@code Store.getOrComputeIfAbsent}, which Jupiter 6 deprecates for
 * {@code computeIfAbsent}, a method 5.x does not have; {@code get} and {@code put} mean the same on both lines, and one
 * lock makes the pair atomic. It is taken once per test and key, never while a test is measured.
 *
 * <p>Jupiter closes plain {@link AutoCloseable} values of a store only from 5.13 on; before, only values that
 * implement {@code Store.CloseableResource}, which 5.13 deprecates. Each object is therefore kept in a holder that is
 * both and closes the object at most once, so that the run's summary and kept baseline are written on every supported
 * Jupiter (5.10 to 6.x). Thread-safe.
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
    public static <V> V get(
            ExtensionContext context,
            ExtensionContext.Namespace namespace,
            Class<V> type,
            Supplier<? extends V> create) {
        ExtensionContext.Store store = context.getRoot().getStore(namespace);
        synchronized (LOCK) {
            Holder holder = store.get(type, Holder.class);
            if (holder == null) {
                holder = new Holder(create.get());
                store.put(type, holder);
            }
            return type.cast(holder.value);
        }
    }

    /** Keeps one run-scoped object and closes it at most once, whichever interface the store closes it by. */
    @SuppressWarnings("deprecation") // Store.CloseableResource: the only interface Jupiter before 5.13 closes
    static final class Holder implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        private final Object value;
        private final AtomicBoolean closed = new AtomicBoolean();

        Holder(Object value) {
            this.value = value;
        }

        @Override
        public void close() throws IOException {
            if (closed.compareAndSet(false, true) && value instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (IOException | RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IOException("could not close " + value, e);
                }
            }
        }
    }
}
