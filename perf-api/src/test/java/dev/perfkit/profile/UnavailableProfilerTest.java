package dev.perfkit.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * Without an engine (perf-api's tests have no perf-core on the class path) the profiler runs the block and answers
 * "unavailable" with the reason.
 */
class UnavailableProfilerTest {

    @Test
    void withoutPerfCoreTheProfilerSaysSoAndStillRunsTheBlock() {
        Profiler profiler = Profiler.create();
        assertFalse(profiler.isAvailable());
        assertEquals(
                "JFR profiling needs perf-core: add dev.perfkit:perf-core to the class path",
                profiler.unavailableReason());
        int[] ran = {0};
        Profile p = profiler.profile(() -> ran[0]++);
        assertEquals(1, ran[0]);
        assertFalse(p.isAvailable());
        assertEquals(profiler.unavailableReason(), p.unavailableReason());
    }

    @Test
    void aSessionAnswersOnceWithTheReason() {
        ProfileSession s = Profiler.unavailable("JFR is off").start(ProfileOptions.defaults());
        s.trackCurrentThread();
        Profile p = s.stop();
        assertEquals("JFR is off", p.unavailableReason());
        assertSame(p, s.stop());
        s.close();
    }

    @Test
    void exceptionsFromTheBlockPropagateAndNullsAreRejected() {
        Profiler profiler = Profiler.unavailable("JFR is off");
        assertThrows(
                ArithmeticException.class,
                () -> profiler.profile(() -> {
                    throw new ArithmeticException();
                }));
        assertThrows(NullPointerException.class, () -> profiler.profile(null));
        assertThrows(IllegalArgumentException.class, () -> Profiler.unavailable(""));
    }
}
