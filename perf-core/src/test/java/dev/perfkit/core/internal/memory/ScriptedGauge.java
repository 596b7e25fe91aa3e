package dev.perfkit.core.internal.memory;

/** A gauge that answers a script of readings, then repeats the last; -1 means "cannot". */
final class ScriptedGauge implements HeapGauge {

    private final long[] readings;
    private final String source;
    int reads;

    ScriptedGauge(String source, long... readings) {
        this.source = source;
        this.readings = readings;
    }

    @Override
    public long collectAndRead() {
        return readings[Math.min(reads++, readings.length - 1)];
    }

    @Override
    public String source() {
        return source;
    }

    @Override
    public String whyNot() {
        return source + " cannot";
    }
}
