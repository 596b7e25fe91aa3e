package dev.perfkit.core.internal;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.lang.reflect.Field;
import java.time.Duration;
import org.jctools.queues.atomic.MpmcAtomicArrayQueue;
import org.junit.jupiter.api.Test;

/** The spill's pool of spare buffers never makes the thread that gives one back wait. */
class SpillTest {

    /**
     * A writer that takes a spare moves the pool's consumer index, then marks the slot free: two steps. If the
     * scheduler stops it between them, JCTools' {@code offer} into that slot spins until the writer runs again, and the
     * thread giving a spare back holds a lane meanwhile. The spare is dropped instead, and a writer may make a new one.
     */
    @Test
    void givingASpareBackDoesNotWaitForAWriterStoppedWhileTakingOne() throws Exception {
        Spill sp = new Spill(8, 2, 16, new Layout(6, 1L << 40), 16); // a pool of two slots
        ValueBuffer a = sp.spare();
        ValueBuffer b = sp.spare();
        assertNotNull(a);
        assertNotNull(b);
        assertNull(sp.spare(), "two spares at most");
        sp.giveBack(a);
        sp.giveBack(b);
        assertSame(a, sp.spare());
        stopConsumerBetweenItsSteps(sp.pool); // another writer is taking b and is stopped halfway
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            sp.giveBack(a); // into the slot a left
            sp.giveBack(new ValueBuffer(16)); // into b's slot, not yet marked free: dropped, not waited for
        });
        assertSame(a, sp.spare());
        assertNotNull(sp.spare(), "the dropped spare may be made again");
    }

    /** Moves the pool's consumer index past the next element without marking its slot free, as a stopped taker does. */
    private static void stopConsumerBetweenItsSteps(MpmcAtomicArrayQueue<ValueBuffer> pool) throws Exception {
        Field index = Class.forName("org.jctools.queues.atomic.MpmcAtomicArrayQueueConsumerIndexField")
                .getDeclaredField("consumerIndex");
        index.setAccessible(true);
        index.setLong(pool, index.getLong(pool) + 1);
    }
}
