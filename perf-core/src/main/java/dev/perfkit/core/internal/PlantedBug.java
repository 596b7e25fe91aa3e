package dev.perfkit.core.internal;

/**
 * A deliberate mistake a {@link StripedTimer} built for a test makes on one of its slower paths, so that the test can
 * show that its checker (Lincheck, the stress test) fails on a timer that has the mistake. Production timers use
 * {@link #NONE}; the record path's fast branches never read it.
 */
enum PlantedBug {
    /** No mistake. */
    NONE,
    /** Readers fold the owner's current buffer only, forgetting samples the owner published late in the other one. */
    OWNER_LATE_SAMPLES_SKIPPED,
    /** The owner folds its full buffer into the wide lane's aggregate without taking the lane's lock. */
    OWNER_FOLD_WITHOUT_LANE,
    /** The owner drops the sample that finds its buffer full and both lanes taken, instead of using a stripe. */
    OWNER_SPILL_DROPPED,
    /** An idle owner's pair is handed to the next thread as it is, while the old owner may still write it. */
    HAND_OVER_KEEPS_BUFFERS
}
