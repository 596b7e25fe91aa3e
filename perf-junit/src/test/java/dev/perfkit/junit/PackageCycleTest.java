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
 * The module's packages import each other without cycles and only downwards: the entry points (the root package) use
 * the writers ({@code report}), which use the features ({@code perftest}, {@code compare}, {@code complexity},
 * {@code baseline}), which use the shared measuring packages ({@code measure} and below), the vocabulary
 * ({@code metric}) and {@code json}; no feature uses another. {@code discovery}, the launcher's entry point, uses the
 * annotations and the shared packages. Comparing commits has an entry point of its own ({@code commits}, the engine's
 * main class, which uses {@code commits.run} and the writers), a feature ({@code commits.run}) that may also use
 * {@code compare} and the annotations, and a result value ({@code commits.result}) that the writers take. Read from
 * the main sources' import lines.
 */
class PackageCycleTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final String ROOT = "dev.perfkit.junit";
    private static final Pattern IMPORT =
            Pattern.compile("^import (?:static )?(dev\\.perfkit\\.junit[\\w.]*?)\\.[A-Z]", Pattern.MULTILINE);

    /** Every package of the module and the module's packages it imports. */
    static Map<String, Set<String>> graph(Path sources) throws IOException {
        Map<String, Set<String>> graph = new TreeMap<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                String pkg = sources.relativize(file.getParent())
                        .toString()
                        .replace(file.getFileSystem().getSeparator(), ".");
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

    private static boolean visit(
            String pkg, Map<String, Set<String>> graph, Map<String, Integer> state, List<String> path) {
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
        assertTrue(graph.containsKey(ROOT + ".report"), graph::toString);
        assertEquals(List.of(), cycle(graph), () -> "a cycle of imports in " + graph);
    }

    @Test
    void everyPackageImportsOnlyWhatItsLayerMayUse() throws IOException {
        Map<String, Set<String>> graph = graph(SOURCES);
        assertEquals(List.of(), violations(graph), () -> "imports against the layers in " + graph);
    }

    @Test
    void theLayerCheckFindsAFeatureThatImportsAnotherOrTheReports() {
        Map<String, Set<String>> planted = Map.of(
                ROOT + ".complexity",
                Set.of(ROOT + ".compare", ROOT + ".measure"),
                ROOT + ".measure",
                Set.of(ROOT + ".report"),
                ROOT + ".metric",
                Set.of(ROOT + ".json"));
        assertEquals(
                List.of(
                        ROOT + ".complexity imports " + ROOT + ".compare",
                        ROOT + ".measure imports " + ROOT + ".report",
                        ROOT + ".metric imports " + ROOT + ".json"),
                violations(planted));
    }

    /**
     * What each layer may import, from the bottom: the vocabulary ({@code metric}) and {@code json} nothing; the shared
     * measuring packages the vocabulary; each feature the shared packages but no other feature; the writers any
     * feature; the entry points (the root package) everything.
     */
    static List<String> violations(Map<String, Set<String>> graph) {
        List<String> found = new ArrayList<>();
        new TreeMap<>(graph).forEach((pkg, imports) -> {
            for (String i : new TreeSet<>(imports)) {
                if (!allowed(pkg.substring(ROOT.length()), i.substring(ROOT.length()))) {
                    found.add(pkg + " imports " + i);
                }
            }
        });
        return found;
    }

    private static final Set<String> FEATURES = Set.of(".perftest", ".compare", ".complexity", ".baseline");

    private static boolean allowed(String from, String to) {
        if (from.isEmpty()) {
            return true;
        }
        if (from.equals(".metric") || from.equals(".json")) {
            return false;
        }
        boolean shared = to.equals(".metric") || to.equals(".json") || to.startsWith(".measure");
        if (from.startsWith(".measure")) {
            return shared;
        }
        if (FEATURES.contains(from)) {
            return shared;
        }
        if (from.startsWith(".report")) {
            return shared || FEATURES.contains(to) || to.equals(".commits.result") || to.startsWith(".report");
        }
        if (from.equals(".discovery")) {
            return shared || to.isEmpty(); // the launcher's entry point: the annotations it looks for, the test's name
        }
        if (from.equals(".commits.result")) {
            return shared; // the result value the writers take
        }
        if (from.equals(".commits.run")) {
            // comparing commits: the annotations and Sink it looks for and supplies, and @Compare's rounds and
            // statistics, which it reuses rather than repeats
            return shared || to.isEmpty() || to.equals(".compare") || to.equals(".commits.result");
        }
        if (from.equals(".commits")) {
            return shared || to.startsWith(".commits.") || to.equals(".report"); // the engine's entry point
        }
        return false;
    }

    @Test
    void theCycleFinderFindsAPlantedCycle() {
        Map<String, Set<String>> planted =
                new TreeMap<>(Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of()));
        assertEquals(List.of("a", "b", "c", "a"), cycle(planted));
        assertEquals(List.of(), cycle(Map.of("a", Set.of("b"), "b", Set.of())));
    }
}
