package dev.perfkit.jdbc;

import dev.perfkit.jdbc.internal.StatementRecorder;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The recorders of the {@link SqlCounter}s alive in this JVM that count into the shared events counter, held weakly
 * so that a counting data source the application dropped is collected (the recorder lives as long as the data
 * source, which the application keeps; the {@code SqlCounter} itself may be dropped). Adding prunes collected entries,
 * so the list stays as long as the counters alive. Thread-safe: guarded by its own lock, which only creating a counter
 * and explaining a budget take, never an execution.
 */
final class LiveCounters {
    private final List<WeakReference<StatementRecorder>> counters = new ArrayList<>();

    synchronized void add(StatementRecorder counter) {
        prune();
        counters.add(new WeakReference<>(counter));
    }

    synchronized List<StatementRecorder> snapshot() {
        prune();
        List<StatementRecorder> out = new ArrayList<>();
        for (WeakReference<StatementRecorder> ref : counters) {
            StatementRecorder c = ref.get();
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    private void prune() {
        for (Iterator<WeakReference<StatementRecorder>> it = counters.iterator(); it.hasNext(); ) {
            if (it.next().get() == null) {
                it.remove();
            }
        }
    }
}
