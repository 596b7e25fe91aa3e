package dev.perfkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * A check that every {@code ```java} block of {@code README.md} and {@code docs/*.md} compiles against this module's
 * test class path, so the code the documentation shows cannot drift from the API.
 *
 * <p>The convention, also written in {@code docs/README.md}: a block with a {@code package} or {@code import} line, or
 * a type declaration at the start of a line, is a whole compilation unit. Any other block is a fragment: one whose
 * first code line is an annotation or starts with a modifier or {@code void} is a class body, any other is a method
 * body. A fragment is compiled inside a class that extends {@link DocsContext}, which declares the names fragments
 * use without declaring them ({@code registry}, {@code parser}, {@code h2}, ...), with the imports of
 * {@link #IMPORTS}, unless its first line is an import note ({@code // import dev.perfkit.junit.*; import
 * org.junit.jupiter.api.Test;}): then with exactly the imports the note names, so a reader who copies the block knows
 * what to import and the note cannot go stale. Every fragment of the README carries one. A block meant to be read but
 * not compiled is fenced {@code ```text} (or any other language).
 */
class DocsCodeBlocksTest {

    /** The imports every fragment gets. */
    static final String IMPORTS = "import static org.junit.jupiter.api.Assertions.*; import dev.perfkit.*; "
            + "import dev.perfkit.Timer; import dev.perfkit.Tags; import dev.perfkit.memo.*; "
            + "import dev.perfkit.memory.*; import dev.perfkit.profile.*; import dev.perfkit.jdbc.*; "
            + "import dev.perfkit.junit.*; import dev.perfkit.micrometer.*; import org.junit.jupiter.api.*; "
            + "import java.time.*; import java.util.*; "
            + "import java.util.function.*; import java.util.stream.*; import java.io.*; import java.nio.file.*; ";

    /** A fragment's first line naming its imports: {@code // import a.b.C; import d.e.*;}. */
    static final Pattern IMPORT_NOTE = Pattern.compile("// ((import [\\w.]+(\\.\\*)?; ?)+)");

    private static final Pattern UNIT = Pattern.compile(
            "(?m)^(package |import |(public |final |abstract |sealed )*(class|interface|record|enum|@interface) )");
    private static final Pattern PUBLIC_TYPE =
            Pattern.compile("(?m)^public (final |abstract |sealed )*(class|interface|record|enum|@interface) (\\w+)");
    private static final Pattern MEMBERS =
            Pattern.compile("^(@|void |public |protected |private |static |final |abstract |synchronized |<)");

    /** One fenced block: where it is, and its text. */
    record Block(Path file, int firstLine, String code) {

        /** Where the block's line {@code line} (1-based within the block) is in its Markdown file. */
        String where(long line) {
            return file + ":" + (firstLine + line - 1);
        }
    }

