package no.smartmat.console.app;

import no.smartmat.console.testsupport.Cli;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The headless launcher as a script would use it: exit codes and the one-line messages. */
class CommandLineTest {

    @TempDir
    Path dir;


    static Cli.Run run(String... args) {
        return Cli.run(args);
    }

    @Test
    void importsAClientRegisterThenSaysNothingChangedOnTheSecondRun() {
        Path file = Path.of("src/test/resources/clients/register-latin1.csv");
        Cli.init(dir);

        Cli.Run first = run("--data-dir", dir.toString(), "clients", "import", file.toString());
        Cli.Run second = run("clients", "import", file.toString(), "--data-dir", dir.toString());

        assertThat(first.exit()).isZero();
        assertThat(first.out()).contains("Importert: nye 1, endret 0, uendret 0; 0 linjer utelatt.");
        assertThat(second.exit()).isZero();
        assertThat(second.out()).contains("Allerede importert, ingenting endret (1 bruker uendret).");
    }

    @Test
    void aRegisterWithErrorsImportsNothingAndExitsNonZeroNamingLineFieldAndValue() {
        Cli.init(dir);
        Cli.Run run = run("--data-dir", dir.toString(), "--lang", "en", "clients", "import", "src/test/resources/clients/register-errors.csv");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("register-errors.csv line 3, postcode = \"133\": Postcode must be exactly 4 digits, e.g. 1337.")
                .contains("Nothing imported: fix the lines with errors, or exclude them with --exclude-lines 3,4,5,6");
        assertThat(run("--data-dir", dir.toString(), "--lang", "en", "info").out()).contains("clients: 0");
    }

    @Test
    void aMissingFileIsOneLineNotAStackTrace() {
        Cli.Run run = run("--data-dir", dir.toString(), "clients", "import", "finnes-ikke.csv");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().lines()).hasSize(1).first().asString().startsWith("Kan ikke lese finnes-ikke.csv");
    }

    @Test
    void theDemoFillsAnEmptyFolderAndRefusesOneWithData() {
        Cli.Run first = run("--data-dir", dir.toString(), "demo", "--date", "2026-11-23");
        Cli.Run second = run("--data-dir", dir.toString(), "demo");

        assertThat(first.exit()).isZero();
        assertThat(first.out()).contains("990 brukere i 27 områder, 12 biler, 10 leveringsdager");
        assertThat(second.exit()).isEqualTo(1);
        assertThat(second.err()).contains("demoen overskriver aldri et kjøkken");
    }

    @Test
    void aFolderWithAForeignFileGivesTheDatabaseMessage() throws Exception {
        Files.writeString(dir.resolve("smartmat.db"), "not a database");
        Cli.Run run = run("--data-dir", dir.toString(), "info");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("Filen " + dir.resolve("smartmat.db")
                + " er ikke en Smart Mat-database (ikke SQLite). Den er ikke endret. Velg en annen datamappe med --data-dir.");
    }
}
