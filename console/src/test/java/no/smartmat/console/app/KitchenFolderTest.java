package no.smartmat.console.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import no.smartmat.console.i18n.Messages;
import no.smartmat.console.testsupport.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A mistyped --data-dir must not become a new, empty kitchen: only demo, the first-run screen and init create one.
 * Every other command says there is no kitchen, names the folder and how to make one, exits 1, and leaves the
 * folder as it was (or absent).
 */
class KitchenFolderTest {

    private static final Messages NB = new Messages(Messages.NORWEGIAN);

    @TempDir
    Path dir;

    static Stream<List<String>> commandsThatNeedAKitchen() {
        return Stream.of(List.of("info"), List.of("slots", "--date", "i dag"), List.of("slots", "offer", "--client", "K-1",
                        "--date", "i morgen"), List.of("haccp", "status"), List.of("haccp", "verify"),
                List.of("haccp", "report", "--from", "1.11.2026", "--to", "30.11.2026", "--out", "r.pdf"),
                List.of("users", "list"), List.of("orders", "history"), List.of("plan", "--date", "24.11.2026"),
                List.of("export-scenario", "--date", "24.11.2026", "--out", "d.json"),
                List.of("print", "labels", "--date", "24.11.2026", "--out", "e.pdf"), List.of("backup"),
                List.of("clients", "import", "src/test/resources/clients/register-latin1.csv"),
                List.of("haccp", "import", "src/test/resources/clients/register-latin1.csv", "--unit", "KR-1"));
    }

    @ParameterizedTest
    @MethodSource("commandsThatNeedAKitchen")
    void aFolderThatDoesNotExistIsNotCreated(List<String> command) {
        Path typo = dir.resolve("kjokken-skrivefeil");

        Cli.Run run = Cli.in(typo, command.toArray(String[]::new));

        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).contains(NB.get("cli.noKitchen", typo));
        assertThat(typo).doesNotExist();
    }

    @ParameterizedTest
    @MethodSource("commandsThatNeedAKitchen")
    void anEmptyFolderGetsNoDatabaseAndNoLog(List<String> command) throws IOException {
        Cli.Run run = Cli.in(dir, command.toArray(String[]::new));

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains(dir.toString(), "smartmat init");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void usersAddRefusesBeforeAskingForAPassword() {
        Cli.Run run = Cli.run(Map.of(), "--data-dir", dir.resolve("x").toString(), "users", "add", "--username", "ola",
                "--name", "Ola", "--role", "ADMIN");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains(NB.get("cli.noKitchen", dir.resolve("x"))).doesNotContain("SMARTMAT_NEW_PASSWORD");
    }

    @Test
    void initCreatesAnEmptyKitchenThatEveryCommandThenOpens() throws IOException {
        Cli.Run init = Cli.init(dir);

        assertThat(init.exit()).as(init.err()).isZero();
        assertThat(init.out()).contains("Testkjøkken", dir.toString(), "admin");
        assertThat(dir.resolve("smartmat.db")).isRegularFile();
        assertThat(Files.readString(dir.resolve("config/kitchen.yaml"))).contains("Testkjøkken", "Bærum", "Industriveien 1");
        Cli.Run info = Cli.in(dir, "info");
        assertThat(info.exit()).isZero();
        assertThat(info.out()).contains("Testkjøkken");
        assertThat(Cli.in(dir, "users", "list").out()).contains("admin", "Ada Admin");
    }

    @Test
    void initRefusesAFolderThatAlreadyHoldsAKitchen() throws IOException {
        Cli.init(dir);
        long size = Files.size(dir.resolve("smartmat.db"));

        Cli.Run again = Cli.init(dir);

        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains(NB.get("cli.init.exists", dir));
        assertThat(Files.size(dir.resolve("smartmat.db"))).isEqualTo(size);
    }

    @Test
    void initWithWrongAnswersNamesTheOptionsAndCreatesNothing() {
        Path folder = dir.resolve("nytt");
        Cli.Run run = Cli.run(Map.of("SMARTMAT_NEW_PASSWORD", "kort"), "--data-dir", folder.toString(), "init",
                "--name", "Testkjøkken", "--municipality", "Bærum", "--depot-address", "Industriveien 1",
                "--lat", "95", "--lon", "10.5", "--admin", "a b", "--admin-name", "Ada");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("--lat «95»", "--admin «a b»", "SMARTMAT_NEW_PASSWORD", NB.get("cli.init.nothingCreated", folder));
        assertThat(folder).doesNotExist();
    }

    @Test
    void initWithoutAPasswordAndWithoutATerminalSaysWhereThePasswordComesFrom() {
        Cli.Run run = Cli.run(Map.of(), "--data-dir", dir.toString(), "init", "--name", "K", "--municipality", "M",
                "--depot-address", "A", "--lat", "59.9", "--lon", "10.5", "--admin", "admin", "--admin-name", "Ada");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains(NB.get("cli.users.noPassword"));
        assertThat(dir.resolve("smartmat.db")).doesNotExist();
    }

    @Test
    void theRealEntryPointExitsNonZeroOnAMissingKitchenAndZeroAfterInit() {
        Path folder = dir.resolve("kjokken");
        Cli.Run before = Cli.process(Map.of(), "--data-dir", folder.toString(), "haccp", "status");
        Cli.Run init = Cli.process(Map.of("SMARTMAT_NEW_PASSWORD", Cli.PASSWORD), "--data-dir", folder.toString(), "init",
                "--name", "Testkjøkken", "--municipality", "Bærum", "--depot-address", "Industriveien 1",
                "--lat", "59,894", "--lon", "10,539", "--admin", "admin", "--admin-name", "Ada Admin");
        Cli.Run after = Cli.process(Map.of(), "--data-dir", folder.toString(), "haccp", "status");

        assertThat(before.exit()).isEqualTo(1);
        assertThat(before.err()).contains(NB.get("cli.noKitchen", folder));
        assertThat(init.exit()).as(init.err()).isZero();
        assertThat(after.exit()).as(after.err()).isZero();
        assertThat(after.err()).isEmpty();
    }
}
