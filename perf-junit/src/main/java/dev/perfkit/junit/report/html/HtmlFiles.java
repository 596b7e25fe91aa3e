package dev.perfkit.junit.report.html;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes pages into the results folder, each whole or not at all (through a temporary file). Stateless. */
public final class HtmlFiles {

  private HtmlFiles() {}

  /** Writes {@code html} to {@code dir/fileName}, creating the folder, and returns the file. */
  public static Path write(Path dir, String fileName, String html) throws IOException {
    Files.createDirectories(dir);
    Path file = dir.resolve(fileName);
    Path temp = Files.createTempFile(dir, ".page", ".tmp");
    Files.writeString(temp, html, StandardCharsets.UTF_8);
    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return file;
  }
}
