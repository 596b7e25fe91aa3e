package dev.perfkit.benchmarks;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import dev.perfkit.memo.Memo;
import dev.perfkit.memo.MemoFunction;
import dev.perfkit.memo.MemoSupplier;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The cost of a memo hit against the raw structure underneath, like for like in one run: an unbounded memo against
 * {@code ConcurrentHashMap.get}, a bounded one against Caffeine's {@code LoadingCache.get} with the same bound, and a
 * lazy value against a plain field read and a Guava-style double-checked memoizing supplier. Every key is cached in
 * setup, so every call measured is a hit; keys rotate over 1024 boxed integers so the lookup is not a constant. Setup
 * calls every memo, so the memo code's type profiles have seen both kinds of map, as in an application that uses both.
 *
 * <p>A bounded Caffeine cache has two states that hits see: its frequency sketch is off until an entry is added with
 * the cache at least half full, then on (reads feed the sketch when the read buffers drain). The bounded pairs run in
 * both: {@code SketchOff} with {@value #KEYS} keys under a bound of 10,000, {@code SketchOn} under a bound of
 * {@value #BOUND_NEAR} (every key fits, the cache is more than half full). Setup checks the state of every cache and
 * fails the run if it is not the one the benchmark's name says.
 *
 * <pre>
 * mvn -q -B -pl perf-benchmarks -am package -DskipTests
 * java -jar perf-benchmarks/target/benchmarks.jar MemoBenchmark -f 1 -wi 3 -w 1s -i 5 -r 1s -prof gc
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class MemoBenchmark {

    static final int KEYS = 1024;
    static final int BOUND_FAR = 10_000;
    static final int BOUND_NEAR = KEYS + KEYS / 2;

    private final Integer[] keys = new Integer[KEYS];
    private int next;

    private ConcurrentHashMap<Integer, Integer> map;
    private MemoFunction<Integer, Integer> unbounded;
    private MemoFunction<Integer, Integer> unboundedWithStats;
    private LoadingCache<Integer, Integer> caffeineSketchOff;
    private MemoFunction<Integer, Integer> boundedSketchOff;
    private LoadingCache<Integer, Integer> caffeineSketchOn;
    private MemoFunction<Integer, Integer> boundedSketchOn;
    private ConcurrentMap<Integer, Integer> asMap;
    private String field;
    private Supplier<String> doubleChecked;
    private MemoSupplier<String> lazy;

    /** Builds every map, cache and memo, caches every key in each, and checks each bounded cache's sketch state. */
    @Setup
    @SuppressWarnings({"CheckReturnValue", "ReturnValueIgnored"
    }) // the calls fill the caches; their results are not needed
    public void setup() {
        map = new ConcurrentHashMap<>();
        unbounded = Memo.function(MemoBenchmark::square);
        unboundedWithStats = Memo.builder().recordStats().function(MemoBenchmark::square);
        caffeineSketchOff = Caffeine.newBuilder().maximumSize(BOUND_FAR).build(MemoBenchmark::square);
        boundedSketchOff = Memo.builder().maximumSize(BOUND_FAR).function(MemoBenchmark::square);
        caffeineSketchOn = Caffeine.newBuilder().maximumSize(BOUND_NEAR).build(MemoBenchmark::square);
        boundedSketchOn = Memo.builder().maximumSize(BOUND_NEAR).function(MemoBenchmark::square);
        asMap = Caffeine.newBuilder()
                .maximumSize(BOUND_FAR)
                .<Integer, Integer>build()
                .asMap();
        for (int i = 0; i < KEYS; i++) {
            keys[i] = i * 31;
            asMap.put(keys[i], keys[i]);
            map.put(keys[i], square(keys[i]));
            unbounded.apply(keys[i]);
            unboundedWithStats.apply(keys[i]);
            caffeineSketchOff.get(keys[i]);
            boundedSketchOff.apply(keys[i]);
            caffeineSketchOn.get(keys[i]);
            boundedSketchOn.apply(keys[i]);
        }
        caffeineSketchOff.cleanUp();
        caffeineSketchOn.cleanUp();
        boundedSketchOff.estimatedSize(); // runs the memo's pending cache maintenance
        boundedSketchOn.estimatedSize();
        CaffeineSketch.require(caffeineSketchOff, false);
        CaffeineSketch.require(boundedSketchOff, false);
        CaffeineSketch.require(caffeineSketchOn, true);
        CaffeineSketch.require(boundedSketchOn, true);
        field = "value";
        doubleChecked = new DoubleCheckedMemoize<>(() -> "value");
        doubleChecked.get();
        lazy = Memo.lazy(() -> "value");
        lazy.get();
    }

    private static Integer square(Integer x) {
        return x * x;
    }

    private Integer nextKey() {
        return keys[next++ & (KEYS - 1)];
    }

    /** {@return a hit in a {@code ConcurrentHashMap}: the floor under the unbounded memo} */
    @Benchmark
    public Integer concurrentHashMapGet() {
        return map.get(nextKey());
    }

    /** {@return a hit in the unbounded memo} */
    @Benchmark
    public Integer memoUnboundedHit() {
        return unbounded.apply(nextKey());
    }

    /** {@return a hit in the unbounded memo that records statistics} */
    @Benchmark
    public Integer memoUnboundedHitWithStats() {
        return unboundedWithStats.apply(nextKey());
    }

    /** {@return a hit in Caffeine's bounded {@code LoadingCache}, frequency sketch off} */
    @Benchmark
    public Integer caffeineLoadingCacheHitSketchOff() {
        return caffeineSketchOff.get(nextKey());
    }

    /** {@return a hit in the bounded memo, frequency sketch off} */
    @Benchmark
    public Integer memoBoundedHitSketchOff() {
        return boundedSketchOff.apply(nextKey());
    }

    /** {@return a hit in Caffeine's bounded {@code LoadingCache}, frequency sketch on} */
    @Benchmark
    public Integer caffeineLoadingCacheHitSketchOn() {
        return caffeineSketchOn.get(nextKey());
    }

    /** {@return a hit in the bounded memo, frequency sketch on} */
    @Benchmark
    public Integer memoBoundedHitSketchOn() {
        return boundedSketchOn.apply(nextKey());
    }

    /**
     * Caffeine's {@code asMap().get}, sketch off: the floor under the bounded memo's lookup.
     *
     * @return the cached value of the next key
     */
    @Benchmark
    public Integer caffeineAsMapGet() {
        return asMap.get(nextKey());
    }

    /** {@return a plain field: the floor under every lazy value} */
    @Benchmark
    public String fieldRead() {
        return field;
    }

    /** {@return a hit in a double-checked memoizing supplier, the shape of Guava's {@code Suppliers.memoize}} */
    @Benchmark
    public String doubleCheckedMemoizeHit() {
        return doubleChecked.get();
    }

    /** {@return a hit in a lazy value ({@code Memo.lazy})} */
    @Benchmark
    public String lazyHit() {
        return lazy.get();
    }

    /** The shape of Guava's {@code Suppliers.memoize}: a volatile flag, a plain field, a monitor on the slow path. */
    static final class DoubleCheckedMemoize<T> implements Supplier<T> {
        private final Supplier<T> delegate;
        private volatile boolean initialized;
        private T value;

        DoubleCheckedMemoize(Supplier<T> delegate) {
            this.delegate = delegate;
        }

        @Override
        public T get() {
            if (!initialized) {
                synchronized (this) {
                    if (!initialized) {
                        T t = delegate.get();
                        value = t;
                        initialized = true;
                        return t;
                    }
                }
            }
            return value;
        }
    }
}
