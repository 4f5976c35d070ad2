package no.smartmat.console.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.smartmat.console.fleet.Zone;
import no.smartmat.console.i18n.Messages;
import org.junit.jupiter.api.Test;

/** The orders feature's texts exist in both languages, every key the code names is there, and logic stays JavaFX-free. */
class OrdersMessagesTest {

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = OrdersMessagesTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void englishAndBokmalHaveTheSameKeys() throws IOException {
        assertThat(bundle("orders_nb").stringPropertyNames()).isEqualTo(bundle("orders").stringPropertyNames());
    }

    @Test
    void everyKeyTheCodeNamesExistsAndNoneIsUnused() throws IOException {
        Set<String> inCode = new TreeSet<>();
        Pattern key = Pattern.compile("\"(orders\\.[a-zA-Z0-9.]+[a-zA-Z0-9])\"");
        Path main = Path.of("src/main/java/no/smartmat/console");
        try (Stream<Path> files = Files.walk(main)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = key.matcher(Files.readString(f));
                while (m.find()) {
                    inCode.add(m.group(1));
                }
            }
        }
        // Keys put together from enum names.
        for (OrderChange.Kind k : OrderChange.Kind.values()) {
            inCode.add("orders.ui.change." + k);
            inCode.add("orders.change." + k);
        }
        for (OrderKind k : OrderKind.values()) {
            inCode.add("orders.ui.kind." + k);
        }
        for (BatchFormat f : BatchFormat.values()) {
            inCode.add("orders.ui.format." + f);
        }
        Set<String> inBundle = bundle("orders").stringPropertyNames();
        assertThat(inBundle).containsAll(inCode);
        assertThat(new TreeSet<>(inBundle)).as("unused keys").isEqualTo(inCode);
    }

    @Test
    void everyPatternFormatsInBothLanguages() throws IOException {
        for (String name : bundle("orders").stringPropertyNames()) {
            for (Messages m : new Messages[] {new Messages(Messages.NORWEGIAN), new Messages(Messages.ENGLISH)}) {
                // Formatting with arguments runs MessageFormat: a stray brace or apostrophe fails here. Numbers, as
                // counted nouns ({0,count,order}) take nothing else.
                assertThat(m.get(name, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)).isNotBlank();
            }
        }
        assertThat(new Messages(Messages.NORWEGIAN).get("orders.date.notBatchDay", "25.11.2026", "24.11.2026"))
                .contains("batchens dag (24.11.2026)");
        assertThat(new Messages(Messages.ENGLISH).get("orders.date.notBatchDay", "25.11.2026", "24.11.2026"))
                .contains("the batch's day (24.11.2026)");
        assertThat(Zone.CHILLED.norwegian()).isEqualTo("KJØL");
    }

    @Test
    void orderLogicKnowsNothingOfJavaFx() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("no.smartmat.console.orders");
        ArchRuleDefinition.noClasses().that().resideInAPackage("no.smartmat.console.orders")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(classes);
    }
}
