package dev.perfkit.junit.commits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.perfkit.Perf;
import dev.perfkit.junit.PerfTest;
import dev.perfkit.junit.Sink;
import dev.perfkit.junit.commits.run.SideLoader;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each side loads the code under test itself, and shares perfkit, JUnit and the JDK with the engine. */
class SideLoaderTest {

    private static String work(int answer) {
        return "package fx;\npublic class Work {\n  public static int answer() { return " + answer + "; }\n"
                + "  public static Class<?> sink() { return dev.perfkit.junit.Sink.class; }\n"
                + "  public static Class<?> perf() { return dev.perfkit.Perf.class; }\n}\n";
    }

    @Test
    void theSameClassNameIsTwoClassesWhilePerfkitAndJunitAreOne(@TempDir Path dir) throws Exception {
        Path base = FixtureSides.compile(dir.resolve("base"), Map.of("fx/Work.java", work(41)));
        Path head = FixtureSides.compile(dir.resolve("head"), Map.of("fx/Work.java", work(42)));
        ClassLoader engine = SideLoaderTest.class.getClassLoader();
        try (SideLoader a = new SideLoader("base", List.of(base), engine);
                SideLoader b = new SideLoader("head", List.of(head), engine)) {
            Class<?> workA = a.loadClass("fx.Work");
            Class<?> workB = b.loadClass("fx.Work");
            assertNotSame(workA, workB);
            assertSame(a, workA.getClassLoader());
            assertSame(b, workB.getClassLoader());
            assertEquals(41, workA.getMethod("answer").invoke(null));
            assertEquals(42, workB.getMethod("answer").invoke(null));
            Method sinkA = workA.getMethod("sink");
            assertSame(Sink.class, sinkA.invoke(null), "Sink as the base's code sees it");
            assertSame(Sink.class, workB.getMethod("sink").invoke(null), "Sink as the head's code sees it");
            assertSame(Perf.class, workB.getMethod("perf").invoke(null));
            assertSame(PerfTest.class, a.loadClass(PerfTest.class.getName()));
            assertSame(Test.class, b.loadClass(Test.class.getName()));
            assertSame(String.class, a.loadClass("java.lang.String"));
        }
    }

    @Test
    void perfkitJunitAndTheJdkComeFromTheEngineEverythingElseFromTheSide(@TempDir Path dir) throws Exception {
        String name = "dev.perfkit.junit.commits.SideLoaderTest";
        assertEquals(true, SideLoader.shared(name)); // perfkit's package: shared, as perfkit's own classes are
        Path side = FixtureSides.compile(dir.resolve("side"), Map.of("fx/Work.java", work(1)));
        try (SideLoader a = new SideLoader("side", List.of(side), SideLoaderTest.class.getClassLoader())) {
            assertSame(SideLoaderTest.class, a.loadClass(name));
            assertEquals(false, SideLoader.shared("fx.Work"));
            assertEquals(false, SideLoader.shared("com.example.OrderParser"));
            assertEquals(true, SideLoader.shared("org.junit.jupiter.api.Test"));
            assertEquals(true, SideLoader.shared("org/opentest4j/AssertionFailedError.class"));
        }
    }
}
