package dev.perfkit.junit.commits;

/** The sources of the fixture sides: small test classes as a project would write them. */
final class CommitFixtures {

    private CommitFixtures() {}

    /**
     * A CPU-bound body repeated {@code times} times, whose result is the same whatever {@code times} is, and a query
     * counted as {@code times} SQL statements: the head's planted slowdown.
     */
    static String work(int times, int answer) {
        return """
                package fx;

                public class Work {
                    public static long spin(int n) {
                        long x = 0;
                        for (int r = 0; r < %d; r++) {
                            x = 17;
                            for (int i = 0; i < n; i++) {
                                x = x * 6364136223846793005L + 1442695040888963407L;
                            }
                        }
                        return x & 0xff;
                    }

                    public static int answer() {
                        return %d;
                    }

                    /** As perf-jdbc counts statements: %d per call. */
                    public static void query() {
                        dev.perfkit.Perf.counter("sql.statements").increment(%d);
                    }
                }
                """.formatted(times, answer, times, times);
    }

    /**
     * A {@code @PerfTest} whose input {@code @BeforeEach} sets up, whose lifecycle leaves traces, and which fails
     * unless its side's loader is the thread's context class loader.
     */
    static final String SPIN_TEST = """
            package fx;

            import dev.perfkit.junit.PerfTest;
            import dev.perfkit.junit.Sink;
            import org.junit.jupiter.api.AfterAll;
            import org.junit.jupiter.api.BeforeAll;
            import org.junit.jupiter.api.BeforeEach;
            import org.junit.jupiter.api.Test;

            class SpinTest {
                static int size;
                Integer n;

                @BeforeAll
                static void sized() {
                    size = 400;
                }

                @BeforeEach
                void setUp() {
                    n = size;
                    sideIsContext();
                }

                static void sideIsContext() {
                    if (Thread.currentThread().getContextClassLoader() != SpinTest.class.getClassLoader()) {
                        throw new IllegalStateException("the context class loader is not this side's");
                    }
                }

                @AfterAll
                static void done() {
                    System.setProperty("fx.afterAll." + SpinTest.class.getClassLoader().getName(), "ran");
                }

                @Test
                @PerfTest
                void spin(Sink sink) {
                    sideIsContext();
                    sink.consume(Work.spin(n));
                    Work.query();
                }
            }
            """;

    /** A test the engine refuses: it needs an extension. */
    static final String EXTENDED = """
            package fx;

            import dev.perfkit.junit.PerfTest;
            import org.junit.jupiter.api.Test;
            import org.junit.jupiter.api.extension.ExtendWith;
            import org.junit.jupiter.api.extension.Extension;

            @ExtendWith(Extended.Mocking.class)
            class Extended {
                static class Mocking implements Extension {}

                @Test
                @PerfTest
                void needsExtension() {}
            }
            """;

    /** A test the engine refuses: a parameter only JUnit supplies. */
    static final String PARAMS = """
            package fx;

            import dev.perfkit.junit.PerfTest;
            import org.junit.jupiter.api.Test;

            class Params {
                @Test
                @PerfTest
                void withParam(int x) {}
            }
            """;

    /** Tests the engine refuses: several threads, and a lifecycle method taking a parameter only JUnit supplies. */
    static final String THREADED = """
            package fx;

            import dev.perfkit.junit.PerfTest;
            import org.junit.jupiter.api.Test;

            class Threaded {
                @Test
                @PerfTest(threads = 2)
                void many() {}
            }
            """;

    /** A test whose {@code @BeforeEach} takes JUnit's {@code TestInfo}. */
    static final String LIFECYCLE = """
            package fx;

            import dev.perfkit.junit.PerfTest;
            import org.junit.jupiter.api.BeforeEach;
            import org.junit.jupiter.api.Test;
            import org.junit.jupiter.api.TestInfo;

            class Lifecycle {
                @BeforeEach
                void setUp(TestInfo info) {}

                @Test
                @PerfTest
                void withInfo() {}
            }
            """;

    /** A test returning what {@code Work.answer()} returns: differs when the sides' answers do. */
    static final String ANSWER = """
            package fx;

            import dev.perfkit.junit.PerfTest;
            import dev.perfkit.junit.Sink;
            import org.junit.jupiter.api.Test;

            class Answer {
                @Test
                @PerfTest
                void answer(Sink sink) {
                    sink.consume(Work.answer());
                }
            }
            """;

    /** A comparison whose candidate returns what {@code Work.answer()} returns. */
    static final String COMPARE = """
            package fx;

            import dev.perfkit.junit.Baseline;
            import dev.perfkit.junit.Candidate;
            import dev.perfkit.junit.Compare;
            import org.junit.jupiter.api.Test;

            class Cmp {
                @Baseline
                int slow() {
                    return Work.answer();
                }

                @Candidate
                int fast() {
                    return Work.answer();
                }

                @Test
                @Compare
                void compare() {}
            }
            """;

    /** A class with one {@code @PerfTest}, {@code name}, that only one side has. */
    static String only(String className, String method) {
        return """
                package fx;

                import dev.perfkit.junit.PerfTest;
                import org.junit.jupiter.api.Test;

                class %s {
                    @Test
                    @PerfTest
                    void %s() {}
                }
                """.formatted(className, method);
    }
}
