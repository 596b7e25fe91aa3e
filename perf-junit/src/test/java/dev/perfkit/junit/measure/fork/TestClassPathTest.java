package dev.perfkit.junit.measure.fork;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fork's class path holds the test's own class loaders' entries, as the JUnit console launcher sets them up. */
class TestClassPathTest {

    @Test
    void aLauncherLoaderComesFirstThenTheSystemClassPath(@TempDir Path dir) throws IOException {
        Path tests = dir.resolve("test-classes");
        Path lib = dir.resolve("lib.jar");
        String system = "launcher.jar" + File.pathSeparator + lib;
        try (URLClassLoader parent = new URLClassLoader(new URL[] {lib.toUri().toURL()}, null);
                URLClassLoader child = new URLClassLoader(
                        new URL[] {tests.toUri().toURL(), new URL("http://example.com/x.jar")}, parent)) {
            assertEquals(
                    String.join(File.pathSeparator, tests.toString(), lib.toString(), "launcher.jar"),
                    TestClassPath.of(child, system));
        }
    }

    @Test
    void aTestOnTheSystemClassPathKeepsIt() {
        String system = "a.jar" + File.pathSeparator + "b" + File.pathSeparator;
        assertEquals("a.jar" + File.pathSeparator + "b", TestClassPath.of(ClassLoader.getSystemClassLoader(), system));
        assertEquals("", TestClassPath.of(null, ""));
    }
}
