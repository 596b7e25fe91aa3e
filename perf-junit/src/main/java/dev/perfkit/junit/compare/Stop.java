package dev.perfkit.junit.compare;

/** Why a comparison stopped taking rounds. */
public enum Stop {
    /** Every relative budget had a verdict at a planned look (or there were no budgets). */
    DECISIVE("decisive"),
    /** The plan's last look was reached. */
    ROUND_LIMIT("round limit"),
    /** The time cap per side was reached. */
    TIME_CAP("time cap"),
    /** Every fork measured its rounds; their rounds were judged together, once. */
    FORKS("all forks measured");

    private final String label;

    Stop(String label) {
        this.label = label;
    }

    /** The words reports use: {@code decisive}, {@code round limit}, {@code time cap}. */
    public String label() {
        return label;
    }
}
