package dev.perfkit.core.internal.memo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.perfkit.core.internal.ScriptedTicker;
import dev.perfkit.memo.Memo;
import dev.perfkit.memo.MemoFunction;
import dev.perfkit.memo.MemoSupplier;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Expiry and eviction, driven by a scripted ticker: nothing sleeps. */
class ExpiryTest {

    private final ScriptedTicker ticker = new ScriptedTicker();
    private final AtomicInteger calls = new AtomicInteger();

    /** A function that takes 5 s of scripted time to compute. */
    private Integer slow(Integer x) {
        calls.incrementAndGet();
        ticker.advance(Duration.ofSeconds(5));
        return x;
    }

    @Test
    void expireAfterWriteCountsFromWhenTheComputationCompleted() {
        MemoFunction<Integer, Integer> f = Memo.builder()
                .ticker(ticker)
                .recordStats()
                .expireAfterWrite(Duration.ofSeconds(10))
                .function(this::slow);
        f.apply(1); // computed from t=0 to t=5
        ticker.advance(Duration.ofSeconds(9)); // t=14: 9 s after completion, 14 s after start
        f.apply(1);
        assertEquals(1, calls.get());
        ticker.advance(Duration.ofSeconds(1)); // t=15: 10 s after completion
        f.apply(1);
        assertEquals(2, calls.get());
        assertEquals(1, f.stats().evictionCount());
        assertEquals(10_000_000_000L, f.stats().totalLoadTimeNanos());
    }

    @Test
    void expireAfterAccessIsRenewedByHits() {
        MemoFunction<Integer, Integer> f = Memo.builder()
                .ticker(ticker)
                .expireAfterAccess(Duration.ofSeconds(10))
                .function(this::slow);
        f.apply(1);
        for (int i = 0; i < 5; i++) {
            ticker.advance(Duration.ofSeconds(9));
            f.apply(1);
        }
        assertEquals(1, calls.get());
        ticker.advance(Duration.ofSeconds(10));
        f.apply(1);
        assertEquals(2, calls.get());
    }

    @Test
    void sizeBoundEvictsAndCountsEvictions() {
        MemoFunction<Integer, Integer> f = Memo.builder()
                .maximumSize(10)
                .recordStats()
                .function(x -> {
                    calls.incrementAndGet();
                    return x;
                });
        for (int i = 0; i < 100; i++) {
            f.apply(i);
        }
        assertEquals(10, f.estimatedSize());
        assertEquals(90, f.stats().evictionCount());
        assertEquals(100, calls.get());
    }

    @Test
    void weightBoundUsesTheWeigher() {
        MemoFunction<Integer, String> f = Memo.builder()
                .maximumWeight(100)
                .<Integer, String>weigher((k, v) -> v.length())
                .recordStats()
                .function("x"::repeat);
        f.apply(60);
        f.apply(30);
        assertEquals(2, f.estimatedSize());
        f.apply(50);
        assertEquals(1, f.stats().evictionCount());
        assertEquals(2, f.estimatedSize());
    }

    @Test
    void lazyValueExpiresAfterCompletionToo() {
        MemoSupplier<Integer> s = Memo.builder()
                .ticker(ticker)
                .recordStats()
                .expireAfterWrite(Duration.ofSeconds(10))
                .supplier(() -> slow(7));
        assertEquals(7, s.get());
        ticker.advance(Duration.ofSeconds(9));
        assertEquals(7, s.get());
        assertEquals(1, calls.get());
        ticker.advance(Duration.ofSeconds(1));
        assertEquals(7, s.get());
        assertEquals(2, calls.get());
        assertEquals(1, s.stats().evictionCount());
    }

    @Test
    void lazyValueExpireAfterAccess() {
        MemoSupplier<Integer> s = Memo.builder()
                .ticker(ticker)
                .expireAfterAccess(Duration.ofSeconds(10))
                .supplier(() -> slow(7));
        s.get();
        ticker.advance(Duration.ofSeconds(9));
        s.get();
        ticker.advance(Duration.ofSeconds(9));
        s.get();
        assertEquals(1, calls.get());
        ticker.advance(Duration.ofSeconds(10));
        s.get();
        assertEquals(2, calls.get());
    }
}
