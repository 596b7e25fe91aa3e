package dev.perfkit.junit.perftest;

import dev.perfkit.spi.EventExplainer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The {@link EventExplainer}s of a measurement's budgeted counters and their marks at the start and the end of the
 * measured phase, taken between phases (never inside the measured loop). Confined to the harness's phase changes and
 * the thread that reads the explanations afterwards.
 */
public final class EventMarks {

    /** No explainers: nothing is marked or explained. */
    public static final EventMarks NONE = new EventMarks(List.of());

    private final List<EventExplainer> explainers;
    private final Map<String, Object> start = new LinkedHashMap<>();
    private final Map<String, Object> end = new LinkedHashMap<>();

    EventMarks(List<EventExplainer> explainers) {
        this.explainers = List.copyOf(explainers);
    }

    /** The explainers found by {@link ServiceLoader} for the named counters; one that fails to load is left out. */
    public static EventMarks forCounters(List<String> counters) {
        if (counters.isEmpty()) {
            return NONE;
        }
        List<EventExplainer> found = new ArrayList<>();
        try {
            for (EventExplainer e : ServiceLoader.load(EventExplainer.class, EventMarks.class.getClassLoader())) {
                if (counters.contains(e.counter())) {
                    found.add(e);
                }
            }
        } catch (java.util.ServiceConfigurationError | RuntimeException e) {
            // an explainer that cannot load only costs its explanation
        }
        return found.isEmpty() ? NONE : new EventMarks(found);
    }

    void markStart() {
        mark(start);
    }

    void markEnd() {
        mark(end);
    }

    private void mark(Map<String, Object> into) {
        for (EventExplainer e : explainers) {
            try {
                into.put(e.counter(), e.mark());
            } catch (RuntimeException ex) {
                into.remove(e.counter());
            }
        }
    }

    /**
     * What each explainer says of the measured phase: counter name to text, only non-empty texts.
     *
     * @param limits the budget of each counter in events per call; a counter without one is described without
     */
    public Map<String, String> explain(long operations, Map<String, Double> limits) {
        Map<String, String> out = new LinkedHashMap<>();
        for (EventExplainer e : explainers) {
            Object from = start.get(e.counter());
            Object to = end.get(e.counter());
            if (from == null || to == null || operations < 1) {
                continue;
            }
            try {
                String text = e.explain(from, to, operations, limits.getOrDefault(e.counter(), Double.NaN));
                if (text != null && !text.isBlank()) {
                    out.put(e.counter(), text.strip());
                }
            } catch (RuntimeException ex) {
                // nothing to add
            }
        }
        return out;
    }
}
