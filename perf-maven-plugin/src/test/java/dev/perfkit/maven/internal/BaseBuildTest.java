package dev.perfkit.maven.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaseBuildTest {
    @TempDir
    Path dir;

    @Test
    void theBaseIsBuiltLikeTheCurrentBuild() {
        BaseBuild.Maven maven = new BaseBuild.Maven(
                new File("/maven/bin/mvn"),
                true,
                Optional.of(new File("/it/settings.xml")),
                Optional.empty(),
                new File("/it/local-repo"),
                List.of("fast", "strict"),
                List.of("app", ":core"));
        assertEquals(
                List.of(
                        new File("/maven/bin/mvn").getPath(),
                        "-B",
                        "-q",
                        "-o",
                        "-s",
                        new File("/it/settings.xml").getPath(),
                        "-Dmaven.repo.local=" + new File("/it/local-repo").getPath(),
                        "-Pfast,strict",
                        "-pl",
                        "app,:core",
                        "-am",
                        "-DskipTests",
                        "test-compile",
                        "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath",
                        "-Dmdep.includeScope=test",
                        "-Dmdep.outputFile=target/perfkit-test-classpath.txt"),
                maven.command());
        BaseBuild.Maven online = new BaseBuild.Maven(
                new File("mvn"), false, Optional.empty(), Optional.empty(), new File("r"), List.of(), List.of());
        assertTrue(!online.command().contains("-o")
                && !online.command().contains("-s")
                && !online.command().contains("-pl"));
    }

    @Test
    void aModulesClassPathIsItsTestClassesClassesAndDependencies() throws Exception {
        Path module = dir.resolve("module");
        Files.createDirectories(module.resolve("target/test-classes"));
        Files.writeString(
                module.resolve(BaseBuild.CLASS_PATH_FILE),
                "/m2/a.jar" + File.pathSeparator + "/other/target/classes\n");
        assertEquals(
                Optional.of(List.of(
                        module.resolve("target/test-classes").toAbsolutePath().toString(),
                        module.resolve("target/classes").toAbsolutePath().toString(),
                        "/m2/a.jar",
                        "/other/target/classes")),
                BaseBuild.testClassPath(module.toFile()));
    }

    @Test
    void aModuleWithoutTestClassesOrAbsentFromTheBaseHasNone() throws Exception {
        assertEquals(
                Optional.empty(), BaseBuild.testClassPath(dir.resolve("absent").toFile()));
        Path noTests = Files.createDirectories(dir.resolve("no-tests/target"));
        Files.writeString(noTests.resolve("perfkit-test-classpath.txt"), "/m2/a.jar");
        assertEquals(
                Optional.empty(),
                BaseBuild.testClassPath(dir.resolve("no-tests").toFile()));
    }
}
