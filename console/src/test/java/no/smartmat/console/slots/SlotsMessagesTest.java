package no.smartmat.console.slots;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Both languages have every key the slots code uses, and every pattern is a valid MessageFormat. */
class SlotsMessagesTest {

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = SlotsMessagesTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> keysUsedInCode() throws IOException {
        Pattern literal = Pattern.compile("\"(slots\\.[a-zA-Z.]+[a-zA-Z])\"");
        Set<String> keys = new TreeSet<>();
        Path main = Path.of("src/main/java/no/smartmat/console");
        try (Stream<Path> files = Stream.concat(Files.walk(main.resolve("slots")), Stream.of(main.resolve("app/cli/SlotsCommand.java")))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(f));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        for (Offer.Availability a : Offer.Availability.values()) {
            keys.add("slots.availability." + a);
        }
        for (var obstacle : no.smartmat.planner.advice.WindowAdvice.Obstacle.values()) {
            keys.add("slots.offer.reason.notFeasible." + obstacle);
        }
        return keys;
    }

    @Test
    void bokmalAndEnglishHaveTheSameKeysAndEachIsUsedByTheCode() throws IOException {
        Properties nb = bundle("slots_nb"), en = bundle("slots");

        assertThat(nb.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        assertThat(nb.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(keysUsedInCode());
    }

    @Test
    void everyPatternIsAValidMessageFormatWithRealNorwegianLetters() throws IOException {
        Properties nb = bundle("slots_nb");
        for (String key : nb.stringPropertyNames()) {
            // {0,count,area} is the console's own format (Messages writes it out as a choice)
            String pattern = new no.smartmat.console.i18n.Messages(no.smartmat.console.i18n.Messages.NORWEGIAN)
                    .withCounts(nb.getProperty(key));
            assertThat(new MessageFormat(pattern, Locale.forLanguageTag("nb-NO"))).as(key).isNotNull();
        }
        assertThat(nb.getProperty("slots.title")).isEqualTo("Leveringsvinduer");
        assertThat(nb.getProperty("slots.refused.pastCutoff")).contains("gikk ut");
        assertThat(nb.getProperty("slots.refused.pastCutoff.window")).contains("«Overstyr fristen»", "loggført");
        assertThat(nb.getProperty("slots.refused.pastCutoff.cli")).contains("--override-cutoff", "loggført")
                .doesNotContain("Overstyr fristen");
    }
}
