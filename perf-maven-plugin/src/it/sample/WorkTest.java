package it;

import dev.perfkit.junit.PerfTest;
import dev.perfkit.junit.Sink;
import org.junit.jupiter.api.Test;

class WorkTest {
    private long seed = 42;

    @Test
    @PerfTest
    void mix(Sink sink) {
        sink.consume(Work.mix(seed++));
    }
}
