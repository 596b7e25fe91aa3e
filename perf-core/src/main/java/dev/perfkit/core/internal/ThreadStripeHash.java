package dev.perfkit.core.internal;

/**
 * A thread's stripe hash: the per-thread hash that picks a timer's stripe, changed when the thread meets contention so
 * that threads spread over the stripes and then stay put (the scheme of {@code java.util.concurrent.atomic.Striped64}),
 * and the lane the thread folds into first.
 *
 * <p>One small object per live thread, shared by every timer: a thread that ends leaves nothing behind in any timer
 * but, in each lane it folded into last, this object (a few bytes, replaced at the next fold).
 */
final class ThreadStripeHash {

    private static final ThreadLocal<ThreadStripeHash> CURRENT = ThreadLocal.withInitial(ThreadStripeHash::new);

    private int hash;
    /**
     * Which of a contended timer's two {@link Lane}s this thread folds into first: 0 (the wide lane) until the thread
     * finds another thread's fold there and moves (see {@link #maybeMoveLane()}). A timer of one stripe ignores it and
     * tries the wide lane first. Starting from the thread's hash put half of all lone threads on the narrow lane, and
     * their timers kept three aggregates after an interval read instead of two (24.1 KB against 17.3 KB, on JDK 25,
     * where the main thread's id gave it the narrow lane).
     */
    private int lane;
    /** Xorshift state for the coin of {@link #maybeMoveLane()}; apart from the hash, so that stripes stay put. */
    private int coin;

    @SuppressWarnings("deprecation") // Thread.getId is deprecated from 19 on; threadId() does not exist in 17
    private ThreadStripeHash() {
        int h = mix(Thread.currentThread().getId());
        this.hash = h == 0 ? 1 : h;
        this.coin = h == 0 ? 1 : h;
    }

    static ThreadStripeHash current() {
        return CURRENT.get();
    }

    int hash() {
        return hash;
    }

    /** Moves the thread to another cell (xorshift), after it found its cell taken. */
    void rehash() {
        hash = xorshift(hash);
    }

    int lane() {
        return lane;
    }

    /**
     * After the thread found another thread's fold in its preferred lane: moves to the other lane with probability one
     * half (the hash is stepped for the coin), so that two threads on one lane part instead of swapping together.
     */
    void maybeMoveLane() {
        coin = xorshift(coin);
        if ((coin & 0x100) != 0) {
            lane ^= 1;
        }
    }

    private static int xorshift(int x) {
        int h = x;
        h ^= h << 13;
        h ^= h >>> 17;
        h ^= h << 5;
        return h;
    }

    private static int mix(long id) {
        long z = id * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 32)) * 0xD6E8FEB86659FD93L;
        return (int) (z ^ (z >>> 32));
    }
}
