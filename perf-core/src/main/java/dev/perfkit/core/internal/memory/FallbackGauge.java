package dev.perfkit.core.internal.memory;

/**
 * Reads with a preferred gauge until it first fails, then with the fallback for good; so a JVM without the class
 * histogram still gets an answer, and one where neither works gets the fallback's reason.
 */
final class FallbackGauge implements HeapGauge {

    private HeapGauge current;
    private HeapGauge fallback;

    FallbackGauge(HeapGauge preferred, HeapGauge fallback) {
        this.current = preferred;
        this.fallback = fallback;
    }

    @Override
    public long collectAndRead() {
        long live = current.collectAndRead();
        if (live < 0 && fallback != null) {
            current = fallback;
            fallback = null;
            live = current.collectAndRead();
        }
        return live;
    }

    @Override
    public String source() {
        return current.source();
    }

    @Override
    public String whyNot() {
        return current.whyNot();
    }
}
