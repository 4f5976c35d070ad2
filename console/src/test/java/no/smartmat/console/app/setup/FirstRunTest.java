package no.smartmat.console.app.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import no.smartmat.console.app.AppContext;
import no.smartmat.console.app.DataDirectory;
import no.smartmat.console.db.Database;
import no.smartmat.console.demo.DemoData;
import no.smartmat.console.validation.FieldError;
import no.smartmat.console.validation.Validated;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FirstRunTest {

    @TempDir
    Path home;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), ZoneId.of("Europe/Oslo"));

    private Map<String, String> env() {
        return Map.of("XDG_DATA_HOME", home.resolve("xdg").toString());
    }

    private static FirstRun.Form larvik(Path dir) {
        return new FirstRun.Form(dir.toString(), false, "Larvik storkjøkken", "Larvik kommune", "Storgata 1, 3256 Larvik",
                "59,0533", "10,0352", "ingrid", "Ingrid Ødegård", "riktig-hest".toCharArray(), "riktig-hest".toCharArray());
    }

    @Test
    void anEmptyKitchenGetsItsNameDepotAndAnAdministratorWhoCanLogIn() {
        Path dir = home.resolve("Larvik data");
        FirstRun firstRun = new FirstRun(env(), clock);
        assertThat(FirstRun.needed(dir)).isTrue();

        FirstRun.Plan plan = ((Validated.Valid<FirstRun.Plan>) firstRun.validate(larvik(dir))).value();
        AppContext app = firstRun.apply(plan, true, step -> {});

        assertThat(app.kitchen().name()).isEqualTo("Larvik storkjøkken");
        assertThat(app.kitchen().municipality()).isEqualTo("Larvik kommune");
        assertThat(app.kitchen().depot().address()).isEqualTo("Storgata 1, 3256 Larvik");
        assertThat(app.kitchen().depot().lat()).isEqualTo(59.0533);
        assertThat(app.kitchen().depot().lon()).isEqualTo(10.0352);
        assertThat(app.kitchen().timezone()).isEqualTo("Europe/Oslo");
        assertThat(app.users().authenticate("ingrid", "riktig-hest".toCharArray()))
                .hasValueSatisfying(u -> assertThat(u.role()).isEqualTo(no.smartmat.console.access.Role.ADMIN));
        assertThat(app.demo().isDemo()).isFalse();
        assertThat(app.clients().count()).isZero();
        assertThat(FirstRun.needed(dir)).isFalse();

        // A later start without options opens the chosen folder, not the default one.
        assertThat(DataDirectory.resolve(Optional.empty(), env())).isEqualTo(dir.toAbsolutePath());
        // ... and reopening reads the kitchen from the folder's own configuration.
        assertThat(AppContext.open(dir, clock).kitchen().name()).isEqualTo("Larvik storkjøkken");
    }

    @Test
    void theDefaultFolderNeedsNoPointerAndAGivenFolderIsNotRemembered() {
        Path fallback = DataDirectory.platformDefault(env());
        FirstRun firstRun = new FirstRun(env(), clock);
        firstRun.apply(((Validated.Valid<FirstRun.Plan>) firstRun.validate(larvik(fallback))).value(), true, s -> {});
        assertThat(fallback.resolve(DataDirectory.POINTER)).doesNotExist();

        Path given = home.resolve("given");
        firstRun.apply(((Validated.Valid<FirstRun.Plan>) firstRun.validate(larvik(given))).value(), false, s -> {});
        assertThat(DataDirectory.resolve(Optional.empty(), env())).isEqualTo(fallback);
    }

    @Test
    void demoDataNeedsNoKitchenOrAdministrator() {
        Path dir = home.resolve("demo");
        FirstRun firstRun = new FirstRun(env(), clock);
        FirstRun.Form form = new FirstRun.Form(dir.toString(), true, "", "", "", "", "", "", "", new char[0], new char[0]);
        FirstRun.Plan plan = ((Validated.Valid<FirstRun.Plan>) firstRun.validate(form)).value();
        AppContext app = firstRun.apply(plan, false, step -> {});
        assertThat(app.demo().isDemo()).isTrue();
        assertThat(app.users().authenticate("admin", DemoData.PASSWORD.toCharArray())).isPresent();
        assertThat(dir.resolve("config/kitchen.yaml")).doesNotExist();
    }

    @Test
    void everyMistakeIsNamedAtItsFieldAndNothingIsWritten() {
        Path file = home.resolve("a-file.txt");
        FirstRun firstRun = new FirstRun(env(), clock);
        assertThat(firstRun.validate(new FirstRun.Form(home.resolve("x").toString(), false, " ", "Larvik kommune", "Storgata 1",
                "48,85", "abc", "ingrid berg", "", "kort".toCharArray(), "kort".toCharArray())).errors())
                .extracting(FieldError::field, e -> e.message().key())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(FirstRun.NAME, "validation.required"),
                        org.assertj.core.groups.Tuple.tuple(FirstRun.LAT, "setup.validation.latOutsideNorway"),
                        org.assertj.core.groups.Tuple.tuple(FirstRun.LON, "validation.notDecimal"),
                        org.assertj.core.groups.Tuple.tuple(FirstRun.USERNAME, "users.validation.username"),
                        org.assertj.core.groups.Tuple.tuple(FirstRun.FULL_NAME, "validation.required"),
                        org.assertj.core.groups.Tuple.tuple(FirstRun.PASSWORD, "users.validation.passwordShort"));

        FirstRun.Form mismatch = new FirstRun.Form(home.resolve("y").toString(), false, "K", "M", "A", "59.9", "10.7",
                "ingrid", "Ingrid", "riktig-hest".toCharArray(), "riktig-hast".toCharArray());
        assertThat(firstRun.validate(mismatch).errors()).extracting(FieldError::field).containsExactly(FirstRun.REPEAT);

        assertThat(file.getParent()).isDirectory();
        try {
            Files.writeString(file, "not a folder");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(firstRun.validate(larvik(file)).errors()).extracting(e -> e.message().key())
                .containsExactly("setup.validation.folderIsFile");
        assertThat(home.resolve("x")).doesNotExist();
        assertThat(home.resolve("y")).doesNotExist();
    }

    @Test
    void aFolderThatAlreadyHoldsAKitchenIsOpenedAsItIs() {
        Path shared = home.resolve("shared");
        FirstRun firstRun = new FirstRun(env(), clock);
        firstRun.apply(((Validated.Valid<FirstRun.Plan>) firstRun.validate(larvik(shared))).value(), false, s -> {});
        assertThat(FirstRun.holdsKitchen(shared)).isTrue();

        // Another PC points at the same folder: nothing to fill in but the folder.
        FirstRun.Form onlyFolder = new FirstRun.Form(shared.toString(), false, "", "", "", "", "", "", "", new char[0], new char[0]);
        Validated<FirstRun.Plan> plan = firstRun.validate(onlyFolder);
        assertThat(plan.errors()).isEmpty();
        AppContext app = firstRun.apply(((Validated.Valid<FirstRun.Plan>) plan).value(), true, s -> {});
        assertThat(app.users().all()).singleElement().satisfies(u -> assertThat(u.username()).isEqualTo("ingrid"));
        assertThat(app.kitchen().name()).isEqualTo("Larvik storkjøkken");
    }

    @Test
    void aDatabaseWithNobodyToLogInStillNeedsTheFirstRun() {
        Path dir = home.resolve("made-by-a-command");
        Database.openIn(dir);
        assertThat(dir.resolve(Database.FILE_NAME)).exists();
        assertThat(FirstRun.needed(dir)).isTrue();
        assertThat(FirstRun.holdsKitchen(dir)).isFalse();
    }
}