    @Test
    void everyJavaBlockInTheReadmeAndTheGuideCompiles() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        List<Path> files = new ArrayList<>();
        files.add(root.resolve("README.md"));
        try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        List<Block> blocks = new ArrayList<>();
        for (Path file : files) {
            blocks.addAll(javaBlocks(root.relativize(file), Files.readAllLines(file, StandardCharsets.UTF_8)));
        }
        assertTrue(
                blocks.size() >= 20, "expected the README and the guide to hold java blocks, found " + blocks.size());
        List<String> failures = compile(blocks);
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + blocks.size()
                    + " java blocks do not compile (the convention: docs/README.md):\n" + String.join("\n", failures));
        }
    }

    @Test
    void everyFragmentOfTheReadmeNamesItsImportsOnItsFirstLine() throws IOException {
        Path readme = Path.of("").toAbsolutePath().getParent().resolve("README.md");
        List<Block> blocks = javaBlocks(Path.of("README.md"), Files.readAllLines(readme, StandardCharsets.UTF_8));
        List<String> missing = new ArrayList<>();
        for (Block b : blocks) {
            if (!UNIT.matcher(b.code()).find()
                    && !IMPORT_NOTE.matcher(firstLine(b.code())).matches()) {
                missing.add(b.where(1) + ": " + firstLine(b.code()));
            }
        }
        assertEquals(
                List.of(),
                missing,
                "a README fragment starts with its imports, e.g. // import dev.perfkit.junit.*; import "
                        + "org.junit.jupiter.api.Test;");
    }

    @Test
    void aFragmentWithAnImportNoteGetsThoseImportsAndNoOthers() {
        Block enough = new Block(Path.of("README.md"), 3, """
                // import dev.perfkit.Timer;
                Timer t = Timer.builder("x").register(registry);
                """);
        Block lacking = new Block(Path.of("README.md"), 10, """
                // import dev.perfkit.Tags;
                Timer t = Timer.builder("x").register(registry);
                """);
        assertEquals(List.of(), compile(List.of(enough)));
        List<String> failures = compile(List.of(lacking));
        assertFalse(failures.isEmpty(), "Timer is not imported");
        assertTrue(
                failures.stream().allMatch(f -> f.startsWith("README.md:11: cannot find symbol")), failures::toString);
    }

    private static String firstLine(String code) {
        return code.lines().findFirst().orElse("").strip();
    }

    @Test
    void aBrokenBlockIsReportedWithItsFileAndLine() {
        Block broken = new Block(Path.of("docs/example.md"), 10, """
                Timer t = Timer.builder("x").register(registry);
                t.recordNanos("not a number");
                """);
        List<String> failures = compile(List.of(broken));
        assertEquals(1, failures.size(), failures.toString());
        assertTrue(failures.get(0).startsWith("docs/example.md:11: "), failures.get(0));
    }

    /** The {@code ```java} blocks of one Markdown file; {@code firstLine} is the 1-based line after the fence. */
    static List<Block> javaBlocks(Path file, List<String> lines) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).strip().equals("```java")) {
                continue;
            }
            StringBuilder code = new StringBuilder();
            int start = i + 2;
            for (i++; i < lines.size() && !lines.get(i).strip().startsWith("```"); i++) {
                code.append(lines.get(i)).append('\n');
            }
            blocks.add(new Block(file, start, code.toString()));
        }
        return blocks;
    }

    /** Compiles every block, each as its own source in its own package; returns one message per error. */
    static List<String> compile(List<Block> blocks) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<JavaFileObject> sources = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            String code = wrap("docs.block" + i, blocks.get(i).code());
            var type = PUBLIC_TYPE.matcher(blocks.get(i).code());
            sources.add(new Source("docs.block" + i, type.find() ? type.group(3) : "Block", code));
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files =
                javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            Path out = Files.createTempDirectory("docs-blocks");
            List<String> options = List.of(
                    "-proc:none", "-nowarn", "-classpath", System.getProperty("java.class.path"), "-d", out.toString());
            javac.getTask(null, files, diagnostics, options, null, sources).call();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        List<String> failures = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                Block block = blocks.get(sources.indexOf(d.getSource()));
                // every wrapper puts its header on the block's first line, so lines match the block's own
                failures.add(block.where(Math.max(1, d.getLineNumber())) + ": "
                        + d.getMessage(Locale.ROOT).lines().findFirst().orElse(""));
            }
        }
        return failures;
    }

    /** The block as a compilation unit whose line n is the block's line n. */
    static String wrap(String pkg, String code) {
        if (UNIT.matcher(code).find()) {
            return code.startsWith("package ") ? code : "package " + pkg + "; " + code;
        }
        String first = code.lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("//"))
                .findFirst()
                .orElse("");
        var note = IMPORT_NOTE.matcher(firstLine(code));
        String imports = note.matches() ? note.group(1) + " " : IMPORTS;
        String header =
                "package " + pkg + "; " + imports + "public class Block extends dev.perfkit.examples.DocsContext {";
        return MEMBERS.matcher(first).find()
                ? header + code + "\n}\n"
                : header + " void block() throws Exception { " + code + "\n}}\n";
    }

    /** A source held in memory. */
    static final class Source extends SimpleJavaFileObject {
        private final String code;

        Source(String pkg, String type, String code) {
            super(URI.create("string:///" + pkg.replace('.', '/') + "/" + type + ".java"), Kind.SOURCE);
            this.code = code;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return code;
        }
    }
}
