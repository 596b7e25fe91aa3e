package dev.perfkit;

/** A counter that counts nothing. */
final class NoopCounter implements Counter {
    private final String name;
    private final Tags tags;

    NoopCounter(String name, Tags tags) {
        this.name = name;
        this.tags = tags;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Tags tags() {
        return tags;
    }

    @Override
    public void increment() {}

    @Override
    public void increment(long amount) {}

    @Override
    public long count() {
        return 0;
    }

    @Override
    public long rejectedCount() {
        return 0;
    }

    @Override
    public String toString() {
        return "NoopCounter[" + name + (tags.isEmpty() ? "" : " " + tags) + "]";
    }
}
