package no.smartmat.console.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text the code asks for exists in English and Bokmål, the two bundles of a feature have the same keys,
 * and no pattern carries a lone apostrophe (MessageFormat would silently drop the text after it).
 */
class LocalizationConsistencyTest {

    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final Path SOURCES = Path.of("src/main/java");
    /** A string literal that looks like a message key of one of our bundles: feature.something[.more]. */
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][a-zA-Z]*\\.[a-zA-Z0-9_.]+)\"");

    @Test
    void englishAndNorwegianBundlesHaveTheSameKeys() throws IOException {
        for (Path english : bundles("")) {
            Path norwegian = english.resolveSibling(english.getFileName().toString().replace(".properties", "_nb.properties"));
            assertThat(norwegian).as("Bokmål bundle for " + english.getFileName()).exists();
            assertThat(load(norwegian).keySet()).as(norwegian.getFileName().toString())
                    .containsExactlyInAnyOrderElementsOf(load(english).keySet());
        }
    }

    @Test
    void everyKeyUsedInTheCodeExists() throws IOException {
        Map<String, Properties> bundles = new TreeMap<>();
        for (Path english : bundles("")) {
            bundles.put(english.getFileName().toString().replace(".properties", ""), load(english));
        }
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_LITERAL.matcher(Files.readString(file));
                while (m.find()) {
                    String key = m.group(1);
                    String bundle = key.substring(0, key.indexOf('.'));
                    if (bundles.containsKey(bundle) && !bundles.get(bundle).containsKey(key) && !isPrefix(key, bundles.get(bundle))) {
                        missing.add(key + " (" + SOURCES.relativize(file) + ")");
                    }
                }
            }
        }
        assertThat(missing).as("keys used in code but missing from their bundle").isEmpty();
    }

    @Test
    void noPatternHasALoneApostrophe() throws IOException {
        Set<String> bad = new TreeSet<>();
        for (Path file : bundles(null)) {
            load(file).forEach((k, v) -> {
                String text = v.toString();
                if (text.contains("{") && text.replace("''", "").contains("'")) {
                    bad.add(file.getFileName() + ": " + k);
                }
            });
        }
        assertThat(bad).isEmpty();
    }

    /** Keys built in code from a prefix ("dashboard.plan.status." + status) are checked by their prefix. */
    private static boolean isPrefix(String key, Properties bundle) {
        return key.endsWith(".") && bundle.keySet().stream().anyMatch(k -> k.toString().startsWith(key));
    }

    private static Iterable<Path> bundles(String suffixFilter) throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            return files.filter(f -> f.toString().endsWith(".properties"))
                    .filter(f -> suffixFilter == null || !f.getFileName().toString().contains("_"))
                    .sorted().toList();
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
