package dev.perfkit.memory;

/** The verdict of a leak check; {@link LeakReport} says how it is reached and holds the evidence. */
public enum LeakVerdict {
    /** The heap grows with the number of runs by more than the threshold, beyond the noise of the measurement. */
    LEAK,
    /** The heap does not grow by more than the threshold per run, beyond the noise of the measurement. */
    NO_LEAK,
    /** The measurement is too noisy to tell, or it could not be made here. */
    INCONCLUSIVE
}
