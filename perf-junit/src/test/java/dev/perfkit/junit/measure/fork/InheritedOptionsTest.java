package dev.perfkit.junit.measure.fork;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which parent JVM options a fork takes. */
class InheritedOptionsTest {

    @Test
    void heapGcJitPropertiesAndModuleOptionsAreInherited() {
        List<String> kept = List.of(
                "-Xms512m",
                "-Xmx512m",
                "-XX:+AlwaysPreTouch",
                "-XX:+UseG1GC",
                "-Xint",
                "-XX:CICompilerCount=2",
                "-Dfile.encoding=UTF-8",
                "-ea",
                "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "--module-path=/libs",
                "--add-modules=java.sql",
                "--enable-preview",
                "-Xlog:gc",
                "-Xlog:gc*:stdout",
                "-Xlog:gc:stderr:uptime",
                "-XX:HeapDumpPath=/tmp",
                "-Dperfkit.forks=3");
        assertEquals(kept, InheritedOptions.of(kept));
    }

    @Test
    void agentsFileWritersAndWhatTheLauncherSetsAreDropped() {
        List<String> dropped = List.of(
                "-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=5005",
                "-Xrunjdwp:transport=dt_socket,server=y,address=5005",
                "-Xdebug",
                "-Xnoagent",
                "-javaagent:/m2/jacocoagent.jar=destfile=target/jacoco.exec",
                "-agentpath:/opt/async-profiler/libasyncProfiler.so=start,file=profile.html",
                "-Xloggc:gc.log",
                "-Xlog:gc*:file=gc.log",
                "-Xlog:gc:gc.txt:uptime",
                "-XX:StartFlightRecording=filename=rec.jfr",
                "-XX:StartFlightRecording",
                "-XX:FlightRecorderOptions=stackdepth=96",
                "-XX:LogFile=vm.log",
                "-XX:ArchiveClassesAtExit=app.jsa",
                "-Djava.class.path=a.jar",
                "--disable-@files",
                "-Djdk.module.path=/libs",
                "-Dperfkit.fork.index=1",
                "-Dperfkit.fork.count=2",
                "-Dperfkit.fork.output=/x");
        for (String option : dropped) {
            assertEquals(List.of("-Xmx1g"), InheritedOptions.of(List.of(option, "-Xmx1g")), option);
        }
    }
}
