package it.app;

import it.core.Work;

/** Uses the core module: the app's test class path holds core's classes. */
public final class Pipeline {
    private Pipeline() {}

    /** Mixes twice. */
    public static long run(long seed) {
        return Work.mix(Work.mix(seed));
    }
}
