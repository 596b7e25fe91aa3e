package dev.perfkit.junit.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The settings registry holds every key the sources read, the configuration page documents every key it holds, and a
 * fork is given exactly the keys that reach forks.
 */
class SettingTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path PAGE = Path.of("../docs/configuration.md");
    private static final Pattern KEY = Pattern.compile("\"(perfkit\\.[A-Za-z.]*)");
    private static final Pattern ROW =
            Pattern.compile("^\\| `(perfkit\\.[A-Za-z.]+(?:<NAME>)?)` \\|", Pattern.MULTILINE);
    /** System properties the fork launcher sets in a fork: not configuration parameters. */
    private static final String FORK_PROPERTIES = "perfkit.fork.";

    /** Every {@code "perfkit.*"} string literal of the main sources that is not a registered key or prefix. */
    static Set<String> unregistered(Path sources) throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                Matcher m = KEY.matcher(Files.readString(file));
                while (m.find()) {
                    String key = m.group(1);
                    boolean known = key.startsWith(FORK_PROPERTIES)
                            || Arrays.stream(Setting.values())
                                    .anyMatch(s -> s.isPrefix() ? key.startsWith(s.key()) : key.equals(s.key()));
                    if (!known) {
                        found.add(key);
                    }
                }
            }
        }
        return found;
    }

    @Test
    void everyKeyTheSourcesReadIsRegistered() throws IOException {
        assertEquals(Set.of(), unregistered(SOURCES), "keys read but not in Setting: add each, reaching forks or not");
    }

    @Test
    void aNewKeyOutsideTheRegistryIsFound(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Files.writeString(
                dir.resolve("New.java"),
                "class New { String k = \"perfkit.compare.newKnob\"; String e = "
                        + "\"perfkit.env.GIT_COMMIT\"; String f = \"perfkit.budgets\"; }");
        assertEquals(Set.of("perfkit.compare.newKnob"), unregistered(dir));
    }

    @Test
    void theConfigurationPageDocumentsExactlyTheRegisteredKeys() throws IOException {
        String page = Files.readString(PAGE);
        Set<String> documented = new TreeSet<>();
        Matcher m = ROW.matcher(page);
        while (m.find()) {
            documented.add(m.group(1).replace("<NAME>", ""));
        }
        Set<String> registered =
                Arrays.stream(Setting.values()).map(Setting::key).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(registered, documented, "the table of docs/configuration.md against Setting");
    }

    @Test
    void theConfigurationPageNamesTheParentOnlyKeys() throws IOException {
        String page = Files.readString(PAGE).replaceAll("\\s+", " ");
        int start = page.indexOf("except the ones only the parent acts on:");
        assertTrue(start >= 0, "docs/configuration.md says which keys forks are not given");
        int end = page.indexOf(". ", start);
        String sentence = page.substring(start, end < 0 ? page.length() : end);
        Set<String> named = new TreeSet<>();
        Matcher m = Pattern.compile("`(perfkit\\.[A-Za-z.]+)(?:<NAME>)?`").matcher(sentence);
        while (m.find()) {
            named.add(m.group(1));
        }
        Set<String> parentOnly = Arrays.stream(Setting.values())
                .filter(s -> !s.reachesForks())
                .map(Setting::key)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(parentOnly, named);
    }

    @Test
    void aForkIsGivenEverySetKeyThatReachesForksAndNoOther() {
        Map<String, String> set = Map.of(
                "perfkit.budgets",
                "warn",
                "perfkit.compare.round",
                "20ms",
                "perfkit.forks",
                "3",
                "perfkit.results.dir",
                "out",
                "perfkit.complexity.rounds",
                "40",
                "perfkit.baseline.record",
                "true");
        Map<String, String> given = Setting.forForks(k -> Optional.ofNullable(set.get(k)));
        assertEquals(
                Map.of("perfkit.budgets", "warn", "perfkit.compare.round", "20ms", "perfkit.complexity.rounds", "40"),
                given);
        assertEquals(Set.of("perfkit.budgets", "perfkit.compare.round", "perfkit.complexity.rounds"), given.keySet());
    }
}
