package dev.perfkit.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The module's packages import each other without cycles, the measuring packages never import the report packages,
 * and the metric vocabulary imports no other package of the module: read from the main sources' import lines.
 */
class PackageCycleTest {

  private static final Path SOURCES = Path.of("src/main/java");
  private static final String ROOT = "dev.perfkit.junit";
  private static final Pattern IMPORT = Pattern.compile("^import (?:static )?(dev\\.perfkit\\.junit[\\w.]*?)\\.[A-Z]",
      Pattern.MULTILINE);

  /** Every package of the module and the module's packages it imports. */
  static Map<String, Set<String>> graph(Path sources) throws IOException {
    Map<String, Set<String>> graph = new TreeMap<>();
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
        String pkg = sources.relativize(file.getParent()).toString().replace(file.getFileSystem().getSeparator(), ".");
        if (!pkg.startsWith(ROOT)) {
          continue;
        }
        Set<String> imports = graph.computeIfAbsent(pkg, p -> new TreeSet<>());
        Matcher m = IMPORT.matcher(Files.readString(file));
        while (m.find()) {
          if (!m.group(1).equals(pkg)) {
            imports.add(m.group(1));
          }
        }
      }
    }
    return graph;
  }

  /** A cycle of packages, or an empty list. */
  static List<String> cycle(Map<String, Set<String>> graph) {
    Map<String, Integer> state = new TreeMap<>();
    for (String start : graph.keySet()) {
      List<String> path = new ArrayList<>();
      if (visit(start, graph, state, path)) {
        return path;
      }
    }
    return List.of();
  }

  private static boolean visit(String pkg, Map<String, Set<String>> graph, Map<String, Integer> state,
      List<String> path) {
    int s = state.getOrDefault(pkg, 0);
    if (s == 2) {
      return false;
    }
    path.add(pkg);
    if (s == 1) {
      path.subList(0, path.indexOf(pkg)).clear();
      return true;
    }
    state.put(pkg, 1);
    for (String next : graph.getOrDefault(pkg, Set.of())) {
      if (visit(next, graph, state, path)) {
        return true;
      }
    }
    state.put(pkg, 2);
    path.remove(path.size() - 1);
    return false;
  }

  @Test
  void thePackagesImportEachOtherWithoutCycles() throws IOException {
    Map<String, Set<String>> graph = graph(SOURCES);
    assertTrue(graph.containsKey(ROOT + ".internal.report"), graph::toString);
    assertEquals(List.of(), cycle(graph), () -> "a cycle of imports in " + graph);
  }

  @Test
  void theVocabularyAndTheMeasuringPackagesDoNotDependOnTheReports() throws IOException {
    Map<String, Set<String>> graph = graph(SOURCES);
    assertEquals(Set.of(), graph.get(ROOT + ".internal.metric"), "the metric vocabulary imports no module package");
    graph.forEach((pkg, imports) -> {
      if (pkg.startsWith(ROOT + ".internal") && !pkg.startsWith(ROOT + ".internal.report")) {
        assertTrue(imports.stream().noneMatch(i -> i.startsWith(ROOT + ".internal.report")),
            () -> pkg + " imports a report package: " + imports);
      }
    });
  }

  @Test
  void theCycleFinderFindsAPlantedCycle() {
    Map<String, Set<String>> planted = new TreeMap<>(Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"),
        "d", Set.of()));
    assertEquals(List.of("a", "b", "c", "a"), cycle(planted));
    assertEquals(List.of(), cycle(Map.of("a", Set.of("b"), "b", Set.of())));
  }
}
