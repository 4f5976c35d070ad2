package no.smartmat.console.haccp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The HACCP bundles: the same keys in Bokmål and English, every key the code names exists, every pattern parses. */
class HaccpMessagesTest {

    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (var in = new InputStreamReader(HaccpMessagesTest.class.getResourceAsStream("/i18n/" + name), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    @Test
    void bokmalAndEnglishHaveTheSameKeysAndEveryPatternParses() throws IOException {
        Properties nb = load("haccp_nb.properties");
        Properties en = load("haccp.properties");

        assertThat(nb.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        for (Properties p : new Properties[] {nb, en}) {
            // {0,count,reading} is the console's own format (Messages writes it out as a choice)
            no.smartmat.console.i18n.Messages m = new no.smartmat.console.i18n.Messages(p == nb
                    ? no.smartmat.console.i18n.Messages.NORWEGIAN : no.smartmat.console.i18n.Messages.ENGLISH);
            p.stringPropertyNames().forEach(k -> new MessageFormat(m.withCounts(p.getProperty(k))));
        }
    }

    @Test
    void everyKeyTheCodeNamesAndEveryEnumValueHasAText() throws IOException {
        Properties nb = load("haccp_nb.properties");
        Set<String> missing = new TreeSet<>();
        Pattern key = Pattern.compile("\"(haccp\\.[A-Za-z0-9_.]+[A-Za-z0-9_])\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/no/smartmat/console"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = key.matcher(Files.readString(f));
                while (m.find()) {
                    if (!nb.containsKey(m.group(1))) {
                        missing.add(m.group(1) + " (" + f.getFileName() + ")");
                    }
                }
            }
        }
        for (Enum<?>[] values : java.util.List.<Enum<?>[]>of(UnitKind.values(), Level.values(), ReadingSource.values(),
                MeasureMethod.values(), FoodOutcome.values(), DeviationKind.values(), DelayCounting.values(),
                Deviation.Status.values(), HaccpChain.Problem.Kind.values())) {
            for (Enum<?> v : values) {
                String prefix = switch (v) {
                    case UnitKind u -> "haccp.kind.";
                    case Level l -> "haccp.level.";
                    case ReadingSource s -> "haccp.source.";
                    case MeasureMethod mm -> "haccp.method.";
                    case FoodOutcome fo -> "haccp.food.";
                    case DeviationKind dk -> "haccp.deviationKind.";
                    case DelayCounting dc -> "haccp.counting.";
                    case Deviation.Status st -> "haccp.status.";
                    default -> "haccp.verify.";
                };
                if (!nb.containsKey(prefix + v.name())) {
                    missing.add(prefix + v.name());
                }
            }
        }
        new ConfigRounds().ids().forEach(id -> {
            if (!nb.containsKey("haccp.occasion." + id)) {
                missing.add("haccp.occasion." + id);
            }
        });
        assertThat(missing).isEmpty();
    }

    /** The rounds of the shipped configuration: each needs a name in the UI. */
    static final class ConfigRounds {
        Stream<String> ids() {
            return AlarmEvaluatorTest.CONFIG.rounds().stream().map(HaccpConfig.Round::id);
        }
    }
}
