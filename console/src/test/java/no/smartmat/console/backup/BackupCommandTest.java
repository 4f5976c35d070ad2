package no.smartmat.console.backup;

import static no.smartmat.console.db.jooq.Tables.APP_SETTING;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import no.smartmat.console.db.Database;
import no.smartmat.console.testsupport.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code smartmat backup} and {@code smartmat restore} as a script runs them. */
class BackupCommandTest {

    @TempDir
    Path dir;

    /** Every test works on the kitchen {@code dir/kitchen}, made as a kitchen is made on the command line. */
    @BeforeEach
    void kitchen() {
        assertThat(Cli.init(dir.resolve("kitchen")).exit()).isZero();
    }

    @Test
    void backupWritesAVerifiedCopyIntoTheBackupFolderAndSaysWhere() throws Exception {
        Path kitchen = dir.resolve("kitchen");
        Cli.Run run = Cli.in(kitchen, "backup");

        assertThat(run.exit()).as(run.err()).isZero();
        Path written;
        try (var files = Files.list(kitchen.resolve("backups"))) {
            written = files.filter(f -> f.getFileName().toString().matches("smartmat-\\d{4}-\\d{2}-\\d{2}-\\d{4}\\.db"))
                    .findFirst().orElseThrow();
        }
        assertThat(run.out()).contains("Skrev " + written).contains("Kontrollert: SQLites integritetskontroll ok");
    }

    @Test
    void backupWithOutWritesThatFile() {
        Path out = dir.resolve("copy.db");
        Cli.Run run = Cli.in(dir.resolve("kitchen"), "--lang", "en", "backup", "--out", out.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Wrote " + out + " (");
        assertThat(Database.inspect(out).needsUpgrade()).isFalse();
    }

    @Test
    void restoreWithoutYesFromAScriptIsRefusedAndChangesNothing() throws Exception {
        Path kitchen = dir.resolve("kitchen");
        Path backup = dir.resolve("copy.db");
        assertThat(Cli.in(kitchen, "backup", "--out", backup.toString()).exit()).isZero();
        byte[] before = Files.readAllBytes(kitchen.resolve(Database.FILE_NAME));

        Cli.Run run = Cli.in(kitchen, "restore", backup.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("Gjenoppretter ikke " + backup
                + ": en gjenoppretting erstatter databasen og må bekreftes. Kjøres ikke fra en terminal: legg til --yes.");
        assertThat(Files.readAllBytes(kitchen.resolve(Database.FILE_NAME))).isEqualTo(before);
        try (var files = Files.list(kitchen)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.contains("replaced"));
        }
    }

    @Test
    void restoreWithYesPutsTheBackupInPlaceAndSaysWhereTheReplacedDatabaseIs() throws Exception {
        Path kitchen = dir.resolve("kitchen");
        Path backup = dir.resolve("copy.db");
        assertThat(Cli.in(kitchen, "backup", "--out", backup.toString()).exit()).isZero();
        Database.openIn(kitchen).transactionRun(tx -> tx.insertInto(APP_SETTING).set(APP_SETTING.KEY, "after.backup")
                .set(APP_SETTING.VALUE, "1").execute());

        Cli.Run run = Cli.in(kitchen, "restore", backup.toString(), "--yes");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Gjenopprettet " + backup).contains("Databasen den erstattet, er tatt vare på i "
                + kitchen.toAbsolutePath().normalize().resolve("smartmat.db.replaced-"));
        assertThat(Database.openIn(kitchen).dsl().fetchCount(APP_SETTING, APP_SETTING.KEY.eq("after.backup"))).isZero();
    }

    @Test
    void restoreOfAFileThatIsNotADatabaseIsOneLineNamingTheFile() throws Exception {
        Path kitchen = dir.resolve("kitchen");
        assertThat(Cli.in(kitchen, "info").exit()).isZero();
        Path text = Files.writeString(dir.resolve("notes.txt"), "hello");

        Cli.Run run = Cli.in(kitchen, "--lang", "en", "restore", text.toString(), "--yes");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().lines()).hasSize(1).first().asString()
                .isEqualTo("Cannot restore: The file " + text + " is not a Smart Mat backup (not SQLite). It has not been changed."
                        + " Choose a backup file (smartmat-YYYY-MM-DD-HHMM.db).");
    }
}
