package dev.perfkit.junit.measure.fork;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The fork's class path in a {@code java} launcher argument file ({@code @file}, JDK 9 and later), so that a long
 * class path never meets the operating system's limit on one argument (128 KiB on Linux) or on a whole command line
 * (32 KiB on Windows).
 *
 * <p>Stateless and thread-safe.
 */
final class ClassPathFile {

    private ClassPathFile() {}

    /** Writes {@code -cp "<classPath>"} to {@code file}, in the encoding the launcher reads command lines in. */
    static void write(Path file, String classPath) throws IOException {
        Files.writeString(file, content(classPath), encoding());
    }

    /** The file's content: the option and the class path in double quotes, backslashes and quotes escaped. */
    static String content(String classPath) {
        return "-cp \"" + classPath.replace("\\", "\\\\").replace("\"", "\\\"") + "\"\n";
    }

    private static Charset encoding() {
        String name = System.getProperty("sun.jnu.encoding");
        try {
            return name == null ? Charset.defaultCharset() : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return Charset.defaultCharset();
        }
    }
}
