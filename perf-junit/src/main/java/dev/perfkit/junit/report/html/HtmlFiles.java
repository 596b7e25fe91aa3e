package dev.perfkit.junit.report.html;

import dev.perfkit.junit.measure.AtomicFiles;
import dev.perfkit.junit.measure.Settings;
import java.io.IOException;
import java.nio.file.Path;

/** Writes pages into the results folder, each whole or not at all (through {@link AtomicFiles}). Stateless. */
public final class HtmlFiles {

    private HtmlFiles() {}

    /**
     * Writes {@code html} to {@code dir/fileName}, creating the folder, and returns the file.
     *
     * @throws IOException naming the file and {@code perfkit.results.dir}; an older page stays as it was
     */
    public static Path write(Path dir, String fileName, String html) throws IOException {
        return AtomicFiles.write(dir.resolve(fileName), Settings.RESULTS_DIR, html);
    }
}
