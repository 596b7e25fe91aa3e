package dev.perfkit.maven.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

class EngineTest {
    @Test
    void onlyTheHeapOptionsTheUserGaveAreInherited() {
        assertEquals(
                List.of("-Xmx2g", "-Xms512m"),
                Engine.heapOptions(List.of(
                        "-Dmaven.home=/usr/share/maven",
                        "-Xmx2g",
                        "-XX:+UseG1GC",
                        "-Xms512m",
                        "-Xss4m",
                        "-javaagent:x")));
    }

    @Test
    void theCommandRunsTheEngineMainOnTheGivenClassPath() {
        List<String> command = Engine.command(
                new File("/jdk"),
                List.of("-Xmx1g"),
                List.of(new File("/m2/perf-junit.jar"), new File("/m2/perf-core.jar")),
                Path.of("/p/request.json"));
        assertEquals(
                List.of(
                        new File("/jdk/bin/java").getPath(),
                        "-Xmx1g",
                        "-cp",
                        new File("/m2/perf-junit.jar").getPath()
                                + File.pathSeparator
                                + new File("/m2/perf-core.jar").getPath(),
                        "dev.perfkit.junit.commits.CommitsMain",
                        Path.of("/p/request.json").toAbsolutePath().toString()),
                command);
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void outputAndErrorsArePassedOnLineByLineAndTheExitCodeKept() throws CompareException {
        List<String> out = new ArrayList<>();
        List<String> err = new ArrayList<>();
        Engine.Exit exit = Engine.run(
                List.of("sh", "-c", "echo one; echo two; echo oops >&2; exit 2"), new File("."), out::add, line -> {
                    synchronized (err) {
                        err.add(line);
                    }
                });
        assertEquals(2, exit.code());
        assertEquals(List.of("one", "two"), out);
        assertEquals(List.of("oops"), exit.errorLines());
        synchronized (err) {
            assertEquals(List.of("oops"), err);
        }
    }
}
