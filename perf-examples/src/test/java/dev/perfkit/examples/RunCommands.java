package dev.perfkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The documented run commands, resolved the way {@code exec:java} resolves them: the README's demo command (no
 * {@code -Dexec.mainClass}) and its sample command ({@code -Dexec.mainClass=dev.perfkit.examples.<Name>}), against
 * this module's {@code pom.xml}. A {@code <mainClass>} written into the plugin configuration wins over the command
 * line, so every command would run that class; a {@code ${exec.mainClass}} reference lets the command line decide
 * and falls back to the property's default. Then runs the resolved main class and returns what it printed.
 */
final class RunCommands {

    static final String PACKAGE = "dev.perfkit.examples.";
    /** The README's command for any sample, up to the class name. */
    static final String SAMPLE_COMMAND =
            "mvn -q -DskipTests -pl perf-examples -am package exec:java -Dexec.mainClass=" + PACKAGE;
    /** The README's demo command: the sample command without a class, and a comment. */
    static final Pattern DEMO_COMMAND =
            Pattern.compile("mvn -q -DskipTests -pl perf-examples -am package exec:java +# run the demo");

    private static final Path MODULE = Path.of("").toAbsolutePath();
    private static final Pattern SAMPLE = Pattern.compile("`(Sample\\d\\d_\\w+)`");

    private RunCommands() {}

    static String readme() throws IOException {
        return Files.readString(MODULE.resolveSibling("README.md"));
    }

    /** The sample names in the README's samples table, in order. */
    static List<String> readmeSamples() throws IOException {
        String readme = readme();
        int table = readme.indexOf("## Samples");
        assertTrue(table >= 0, "README.md has no '## Samples' section");
        Set<String> names = new LinkedHashSet<>();
        for (String line : readme.substring(table).split("\n", -1)) {
            Matcher m = SAMPLE.matcher(line);
            if (line.startsWith("| `") && m.find()) {
                names.add(m.group(1));
            }
        }
        return new ArrayList<>(names);
    }

    /** The runnable samples in {@code src/main}: the classes named {@code SampleNN_...}. */
    static Set<String> mainSamples() throws IOException {
        Set<String> names = new LinkedHashSet<>();
        try (var files = Files.list(MODULE.resolve("src/main/java/dev/perfkit/examples"))) {
            files.map(f -> f.getFileName().toString())
                    .filter(f -> f.matches("Sample\\d\\d_\\w+\\.java"))
                    .sorted()
                    .forEach(f -> names.add(f.substring(0, f.length() - ".java".length())));
        }
        return names;
    }

    /** The source of a sample in {@code src/main}. */
    static String source(String sample) throws IOException {
        return Files.readString(MODULE.resolve("src/main/java/dev/perfkit/examples/" + sample + ".java"));
    }

    /**
     * The class {@code exec:java} runs in this module when the command line passes {@code -Dexec.mainClass=commandLine}
     * ({@code null}: not passed).
     */
    static String resolveMainClass(String commandLine) throws Exception {
        Document pom = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(MODULE.resolve("pom.xml").toFile());
        String configured = null;
        NodeList plugins = pom.getElementsByTagName("plugin");
        for (int i = 0; i < plugins.getLength(); i++) {
            Element plugin = (Element) plugins.item(i);
            if (text(plugin, "artifactId").equals("exec-maven-plugin")) {
                configured = text(plugin, "mainClass");
            }
        }
        assertTrue(
                configured != null && !configured.isEmpty(),
                "perf-examples/pom.xml configures no mainClass for exec-maven-plugin (the parent's would apply)");
        if (!configured.equals("${exec.mainClass}")) {
            return configured; // fixed in the configuration: the command line cannot change it
        }
        if (commandLine != null) {
            return commandLine;
        }
        String fallback = text(pom.getDocumentElement(), "exec.mainClass");
        assertTrue(!fallback.isEmpty(), "perf-examples/pom.xml has no <exec.mainClass> property for the demo command");
        return fallback;
    }

    private static String text(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().trim();
    }

    /** Runs the sample as the README's sample command would, and returns what it printed. */
    static String runSampleCommand(String sample, String... args) throws Exception {
        assertTrue(readme().contains(SAMPLE_COMMAND + "<Name>"), "README.md lost the sample command " + SAMPLE_COMMAND);
        assertTrue(
                source(sample).contains("exec:java -Dexec.mainClass=" + PACKAGE + sample + "}"),
                sample + "'s javadoc should show the command that runs it");
        String main = resolveMainClass(PACKAGE + sample);
        assertEquals(PACKAGE + sample, main, "the command for " + sample + " would run another class");
        return runMain(main, args);
    }

    /** Runs what the README's demo command would run, and returns what it printed. */
    static String runDemoCommand(String... args) throws Exception {
        assertTrue(DEMO_COMMAND.matcher(readme()).find(), "README.md lost the demo command " + DEMO_COMMAND);
        String main = resolveMainClass(null);
        assertEquals(PACKAGE + "Demo", main, "the demo command would run another class");
        return runMain(main, args);
    }

    private static String runMain(String className, String... args) throws Exception {
        Method main = Class.forName(className).getMethod("main", String[].class);
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            main.invoke(null, (Object) args);
        } finally {
            System.setOut(original);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
