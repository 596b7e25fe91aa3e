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
 * The cost of a memo hit against the raw structure underneath: an unbounded memo against
 * {@code ConcurrentHashMap.get}, a bounded one against Caffeine's {@code LoadingCache.get}, and a lazy value against a
 * plain field read and a Guava-style double-checked memoizing supplier. Every key is cached in setup, so every call
 * measured is a hit; keys rotate over 1024 boxed integers so the lookup is not a constant. Setup calls every memo,
 * so the memo code's type profiles have seen both kinds of map, as in an application that uses both.
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

  private static final int KEYS = 1024;

  private final Integer[] keys = new Integer[KEYS];
  private int next;

  private ConcurrentHashMap<Integer, Integer> map;
  private MemoFunction<Integer, Integer> unbounded;
  private MemoFunction<Integer, Integer> unboundedWithStats;
  private LoadingCache<Integer, Integer> caffeine;
  private MemoFunction<Integer, Integer> bounded;
  private ConcurrentMap<Integer, Integer> asMap;
  private String field;
  private Supplier<String> doubleChecked;
  private MemoSupplier<String> lazy;

  @Setup
  public void setup() {
    map = new ConcurrentHashMap<>();
    unbounded = Memo.function(MemoBenchmark::square);
    unboundedWithStats = Memo.builder().recordStats().function(MemoBenchmark::square);
    caffeine = Caffeine.newBuilder().maximumSize(10_000).build(MemoBenchmark::square);
    bounded = Memo.builder().maximumSize(10_000).function(MemoBenchmark::square);
    asMap = Caffeine.newBuilder().maximumSize(10_000).<Integer, Integer>build().asMap();
    for (int i = 0; i < KEYS; i++) {
      keys[i] = i * 31;
      asMap.put(keys[i], keys[i]);
      map.put(keys[i], square(keys[i]));
      unbounded.apply(keys[i]);
      unboundedWithStats.apply(keys[i]);
      caffeine.get(keys[i]);
      bounded.apply(keys[i]);
    }
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

  @Benchmark
  public Integer concurrentHashMapGet() {
    return map.get(nextKey());
  }

  @Benchmark
  public Integer memoUnboundedHit() {
    return unbounded.apply(nextKey());
  }

  @Benchmark
  public Integer memoUnboundedHitWithStats() {
    return unboundedWithStats.apply(nextKey());
  }

  @Benchmark
  public Integer caffeineLoadingCacheHit() {
    return caffeine.get(nextKey());
  }

  /** Caffeine's {@code asMap().get}, the lookup a bounded memo makes: the floor under {@link #memoBoundedHit}. */
  @Benchmark
  public Integer caffeineAsMapGet() {
    return asMap.get(nextKey());
  }

  @Benchmark
  public Integer memoBoundedHit() {
    return bounded.apply(nextKey());
  }

  @Benchmark
  public String fieldRead() {
    return field;
  }

  @Benchmark
  public String doubleCheckedMemoizeHit() {
    return doubleChecked.get();
  }

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
