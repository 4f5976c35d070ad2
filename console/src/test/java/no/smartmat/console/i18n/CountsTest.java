package no.smartmat.console.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** «1 måling», «2 målinger», «0 målinger»: one place knows each noun's two forms, and every message uses it. */
class CountsTest {

    private static final Messages NB = new Messages(Messages.NORWEGIAN);
    private static final Messages EN = new Messages(Messages.ENGLISH);
    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final Pattern COUNT = Pattern.compile("\\{\\d+,count,([a-zA-Z0-9]+)\\}");

    @Test
    void oneIsSingularAndEveryOtherNumberPlural() {
        assertThat(NB.count(1, "reading")).isEqualTo("1 måling");
        assertThat(NB.count(2, "reading")).isEqualTo("2 målinger");
        assertThat(NB.count(0, "reading")).isEqualTo("0 målinger");
        assertThat(NB.count(1234, "reading")).isEqualTo("1\u00a0234 målinger");
        assertThat(EN.count(1, "reading")).isEqualTo("1 reading");
        assertThat(EN.count(3, "reading")).isEqualTo("3 readings");
    }

    @Test
    void messagesWriteTheCountWithTheNounInItsForm() {
        assertThat(NB.get("haccp.ui.rounds.saved", 1)).isEqualTo("1 måling lagret.");
        assertThat(NB.get("haccp.ui.rounds.saved", 5)).isEqualTo("5 målinger lagret.");
        assertThat(NB.get("cli.clients.nothingChanged", 1)).contains("(1 bruker uendret)");
        assertThat(NB.get("haccp.report.incomplete.missingChecks", 0)).isEqualTo("0 manglende kontroller");
        assertThat(EN.get("printing.saved", 1, "x.pdf")).isEqualTo("Saved 1 page to x.pdf.");
    }

    @Test
    void everyCountedNounOfEveryBundleHasTwoFormsInBothLanguages() throws IOException {
        Properties nb = load(BUNDLES.resolve("count_nb.properties"));
        Properties en = load(BUNDLES.resolve("count.properties"));
        Set<String> problems = new TreeSet<>();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
                Properties bundle = load(file);
                boolean picocli = file.getFileName().toString().startsWith("help");
                for (String key : bundle.stringPropertyNames()) {
                    Matcher m = COUNT.matcher(bundle.getProperty(key));
                    while (m.find()) {
                        for (Properties nouns : List.of(nb, en)) {
                            String forms = nouns.getProperty("count." + m.group(1));
                            if (forms == null || forms.split("\\|", -1).length != 2 || forms.matches(".*[{}#'<].*")) {
                                problems.add(file.getFileName() + " " + key + ": count." + m.group(1));
                            }
                        }
                    }
                    // the pattern as MessageFormat reads it once the counts are written out
                    Messages m2 = file.getFileName().toString().contains("_nb") ? NB : EN;
                    if (!picocli) {
                        new MessageFormat(m2.withCounts(bundle.getProperty(key)));
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
