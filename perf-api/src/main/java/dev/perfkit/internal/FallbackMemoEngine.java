package dev.perfkit.internal;

import dev.perfkit.memo.MemoBiFunction;
import dev.perfkit.memo.MemoConfig;
import dev.perfkit.memo.MemoFunction;
import dev.perfkit.memo.MemoStats;
import dev.perfkit.memo.MemoSupplier;
import dev.perfkit.memo.RecursiveFunction;
import dev.perfkit.spi.MemoEngine;
import java.lang.System.Logger.Level;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The memo engine used when no {@link MemoEngine} is on the class or module path (perf-core is missing), so that a
 * library that memoizes keeps working in an application that did not add perf-core. Its memos are
 * {@link FallbackMemo}s: unbounded maps with single flight, cached {@code null}s, exceptions cached only on request,
 * array keys rejected, recursion through {@code self} and cycles reported, as the real engine's. What they leave out:
 * size and weight bounds, expiry and statistics are ignored (said once through {@link System.Logger}, at
 * {@code WARNING}, when a memo first asks for one), and recursion runs on the caller's stack, so its depth is bounded
 * by the thread's stack size (the real engine trampolines).
 *
 * <p>Thread-safe. Public for perf-api's own tests; the package is not exported.
 */
public final class FallbackMemoEngine implements MemoEngine {

    private final System.Logger log;
    private final AtomicBoolean warned = new AtomicBoolean();

    /** Creates an engine; {@code log} receives its one warning about ignored options. */
    public FallbackMemoEngine(System.Logger log) {
        this.log = log;
    }

    @Override
    public <K, V> MemoFunction<K, V> function(MemoConfig config, Function<? super K, ? extends V> function) {
        warnIfIgnored(config);
        return new FallbackMemo<>(config, false, function);
    }

    @Override
    public <A, B, V> MemoBiFunction<A, B, V> biFunction(
            MemoConfig config, BiFunction<? super A, ? super B, ? extends V> function) {
        warnIfIgnored(config);
        FallbackMemo<FallbackMemo.Pair, V> pairs =
                new FallbackMemo<>(config, false, pair -> function.apply(arg(pair.first()), arg(pair.second())));
        return new MemoBiFunction<>() {
            @Override
            public V apply(A a, B b) {
                return pairs.apply(new FallbackMemo.Pair(a, b));
            }

            @Override
            public MemoStats stats() {
                return MemoStats.empty();
            }

            @Override
            public void invalidate(A a, B b) {
                pairs.invalidate(new FallbackMemo.Pair(a, b));
            }

            @Override
            public void invalidateAll() {
                pairs.invalidateAll();
            }

            @Override
            public long estimatedSize() {
                return pairs.estimatedSize();
            }

            @Override
            public String toString() {
                return pairs.toString();
            }
        };
    }

    @Override
    public <K, V> MemoFunction<K, V> recursive(MemoConfig config, RecursiveFunction<K, V> function) {
        warnIfIgnored(config);
        var self = new Object() {
            FallbackMemo<K, V> memo;
        };
        self.memo = new FallbackMemo<>(config, false, key -> function.apply(self.memo, key));
        return self.memo;
    }

    @Override
    public <T> MemoSupplier<T> supplier(MemoConfig config, Supplier<? extends T> supplier) {
        warnIfIgnored(config);
        FallbackMemo<Boolean, T> value = new FallbackMemo<>(config, true, unused -> supplier.get());
        return new MemoSupplier<>() {
            @Override
            public T get() {
                return value.apply(Boolean.TRUE);
            }

            @Override
            public MemoStats stats() {
                return MemoStats.empty();
            }

            @Override
            public void invalidate() {
                value.invalidate(Boolean.TRUE);
            }

            @Override
            public String toString() {
                return "MemoSupplier[" + config.name() + ", fallback]";
            }
        };
    }

    // TypeParameterUnusedInFormals: the one unchecked cast of an argument whose type the caller's memo fixed
    @SuppressWarnings({"unchecked", "TypeParameterUnusedInFormals"})
    private static <T> T arg(Object argument) {
        return (T) argument;
    }

    private void warnIfIgnored(MemoConfig config) {
        if ((config.isBounded() || config.expires() || config.recordStats()) && warned.compareAndSet(false, true)) {
            log.log(
                    Level.WARNING,
                    "perfkit: memo '" + config.name() + "' asks for " + ignored(config) + ", but without "
                            + "dev.perfkit:perf-core on the class path memos are simple unbounded maps: size and"
                            + " weight bounds, expiry and statistics are ignored (said once)");
        }
    }

    private static String ignored(MemoConfig config) {
        StringBuilder s = new StringBuilder();
        if (config.isBounded()) {
            s.append("a size bound");
        }
        if (config.expires()) {
            s.append(s.length() > 0 ? ", " : "").append("expiry");
        }
        if (config.recordStats()) {
            s.append(s.length() > 0 ? ", " : "").append("statistics");
        }
        return s.toString();
    }
}
